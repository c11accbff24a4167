using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.addi</c>: integer addition operation.</summary>
[Op("arith", "addi", Summary = "integer addition operation",
    Description = "Adds two signless integers (or vectors/tensors of them) modulo 2^n. With "
        + "`overflow<nsw>`/`overflow<nuw>` a signed/unsigned wrap makes the result poison.")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)")]
public sealed partial class AddIOp : Operation
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
        // addi(x, 0) -> x
        if (ConstFold.IsInt(operands[1], 0))
            return Lhs;
        // addi(subi(a, b), b) -> a
        if (Lhs.DefiningOp is SubIOp sub && sub.Rhs == Rhs)
            return sub.Lhs;
        // addi(b, subi(a, b)) -> a
        if (Rhs.DefiningOp is SubIOp sub2 && sub2.Rhs == Lhs)
            return sub2.Lhs;
        // addi(c0, c1) -> c0 + c1
        return ConstFold.AsResult(ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, IntFolds.Add));
    }

    // Upstream's declarative (DRR) canonicalizations, written in PDLL (Transforms/ArithCanonicalization.pdll).
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        Transforms.ArithCanonicalization.AddAddIOpPatterns(patterns, context);
}
