using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.truncf</c>: cast from floating-point to narrower floating-point.</summary>
[Op("arith", "truncf", Summary = "cast from floating-point to narrower floating-point",
    Description = "Narrows each float to the strictly narrower result type, rounding with the given rounding mode "
        + "(to nearest even by default).")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultShape, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$in ($roundingmode^)? (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `to` type($out)")]
public sealed partial class TruncFOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value In { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Out { get; }

    /// <summary>The rounding mode (<c>to_nearest_even</c>...); absent means to nearest, ties to even.</summary>
    [Property(Enum = typeof(RoundingMode))]
    public partial IntegerAttr? Roundingmode { get; }

    /// <summary>The fast-math flags (<c>fastmath&lt;contract&gt;</c>); absent by default.</summary>
    [Property]
    public partial FastMathFlagsAttr? Fastmath { get; }

    private bool Verify() => ArithVerify.Cast(this, In.Type, Out.Type, ArithVerify.WidthChangeCompatible(In.Type,
        Out.Type, true, false));

    private bool Fold(ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results)
    {
        var dst = (FloatType)ArithTypes.ElementOrSelf(Out.Type);
        if (In.DefiningOp is ExtFOp ext)
        {
            var src = ext.In;
            var srcElement = ArithTypes.ElementOrSelf(src.Type) as FloatType;
            var middle = ArithTypes.ElementOrSelf(ext.Out.Type) as FloatType;
            if (srcElement != null && middle != null && FloatCasts.IsRepresentableBy(srcElement, middle))
            {
                // truncf(extf(a)) -> truncf(a) when a is wider than the result, in place
                if (srcElement.Width > dst.Width)
                {
                    SetOperand(0, src);
                    return true;
                }
                // truncf(extf(a)) -> a when a has the result's type
                if (ReferenceEquals(srcElement, dst))
                {
                    results.Add(src);
                    return true;
                }
            }
        }
        // truncf(c) -> c narrowed, when exact (so the rounding mode plays no part)
        if (FloatCasts.Convert(operands[0], Out.Type) is not { } folded)
            return false;
        results.Add(folded);
        return true;
    }

    // Upstream's declarative (DRR) canonicalizations, written in PDLL (Transforms/ArithCanonicalization.pdll).
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        Transforms.ArithCanonicalization.AddTruncFOpPatterns(patterns, context);
}
