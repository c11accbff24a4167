using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.divf</c>: floating point division operation.</summary>
[Op("arith", "divf", Summary = "floating point division operation",
    Description = "Divides two floats (or vectors/tensors of floats), rounding to nearest even.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)")]
public sealed partial class DivFOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Result { get; }

    /// <summary>The fast-math flags (<c>fastmath&lt;fast&gt;</c>); none by default.</summary>
    [Property(Default = "#arith.fastmath<none>")]
    public partial FastMathFlagsAttr Fastmath { get; }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // divf(x, 1) -> x
        if (ConstFold.TryGetFloatOrSplat(operands[1], out var s, out var rhs)
            && SoftFloat.Compare(s, rhs, SoftFloat.FromInteger(s, System.Numerics.BigInteger.One)) == FloatOrder.Equal)
            return Lhs;
        // divf(c0, c1) -> c0 / c1
        return ConstFold.AsResult(ConstFold.FloatBinary(operands[0], operands[1], static (s, a, b)
            => SoftFloat.Divide(s, a, b)));
    }

    // Upstream's declarative (DRR) canonicalizations, written in PDLL (Transforms/ArithCanonicalization.pdll).
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        Transforms.ArithCanonicalization.AddDivFOpPatterns(patterns, context);
}
