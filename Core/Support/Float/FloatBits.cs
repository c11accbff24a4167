using System;
using System.Numerics;
using Dialectic.Core.IR.Types;

namespace Dialectic.Core.Support.Float;

/// <summary>
/// Encoding, decoding and correctly rounded construction of raw float bit patterns. A pattern is held in the low
/// <see cref="FloatSemantics.BitWidth"/> bits of a <see cref="UInt128"/>; the bits above are always zero.
/// Behaviour follows LLVM's <c>APFloat</c> (IEEEFloat) including its handling of the non-IEEE 8/6/4-bit formats
/// and of x87 80-bit unnormals, which it treats as NaN.
/// </summary>
public static class FloatBits
{
    /// <summary>Splits <paramref name="bits"/> into sign, category, significand and exponent.</summary>
    public static DecodedFloat Decode(FloatKind kind, UInt128 bits) => Decode(FloatSemantics.Of(kind), bits);

    /// <summary>Splits <paramref name="bits"/> into sign, category, significand and exponent.</summary>
    public static DecodedFloat Decode(FloatSemantics s, UInt128 bits)
    {
        bits &= s.BitMask;
        bool negative = s.HasSignBit && ((bits >> (s.BitWidth - 1)) & UInt128.One) != UInt128.Zero;
        int fieldBits = s.HasExplicitIntegerBit ? s.MantissaBits + 1 : s.MantissaBits;
        UInt128 mantissa = bits & ((UInt128.One << fieldBits) - UInt128.One);
        int expField = (int)((bits >> fieldBits) & (UInt128)((1 << s.ExponentBits) - 1));
        int expAllOnes = (1 << s.ExponentBits) - 1;
        int lsbShift = s.Precision - 1;

        if (!s.HasZero)
        {
            // F8E8M0FNU: no mantissa, no zero, no denormals; the all-ones exponent is the only NaN.
            return expField == expAllOnes
                ? new DecodedFloat(false, FloatCategory.NaN, BigInteger.Zero, 0)
                : new DecodedFloat(false, FloatCategory.Normal, BigInteger.One, expField - s.ExponentBias);
        }

        if (s.HasExplicitIntegerBit)
        {
            return DecodeX87(negative, expField, (ulong)mantissa, s);
        }

        var mant = (BigInteger)mantissa;
        switch (s.NonFiniteBehavior)
        {
            case FloatNonFiniteBehavior.Ieee754 when expField == expAllOnes:
                return new DecodedFloat(negative, mant.IsZero ? FloatCategory.Infinity : FloatCategory.NaN, mant, 0);
            case FloatNonFiniteBehavior.NanOnly when s.NanEncoding == FloatNanEncoding.AllOnes
                    && expField == expAllOnes && mantissa == (UInt128.One << s.MantissaBits) - UInt128.One:
                return new DecodedFloat(negative, FloatCategory.NaN, mant, 0);
            case FloatNonFiniteBehavior.NanOnly when s.NanEncoding == FloatNanEncoding.NegativeZero
                    && negative && expField == 0 && mantissa == UInt128.Zero:
                return new DecodedFloat(true, FloatCategory.NaN, BigInteger.Zero, 0);
        }

        if (expField == 0)
        {
            return mant.IsZero
                ? new DecodedFloat(negative, FloatCategory.Zero, BigInteger.Zero, 0)
                : new DecodedFloat(negative, FloatCategory.Normal, mant, s.MinExponent - lsbShift);
        }

        return new DecodedFloat(negative, FloatCategory.Normal, mant | (BigInteger.One << s.MantissaBits),
            expField - s.ExponentBias - lsbShift);
    }

    /// <summary>
    /// The pattern LLVM produces for <paramref name="bits"/> after a decode/encode round trip
    /// (<c>APFloat(sem, APInt(bits)).bitcastToAPInt()</c>). This is the identity except for f80, where unnormals,
    /// pseudo-NaNs and pseudo-infinities become NaNs with exponent 0x7FFF and pseudo-denormals get exponent 1.
    /// </summary>
    public static UInt128 Canonicalize(FloatKind kind, UInt128 bits)
    {
        FloatSemantics s = FloatSemantics.Of(kind);
        bits &= s.BitMask;
        if (!s.HasExplicitIntegerBit)
        {
            return bits;
        }

        DecodedFloat d = Decode(s, bits);
        UInt128 sign = bits & (UInt128.One << 79);
        UInt128 mantissa = bits & ulong.MaxValue;
        return d.Category switch
        {
            FloatCategory.NaN or FloatCategory.Infinity => sign | ((UInt128)0x7FFF << 64) | mantissa,
            FloatCategory.Normal when (bits >> 64 & 0x7FFF) == 0 && (mantissa >> 63) != 0 => bits | (UInt128.One << 64),
            _ => bits,
        };
    }

    /// <summary>The zero pattern; for formats without -0 the sign is dropped, and for f8E8M0FNU (no zero) it is the smallest value, as LLVM does.</summary>
    public static UInt128 Zero(FloatSemantics s, bool negative)
    {
        if (!s.HasZero)
        {
            return UInt128.Zero; // 2^-127: LLVM's makeSmallestNormalized(false)
        }

        return negative && s.HasNegativeZero ? SignBit(s) : UInt128.Zero;
    }

    /// <summary>The infinity pattern.</summary>
    /// <exception cref="InvalidOperationException">When the format has no infinity.</exception>
    public static UInt128 Infinity(FloatSemantics s, bool negative)
    {
        if (!s.HasInfinity)
        {
            throw new InvalidOperationException($"{s.Kind} has no infinity.");
        }

        UInt128 exp = (UInt128)((1 << s.ExponentBits) - 1) << (s.BitWidth - 1 - s.ExponentBits);
        UInt128 integerBit = s.HasExplicitIntegerBit ? UInt128.One << 63 : UInt128.Zero;
        return (negative ? SignBit(s) : UInt128.Zero) | exp | integerBit;
    }

    /// <summary>The default (quiet) NaN pattern that LLVM's <c>makeNaN(false, negative)</c> produces.</summary>
    /// <exception cref="InvalidOperationException">When the format has no NaN.</exception>
    public static UInt128 NaN(FloatSemantics s, bool negative)
    {
        switch (s.NonFiniteBehavior)
        {
            case FloatNonFiniteBehavior.FiniteOnly:
                throw new InvalidOperationException($"{s.Kind} has no NaN.");
            case FloatNonFiniteBehavior.NanOnly when s.NanEncoding == FloatNanEncoding.NegativeZero:
                return SignBit(s);
            case FloatNonFiniteBehavior.NanOnly:
                return (negative ? SignBit(s) : UInt128.Zero) | (s.BitMask >> (s.HasSignBit ? 1 : 0));
        }

        // IEEE: all-ones exponent and the top fraction bit (plus the explicit integer bit on x87).
        UInt128 quiet = UInt128.One << (s.MantissaBits - 1);
        UInt128 integerBit = s.HasExplicitIntegerBit ? UInt128.One << 63 : UInt128.Zero;
        UInt128 exp = (UInt128)((1 << s.ExponentBits) - 1) << (s.BitWidth - 1 - s.ExponentBits);
        return (negative ? SignBit(s) : UInt128.Zero) | exp | integerBit | quiet;
    }

    /// <summary>The largest finite magnitude with the given sign.</summary>
    public static UInt128 MaxFinite(FloatSemantics s, bool negative)
    {
        BigInteger sig = (BigInteger.One << s.Precision) - 1;
        if (s.NonFiniteBehavior == FloatNonFiniteBehavior.NanOnly && s.NanEncoding == FloatNanEncoding.AllOnes && s.Precision > 1)
        {
            sig -= 1; // the all-ones significand at MaxExponent is the NaN
        }

        return EncodeFinite(s, negative, sig, s.MaxExponent - (s.Precision - 1));
    }

    /// <summary>
    /// Rounds the exact value <c>±numerator/denominator</c> to <paramref name="s"/> with round-to-nearest-ties-to-even,
    /// including gradual underflow to denormals and zero. Overflow gives infinity (IEEE formats), NaN (NanOnly formats)
    /// or the largest finite value (FiniteOnly formats), as LLVM's <c>handleOverflow</c> does for that rounding mode.
    /// </summary>
    /// <param name="s">Target semantics.</param>
    /// <param name="negative">Sign of the value.</param>
    /// <param name="numerator">Non-negative numerator.</param>
    /// <param name="denominator">Positive denominator.</param>
    public static UInt128 Round(FloatSemantics s, bool negative, BigInteger numerator, BigInteger denominator)
    {
        if (numerator.Sign < 0 || denominator.Sign <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), "Expected numerator >= 0 and denominator > 0.");
        }

        if (numerator.IsZero)
        {
            return Zero(s, negative);
        }

        int p = s.Precision;
        int minLsbExponent = s.MinExponent - (p - 1);
        // Invariant: q = floor(num / den / 2^e); the first estimate makes q have p or p+1 bits unless clamped.
        long e = Math.Max((long)numerator.GetBitLength() - (long)denominator.GetBitLength() - p, minLsbExponent);
        if (e > s.MaxExponent + 2)
        {
            return Overflow(s, negative); // far beyond the range: avoid building a huge 2^e
        }

        BigInteger q = DivideScaled(numerator, denominator, (int)e, out BigInteger twiceRemainderCmp);
        while (q.GetBitLength() > p)
        {
            e++;
            q = DivideScaled(numerator, denominator, (int)e, out twiceRemainderCmp);
        }

        // twiceRemainderCmp = sign(2*remainder - divisor): >0 above half, 0 exactly half, <0 below half.
        if (twiceRemainderCmp.Sign > 0 || (twiceRemainderCmp.IsZero && !q.IsEven))
        {
            q += 1;
            if (q.GetBitLength() > p)
            {
                q >>= 1; // q was exactly 2^p: no bits lost
                e++;
            }
        }

        if (q.IsZero)
        {
            return Zero(s, negative);
        }

        if (q.GetBitLength() == p)
        {
            long unbiased = e + p - 1;
            bool allOnesIsNaN = s.NonFiniteBehavior == FloatNonFiniteBehavior.NanOnly
                && s.NanEncoding == FloatNanEncoding.AllOnes && p > 1;
            if (unbiased > s.MaxExponent || (allOnesIsNaN && unbiased == s.MaxExponent && q == (BigInteger.One << p) - 1))
            {
                return Overflow(s, negative);
            }
        }

        return EncodeFinite(s, negative, q, (int)e);
    }

    /// <summary>Rounds <c>±significand * 2^exponent</c> (exact dyadic value) to <paramref name="s"/>; see <see cref="Round"/>.</summary>
    public static UInt128 RoundDyadic(FloatSemantics s, bool negative, BigInteger significand, int exponent)
    {
        return exponent >= 0
            ? Round(s, negative, significand << exponent, BigInteger.One)
            : Round(s, negative, significand, BigInteger.One << -exponent);
    }

    /// <summary>The pattern LLVM gives when an overflowing value is rounded to nearest.</summary>
    public static UInt128 Overflow(FloatSemantics s, bool negative) => s.NonFiniteBehavior switch
    {
        FloatNonFiniteBehavior.Ieee754 => Infinity(s, negative),
        FloatNonFiniteBehavior.NanOnly => NaN(s, negative),
        _ => MaxFinite(s, negative),
    };

    /// <summary>The sign bit of the format (zero for unsigned formats).</summary>
    public static UInt128 SignBit(FloatSemantics s) => s.HasSignBit ? UInt128.One << (s.BitWidth - 1) : UInt128.Zero;

    /// <summary>
    /// Encodes a finite value <c>±sig * 2^lsbExponent</c> where sig has exactly <see cref="FloatSemantics.Precision"/>
    /// bits (normal) or fewer with <c>lsbExponent</c> at the minimum (denormal). Callers guarantee range.
    /// </summary>
    private static UInt128 EncodeFinite(FloatSemantics s, bool negative, BigInteger sig, int lsbExponent)
    {
        int p = s.Precision;
        bool normal = sig.GetBitLength() == p;
        int field = normal ? lsbExponent + (p - 1) + s.ExponentBias : 0;
        int fieldShift = s.HasExplicitIntegerBit ? s.MantissaBits + 1 : s.MantissaBits;
        // Hidden-bit formats drop the integer bit; x87 stores it.
        BigInteger stored = normal && !s.HasExplicitIntegerBit ? sig - (BigInteger.One << (p - 1)) : sig;
        UInt128 result = ((UInt128)field << fieldShift) | (UInt128)stored;
        return negative && s.HasSignBit ? result | SignBit(s) : result;
    }

    private static BigInteger DivideScaled(BigInteger num, BigInteger den, int e, out BigInteger twiceRemainderCmp)
    {
        if (e >= 0)
        {
            den <<= e;
        }
        else
        {
            num <<= -e;
        }

        BigInteger q = BigInteger.DivRem(num, den, out BigInteger r);
        twiceRemainderCmp = (r << 1) - den;
        return q;
    }

    private static DecodedFloat DecodeX87(bool negative, int expField, ulong significand, FloatSemantics s)
    {
        const ulong IntegerBit = 1UL << 63;
        if (expField == 0 && significand == 0)
        {
            return new DecodedFloat(negative, FloatCategory.Zero, BigInteger.Zero, 0);
        }

        if (expField == 0x7FFF)
        {
            return significand == IntegerBit
                ? new DecodedFloat(negative, FloatCategory.Infinity, significand, 0)
                : new DecodedFloat(negative, FloatCategory.NaN, significand, 0);
        }

        if (expField != 0 && (significand & IntegerBit) == 0)
        {
            return new DecodedFloat(negative, FloatCategory.NaN, significand, 0); // unnormal: LLVM calls it NaN
        }

        // Denormals and pseudo-denormals (integer bit set with exponent 0) both sit at the minimum exponent.
        int unbiased = expField == 0 ? s.MinExponent : expField - s.ExponentBias;
        return new DecodedFloat(negative, FloatCategory.Normal, significand, unbiased - (s.Precision - 1));
    }
}
