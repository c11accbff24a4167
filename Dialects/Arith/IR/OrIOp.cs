using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.ori</c>: integer binary or.</summary>
[Op("arith", "ori", Summary = "integer binary or",
    Description = "Bitwise or of two signless integers (or vectors/tensors of them).")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.Idempotent, OpTraits.SameOperandsAndResultType,
    OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs attr-dict `:` type($result)")]
public sealed partial class OrIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        if (ConstFold.TryGetIntOrSplat(operands[1], out var rhs, out int width))
        {
            // ori(x, 0) -> x
            if (rhs.IsZero)
                return Lhs;
            // ori(x, -1) -> -1
            if (rhs == IntFolds.AllOnes(width))
                return operands[1]!;
        }
        // ori(x, xori(x, -1)) -> -1
        if (FoldMatchers.IsNotOf(Rhs, Lhs))
            return ((XOrIOp)Rhs.DefiningOp!).Rhs;
        // ori(xori(x, -1), x) -> -1
        if (FoldMatchers.IsNotOf(Lhs, Rhs))
            return ((XOrIOp)Lhs.DefiningOp!).Rhs;
        // ori(c0, c1) -> c0 | c1
        return ConstFold.AsResult(ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, IntFolds.Or));
    }

    // Upstream's declarative (DRR) canonicalizations, written in PDLL (Transforms/ArithCanonicalization.pdll).
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        Transforms.ArithCanonicalization.AddOrIOpPatterns(patterns, context);
}
