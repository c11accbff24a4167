using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Index.Folding;

namespace Dialectic.Dialects.Index;

/// <summary><c>index.maxu</c>: index unsigned maximum.</summary>
[Op("index", "maxu", Summary = "index unsigned maximum",
    Description = "The larger of two index values read as unsigned (`max(-2, 6) = -2`).")]
[Traits(OpTraits.Pure, OpTraits.Commutative)]
[AssemblyFormat("$lhs `,` $rhs attr-dict")]
public sealed partial class MaxUOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }

    // maxu(c0, c1) -> unsigned max, when 32- and 64-bit results agree
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        IndexFolding.Checked(operands, static (l, r, w) => l > r ? l : r);

    // maxu(maxu(x, c1), c2) -> maxu(x, maxu(c2, c1)), when the constants fold
    private static bool Canonicalize(MaxUOp op, Core.Rewrite.PatternRewriter rewriter) =>
        IndexCanonicalization.ReassociateConstants(op, rewriter);
}
