using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.mulf</c>: floating point multiplication operation.</summary>
[Op("arith", "mulf", Summary = "floating point multiplication operation",
    Description = "Multiplies two floats (or vectors/tensors of floats), rounding to nearest even.")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)")]
public sealed partial class MulFOp : Operation
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
        bool rhsConstant = ConstFold.TryGetFloatOrSplat(operands[1], out var s, out var rhs);
        // mulf(x, 1) -> x
        if (rhsConstant && SoftFloat.Compare(s, rhs, SoftFloat.FromInteger(s,
            System.Numerics.BigInteger.One)) == FloatOrder.Equal
            && !SoftFloat.IsZero(s, rhs))
            return Lhs;
        // mulf(x, 0) -> 0 under fastmath<nnan, nsz>
        var flags = Fastmath.Value;
        if (rhsConstant
            && (flags & (FastMathFlags.Nnan | FastMathFlags.Nsz)) == (FastMathFlags.Nnan | FastMathFlags.Nsz)
            && SoftFloat.IsZero(s, rhs))
            return Rhs;
        // mulf(c0, c1) -> c0 * c1
        return ConstFold.AsResult(ConstFold.FloatBinary(operands[0], operands[1], static (s, a, b)
            => SoftFloat.Multiply(s, a, b)));
    }

    // Upstream's declarative (DRR) canonicalizations, written in PDLL (Transforms/ArithCanonicalization.pdll).
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        Transforms.ArithCanonicalization.AddMulFOpPatterns(patterns, context);
}
