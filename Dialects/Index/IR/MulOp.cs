using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Index.Folding;

namespace Dialectic.Dialects.Index;

/// <summary><c>index.mul</c>: index multiplication.</summary>
[Op("index", "mul", Summary = "index multiplication",
    Description = "The product of two index values, wrapping.")]
[Traits(OpTraits.Pure, OpTraits.Commutative)]
[AssemblyFormat("$lhs `,` $rhs attr-dict")]
public sealed partial class MulOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }

    // mul(c0, c1) -> c0 * c1
    // mul(x, 1) -> x
    // mul(x, 0) -> 0
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        IndexFolding.Unchecked(operands, static (l, r, w) => l * r)
        ?? IndexFolding.ForwardIf(operands[1], 1, Lhs)
        ?? IndexFolding.ZeroIf(operands[1]);

    // mul(mul(x, c1), c2) -> mul(x, mul(c2, c1)), when the constants fold
    private static bool Canonicalize(MulOp op, Core.Rewrite.PatternRewriter rewriter) =>
        IndexCanonicalization.ReassociateConstants(op, rewriter);
}
