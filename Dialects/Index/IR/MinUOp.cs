using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Index.Folding;

namespace Dialectic.Dialects.Index;

/// <summary><c>index.minu</c>: index unsigned minimum.</summary>
[Op("index", "minu", Summary = "index unsigned minimum",
    Description = "The smaller of two index values read as unsigned (`min(-2, 6) = 6`).")]
[Traits(OpTraits.Pure, OpTraits.Commutative)]
[AssemblyFormat("$lhs `,` $rhs attr-dict")]
public sealed partial class MinUOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }

    // minu(c0, c1) -> unsigned min, when 32- and 64-bit results agree
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        IndexFolding.Checked(operands, static (l, r, w) => l < r ? l : r);

    // minu(minu(x, c1), c2) -> minu(x, minu(c2, c1)), when the constants fold
    private static bool Canonicalize(MinUOp op, Core.Rewrite.PatternRewriter rewriter) =>
        IndexCanonicalization.ReassociateConstants(op, rewriter);
}
