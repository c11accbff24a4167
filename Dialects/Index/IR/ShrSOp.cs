using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Index.Folding;

namespace Dialectic.Dialects.Index;

/// <summary><c>index.shrs</c>: signed index shift right.</summary>
[Op("index", "shrs", Summary = "signed index shift right",
    Description = "Shifts the first value right by the second, copying the sign bit; a shift amount of the index "
        + "width or more gives poison.")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$lhs `,` $rhs attr-dict")]
public sealed partial class ShrSOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }

    // shrs(c0, c1) -> c0 >> c1 (arithmetic), when c1 < 32 (unsigned) and 32- and 64-bit results agree
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        IndexFolding.Checked(operands, static (l, r, w) => r >= 32 ? null : IndexArithmetic.Signed(l, w) >> (int)r);
}
