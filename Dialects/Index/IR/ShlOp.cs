using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Index.Folding;

namespace Dialectic.Dialects.Index;

/// <summary><c>index.shl</c>: index shift left.</summary>
[Op("index", "shl", Summary = "index shift left",
    Description = "Shifts the first value left by the second; a shift amount of the index width or more gives "
        + "poison.")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$lhs `,` $rhs attr-dict")]
public sealed partial class ShlOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }

    // shl(c0, c1) -> c0 << c1, when c1 < 32 (unsigned)
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        IndexFolding.Unchecked(operands, static (l, r, w) => r >= 32 ? null : l << (int)r);
}
