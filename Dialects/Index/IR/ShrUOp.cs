using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Index.Folding;

namespace Dialectic.Dialects.Index;

/// <summary><c>index.shru</c>: unsigned index shift right.</summary>
[Op("index", "shru", Summary = "unsigned index shift right",
    Description = "Shifts the first value right by the second, filling with zeros; a shift amount of the index "
        + "width or more gives poison.")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$lhs `,` $rhs attr-dict")]
public sealed partial class ShrUOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }

    // shru(c0, c1) -> c0 >> c1 (logical), when c1 < 32 (unsigned) and 32- and 64-bit results agree
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        IndexFolding.Checked(operands, static (l, r, w) => r >= 32 ? null : l >> (int)r);
}
