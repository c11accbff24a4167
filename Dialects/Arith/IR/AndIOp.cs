using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.andi</c>: integer binary and.</summary>
[Op("arith", "andi", Summary = "integer binary and",
    Description = "Bitwise and of two signless integers (or vectors/tensors of them).")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.Idempotent, OpTraits.SameOperandsAndResultType,
    OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs attr-dict `:` type($result)")]
public sealed partial class AndIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // andi(x, 0) -> 0
        if (ConstFold.IsInt(operands[1], 0))
            return Rhs;
        // andi(x, -1) -> x
        if (ConstFold.IsAllOnes(operands[1]))
            return Lhs;
        // andi(x, xori(x, -1)) -> 0 and andi(xori(x, -1), x) -> 0
        if ((FoldMatchers.IsNotOf(Rhs, Lhs) || FoldMatchers.IsNotOf(Lhs, Rhs))
            && ArithTypes.ZeroAttr(Result.Type) is { } zero)
            return zero;
        // andi(a, andi(a, b)) -> andi(a, b), either side
        if (AndOfAnd(Lhs, Rhs) is { } inner)
            return inner;
        if (AndOfAnd(Rhs, Lhs) is { } inner2)
            return inner2;
        // andi(c0, c1) -> c0 & c1
        return ConstFold.AsResult(ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, IntFolds.And));
    }

    // `prev` = andi(.., ..) with `other` one of its operands: andi(other, prev) is prev.
    private static Value? AndOfAnd(Value prev, Value other) =>
        prev.DefiningOp is AndIOp and && (and.Lhs == other || and.Rhs == other) ? and.Result : null;

    // Upstream's declarative (DRR) canonicalizations, written in PDLL (Transforms/ArithCanonicalization.pdll).
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        Transforms.ArithCanonicalization.AddAndIOpPatterns(patterns, context);
}
