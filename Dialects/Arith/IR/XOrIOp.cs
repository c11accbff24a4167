using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.xori</c>: integer binary xor.</summary>
[Op("arith", "xori", Summary = "integer binary xor",
    Description = "Bitwise exclusive or of two signless integers (or vectors/tensors of them).")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs attr-dict `:` type($result)")]
public sealed partial class XOrIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // xori(x, 0) -> x
        if (ConstFold.IsInt(operands[1], 0))
            return Lhs;
        // xori(x, x) -> 0
        if (Lhs == Rhs && ArithTypes.ZeroAttr(Result.Type) is { } zero)
            return zero;
        if (Lhs.DefiningOp is XOrIOp prev)
        {
            // xori(xori(x, a), a) -> x
            if (prev.Rhs == Rhs)
                return prev.Lhs;
            // xori(xori(a, x), a) -> x
            if (prev.Lhs == Rhs)
                return prev.Rhs;
        }
        if (Rhs.DefiningOp is XOrIOp next)
        {
            // xori(a, xori(x, a)) -> x
            if (next.Rhs == Lhs)
                return next.Lhs;
            // xori(a, xori(a, x)) -> x
            if (next.Lhs == Lhs)
                return next.Rhs;
        }
        // xori(c0, c1) -> c0 ^ c1
        return ConstFold.AsResult(ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, IntFolds.Xor));
    }

    // Upstream's declarative (DRR) canonicalizations, written in PDLL (Transforms/ArithCanonicalization.pdll).
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        Transforms.ArithCanonicalization.AddXOrIOpPatterns(patterns, context);
}
