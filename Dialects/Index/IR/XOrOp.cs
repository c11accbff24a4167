using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Index.Folding;

namespace Dialectic.Dialects.Index;

/// <summary><c>index.xor</c>: index bitwise xor.</summary>
[Op("index", "xor", Summary = "index bitwise xor",
    Description = "The bitwise exclusive or of two index values.")]
[Traits(OpTraits.Pure, OpTraits.Commutative)]
[AssemblyFormat("$lhs `,` $rhs attr-dict")]
public sealed partial class XOrOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }

    // xor(c0, c1) -> c0 ^ c1
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        IndexFolding.Unchecked(operands, static (l, r, w) => l ^ r);

    // xor(xor(x, c1), c2) -> xor(x, xor(c2, c1)), when the constants fold
    private static bool Canonicalize(XOrOp op, Core.Rewrite.PatternRewriter rewriter) =>
        IndexCanonicalization.ReassociateConstants(op, rewriter);
}
