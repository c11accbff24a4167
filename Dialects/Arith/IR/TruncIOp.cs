using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.trunci</c>: integer truncation operation.</summary>
[Op("arith", "trunci", Summary = "integer truncation operation",
    Description = "Narrows each integer to the narrower result type, dropping the high bits. With `overflow<nuw>` "
        + "dropping a nonzero bit, or with `overflow<nsw>` dropping a bit unlike the result's sign bit, gives "
        + "poison.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultShape, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$in (`overflow` `` $overflowFlags^)? attr-dict `:` type($in) `to` type($out)")]
public sealed partial class TruncIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessFixedWidthIntegerLike)]
    public partial Value In { get; }

    [Result(Constraint = TypeConstraint.SignlessFixedWidthIntegerLike)]
    public partial Value Out { get; }

    /// <summary>The no-wrap promises (<c>overflow&lt;nsw, nuw&gt;</c>); none by default.</summary>
    [Property(Name = "overflowFlags", Default = "#arith.overflow<none>")]
    public partial IntegerOverflowFlagsAttr OverflowFlags { get; }

    private bool Verify() => ArithVerify.Cast(this, In.Type, Out.Type, ArithVerify.WidthChangeCompatible(In.Type,
        Out.Type, false, false));

    private bool Fold(ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results)
    {
        var dst = ArithTypes.ElementOrSelf(Out.Type);
        if (In.DefiningOp is ExtUIOp or ExtSIOp)
        {
            var src = In.DefiningOp.GetOperand(0);
            var srcElement = ArithTypes.ElementOrSelf(src.Type);
            // trunci(extui(a)) -> trunci(a) and trunci(extsi(a)) -> trunci(a) when a is wider, in place
            if (ConstFold.Width(srcElement) > ConstFold.Width(dst))
            {
                SetOperand(0, src);
                return true;
            }
            // trunci(extui(a)) -> a and trunci(extsi(a)) -> a when a has the result's type
            if (ReferenceEquals(srcElement, dst))
            {
                results.Add(src);
                return true;
            }
        }
        // trunci(trunci(a)) -> trunci(a), in place
        if (In.DefiningOp is TruncIOp inner)
        {
            SetOperand(0, inner.In);
            return true;
        }
        // trunci(c) -> c truncated
        int to = ConstFold.Width(dst);
        var folded = ConstFold.Unary(operands[0], ElementKind.Integer, Out.Type, ElementKind.Integer, a
            => IntFolds.Wrap(a, to));
        if (folded == null)
            return false;
        results.Add(folded);
        return true;
    }

    // Upstream's declarative (DRR) canonicalizations, written in PDLL (Transforms/ArithCanonicalization.pdll).
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        Transforms.ArithCanonicalization.AddTruncIOpPatterns(patterns, context);
}
