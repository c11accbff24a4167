using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.subi</c>: integer subtraction operation.</summary>
[Op("arith", "subi", Summary = "integer subtraction operation",
    Description = "Subtracts two signless integers (or vectors/tensors of them) modulo 2^n. With "
        + "`overflow<nsw>`/`overflow<nuw>` a signed/unsigned wrap makes the result poison.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)")]
public sealed partial class SubIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    /// <summary>The no-wrap promises (<c>overflow&lt;nsw, nuw&gt;</c>); none by default.</summary>
    [Property(Name = "overflowFlags", Default = "#arith.overflow<none>")]
    public partial IntegerOverflowFlagsAttr OverflowFlags { get; }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // subi(x, x) -> 0
        if (Lhs == Rhs && ArithTypes.ZeroAttr(Result.Type) is { } zero)
            return zero;
        // subi(x, 0) -> x
        if (ConstFold.IsInt(operands[1], 0))
            return Lhs;
        if (Lhs.DefiningOp is AddIOp add)
        {
            // subi(addi(a, b), b) -> a
            if (Rhs == add.Rhs)
                return add.Lhs;
            // subi(addi(a, b), a) -> b
            if (Rhs == add.Lhs)
                return add.Rhs;
        }
        // subi(c0, c1) -> c0 - c1
        return ConstFold.AsResult(ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, IntFolds.Sub));
    }

    // Upstream's declarative (DRR) canonicalizations, written in PDLL (Transforms/ArithCanonicalization.pdll).
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        Transforms.ArithCanonicalization.AddSubIOpPatterns(patterns, context);
}
