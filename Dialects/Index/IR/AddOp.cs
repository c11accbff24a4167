using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Index.Folding;

namespace Dialectic.Dialects.Index;

/// <summary><c>index.add</c>: index addition.</summary>
[Op("index", "add", Summary = "index addition",
    Description = "The sum of two index values, wrapping.")]
[Traits(OpTraits.Pure, OpTraits.Commutative)]
[AssemblyFormat("$lhs `,` $rhs attr-dict")]
public sealed partial class AddOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }

    // add(c0, c1) -> c0 + c1
    // add(x, 0) -> x
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        IndexFolding.Unchecked(operands, static (l, r, w) => l + r)
        ?? IndexFolding.ForwardIf(operands[1], 0, Lhs);

    // add(add(x, c1), c2) -> add(x, add(c2, c1)), when the constants fold
    private static bool Canonicalize(AddOp op, Core.Rewrite.PatternRewriter rewriter) =>
        IndexCanonicalization.ReassociateConstants(op, rewriter);
}
