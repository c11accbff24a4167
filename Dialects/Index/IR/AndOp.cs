using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Index.Folding;

namespace Dialectic.Dialects.Index;

/// <summary><c>index.and</c>: index bitwise and.</summary>
[Op("index", "and", Summary = "index bitwise and",
    Description = "The bitwise and of two index values.")]
[Traits(OpTraits.Pure, OpTraits.Commutative)]
[AssemblyFormat("$lhs `,` $rhs attr-dict")]
public sealed partial class AndOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }

    // and(c0, c1) -> c0 & c1
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        IndexFolding.Unchecked(operands, static (l, r, w) => l & r);

    // and(and(x, c1), c2) -> and(x, and(c2, c1)), when the constants fold
    private static bool Canonicalize(AndOp op, Core.Rewrite.PatternRewriter rewriter) =>
        IndexCanonicalization.ReassociateConstants(op, rewriter);
}
