using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Index.Folding;

namespace Dialectic.Dialects.Index;

/// <summary><c>index.mins</c>: index signed minimum.</summary>
[Op("index", "mins", Summary = "index signed minimum",
    Description = "The smaller of two index values read as signed (`min(-2, 6) = -2`).")]
[Traits(OpTraits.Pure, OpTraits.Commutative)]
[AssemblyFormat("$lhs `,` $rhs attr-dict")]
public sealed partial class MinSOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }

    // mins(c0, c1) -> signed min, when 32- and 64-bit results agree
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        IndexFolding.Checked(operands, static (l, r, w) => IndexArithmetic.MinS(l, r, w));

    // mins(mins(x, c1), c2) -> mins(x, mins(c2, c1)), when the constants fold
    private static bool Canonicalize(MinSOp op, Core.Rewrite.PatternRewriter rewriter) =>
        IndexCanonicalization.ReassociateConstants(op, rewriter);
}
