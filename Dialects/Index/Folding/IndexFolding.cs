using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Dialects.Index.Folding;

/// <summary>
/// The width-independent folding of <c>index</c> ops: the target's index width is 32 or 64 bits and unknown
/// here, so a fold must hold for both. Operations whose low bits depend only on the operands' low bits (add, mul,
/// and, ...) fold at 64 bits; the others fold only when their 64-bit result truncated to 32 bits equals the
/// 32-bit result (MLIR's <c>foldBinaryOpUnchecked</c>/<c>foldBinaryOpChecked</c>).
/// </summary>
internal static class IndexFolding
{
    /// <summary>
    /// A computation on two <paramref name="width"/>-bit values given as unsigned bit patterns; the result is
    /// wrapped to the width by the caller, null declines.
    /// </summary>
    public delegate BigInteger? Calculation(BigInteger lhs, BigInteger rhs, int width);

    /// <summary>Folds at 64 bits (the computation must commute with truncation to 32 bits).</summary>
    public static OpFoldResult? Unchecked(System.ReadOnlySpan<Attribute?> operands, Calculation calculate)
    {
        if (operands[0] is not IntegerAttr lhs || operands[1] is not IntegerAttr rhs)
            return null;
        if (calculate(Bits(lhs, 64), Bits(rhs, 64), 64) is not { } result)
            return null;
        return IntegerAttr.Get(lhs.Context.IndexType, result);
    }

    /// <summary>Folds when the 64-bit and the 32-bit computations agree on the low 32 bits.</summary>
    public static OpFoldResult? Checked(System.ReadOnlySpan<Attribute?> operands, Calculation calculate)
    {
        if (operands[0] is not IntegerAttr lhs || operands[1] is not IntegerAttr rhs)
            return null;
        if (calculate(Bits(lhs, 64), Bits(rhs, 64), 64) is not { } result64)
            return null;
        if (calculate(Bits(lhs, 32), Bits(rhs, 32), 32) is not { } result32)
            return null;
        if (IntegerAttr.Truncate(result64, 32) != IntegerAttr.Truncate(result32, 32))
            return null;
        return IntegerAttr.Get(lhs.Context.IndexType, result64);
    }

    /// <summary>
    /// <paramref name="forward"/> when <paramref name="rhs"/> is the constant <paramref name="value"/>.
    /// </summary>
    public static OpFoldResult? ForwardIf(Attribute? rhs, int value, Value forward) =>
        rhs is IntegerAttr { Bits: var bits } && bits == value ? (OpFoldResult)forward : default(OpFoldResult?);

    /// <summary>The constant <paramref name="rhs"/> itself when it is zero.</summary>
    public static OpFoldResult? ZeroIf(Attribute? rhs) =>
        rhs is IntegerAttr { IsZero: true } zero ? (OpFoldResult)zero : default(OpFoldResult?);

    /// <summary>The attribute's value truncated to <paramref name="width"/> bits (APInt's <c>trunc</c>).</summary>
    public static BigInteger Bits(IntegerAttr attr, int width) => IntegerAttr.Truncate(attr.Bits, width);
}
