using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Index.Folding;

namespace Dialectic.Dialects.Index;

/// <summary><c>index.maxs</c>: index signed maximum.</summary>
[Op("index", "maxs", Summary = "index signed maximum",
    Description = "The larger of two index values read as signed (`max(-2, 6) = 6`).")]
[Traits(OpTraits.Pure, OpTraits.Commutative)]
[AssemblyFormat("$lhs `,` $rhs attr-dict")]
public sealed partial class MaxSOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }

    // maxs(c0, c1) -> signed max, when 32- and 64-bit results agree
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        IndexFolding.Checked(operands, static (l, r, w) => IndexArithmetic.MaxS(l, r, w));

    // maxs(maxs(x, c1), c2) -> maxs(x, maxs(c2, c1)), when the constants fold
    private static bool Canonicalize(MaxSOp op, Core.Rewrite.PatternRewriter rewriter) =>
        IndexCanonicalization.ReassociateConstants(op, rewriter);
}
