using System;
using System.Numerics;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support.Float;

namespace Dialectic.Dialects.Math.Folding;

/// <summary>
/// How <see cref="FloatValueOps.RoundToIntegral"/> rounds (LLVM's <c>RoundingMode</c> subset the folders use).
/// </summary>
internal enum IntegralRounding
{
    TowardPositive,
    TowardNegative,
    NearestTiesToEven,
}

/// <summary>
/// The exact operations of LLVM's <c>APFloat</c> that the <c>math</c> folders apply to every float format: sign
/// manipulation, rounding to an integral value and classification, on raw bit patterns (as <see cref="FloatAttr"/>
/// keeps them). All are O(1) except rounding, which is O(precision).
/// </summary>
internal static class FloatValueOps
{
    /// <summary>Whether the value is negative (APFloat's sign flag).</summary>
    public static bool IsNegative(FloatType type, UInt128 bits)
    {
        var s = FloatSemantics.Of(type.Kind);
        if (!s.HasSignBit)
            return ((bits >> FloatAttr.UnsignedFormatSignBit) & UInt128.One) != UInt128.Zero;
        return ((bits >> (s.BitWidth - 1)) & UInt128.One) != UInt128.Zero;
    }

    /// <summary>
    /// <c>abs(x)</c>: the sign cleared (NaN and zero of the formats whose NaN is -0 stay as they are).
    /// </summary>
    public static UInt128 Abs(FloatType type, UInt128 bits) =>
        IsNegative(type, bits) ? ChangeSign(type, bits) : bits;

    /// <summary><c>copysign(x, y)</c>: the magnitude of x with the sign of y.</summary>
    public static UInt128 CopySign(FloatType type, UInt128 magnitude, UInt128 sign) =>
        IsNegative(type, magnitude) != IsNegative(type, sign) ? ChangeSign(type, magnitude) : magnitude;

    /// <summary>
    /// Flips the sign, except of zero and NaN where NaN is encoded as -0 (neither can change sign there).
    /// </summary>
    private static UInt128 ChangeSign(FloatType type, UInt128 bits)
    {
        var s = FloatSemantics.Of(type.Kind);
        if (!s.HasSignBit)
            return bits ^ (UInt128.One << FloatAttr.UnsignedFormatSignBit);
        if (s.NanEncoding == FloatNanEncoding.NegativeZero)
        {
            var category = FloatBits.Decode(s, bits).Category;
            if (category is FloatCategory.Zero or FloatCategory.NaN)
                return bits;
        }
        return bits ^ FloatBits.SignBit(s);
    }

    /// <summary>
    /// Rounds to an integral value in the same format (APFloat's <c>roundToIntegral</c>): infinities and zeros
    /// are unchanged, a signaling NaN becomes quiet, and a result of zero keeps the operand's sign.
    /// </summary>
    public static UInt128 RoundToIntegral(FloatType type, UInt128 bits, IntegralRounding mode)
    {
        var s = FloatSemantics.Of(type.Kind);
        var d = FloatBits.Decode(s, bits);
        switch (d.Category)
        {
            case FloatCategory.NaN:
                return Quiet(s, bits);
            case FloatCategory.Infinity or FloatCategory.Zero:
                return bits;
        }
        // Invariant: value = Significand * 2^Exponent; a non-negative exponent means it is already integral.
        if (d.Exponent >= 0)
            return bits;
        int shift = -d.Exponent;
        BigInteger whole = d.Significand >> shift;
        BigInteger fraction = d.Significand - (whole << shift);
        if (!fraction.IsZero)
        {
            bool up = mode switch
            {
                IntegralRounding.TowardPositive => !d.Negative,
                IntegralRounding.TowardNegative => d.Negative,
                _ => CompareHalf(fraction, shift) is > 0 || (CompareHalf(fraction, shift) == 0 && !whole.IsEven),
            };
            if (up)
                whole += 1;
        }
        if (whole.IsZero)
            return FloatBits.Zero(s, d.Negative);
        return FloatBits.RoundDyadic(s, d.Negative, whole, 0);
    }

    /// <summary>Sign of <c>fraction - 2^(shift-1)</c>: how the dropped bits compare with one half.</summary>
    private static int CompareHalf(BigInteger fraction, int shift) => fraction.CompareTo(BigInteger.One << (shift - 1));

    /// <summary>A signaling IEEE NaN with its quiet bit set; other NaNs unchanged.</summary>
    private static UInt128 Quiet(FloatSemantics s, UInt128 bits)
    {
        if (s.NonFiniteBehavior != FloatNonFiniteBehavior.Ieee754)
            return bits;
        return bits | (UInt128.One << (s.MantissaBits - 1));
    }

    /// <summary>The value's category (zero, normal or denormal, infinity, NaN).</summary>
    public static FloatCategory Category(FloatType type, UInt128 bits) =>
        FloatBits.Decode(FloatSemantics.Of(type.Kind), bits).Category;

    /// <summary>APFloat's <c>isNormal</c>: finite, non-zero and not denormal.</summary>
    public static bool IsNormal(FloatType type, UInt128 bits)
    {
        var s = FloatSemantics.Of(type.Kind);
        var d = FloatBits.Decode(s, bits);
        return d.Category == FloatCategory.Normal && d.Significand.GetBitLength() == s.Precision;
    }
}
