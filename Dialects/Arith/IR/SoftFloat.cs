using System;
using System.Numerics;
using Dialectic.Core.Support.Float;

namespace Dialectic.Dialects.Arith;

/// <summary>The outcome of comparing two floats (LLVM's <c>APFloat::cmpResult</c>).</summary>
internal enum FloatOrder
{
    Less,
    Equal,
    Greater,
    Unordered,
}

/// <summary>
/// Exact floating-point arithmetic on raw bit patterns, as LLVM's <c>APFloat</c> computes it when MLIR folds arith
/// ops: results are correctly rounded to nearest, ties to even; a NaN operand propagates (the left one first) and is
/// made quiet; IEEE's signed-zero rules hold. Patterns are those of <see cref="FloatBits"/>. A null result means the
/// value cannot be produced in the format (a NaN in a format without NaN), where folding must give up.
/// </summary>
internal static class SoftFloat
{
    // ---- classification -------------------------------------------------------------------------------------

    public static bool IsNaN(FloatSemantics s, UInt128 bits) => FloatBits.Decode(s, bits).Category == FloatCategory.NaN;

    public static bool IsZero(FloatSemantics s, UInt128 bits) => FloatBits.Decode(s,
        bits).Category == FloatCategory.Zero;

    public static bool IsInfinity(FloatSemantics s, UInt128 bits) => FloatBits.Decode(s,
        bits).Category == FloatCategory.Infinity;

    public static bool IsNegative(FloatSemantics s, UInt128 bits) => FloatBits.Decode(s, bits).Negative;

    /// <summary>A signaling NaN: an IEEE NaN whose quiet bit (the top fraction bit) is clear. Formats whose only NaN
    /// is a fixed pattern have none.</summary>
    public static bool IsSignaling(FloatSemantics s, UInt128 bits)
    {
        if (s.NonFiniteBehavior != FloatNonFiniteBehavior.Ieee754 || !IsNaN(s, bits))
            return false;
        return ((bits >> QuietBit(s)) & UInt128.One) == UInt128.Zero;
    }

    /// <summary>The NaN made quiet (its quiet bit set); other values unchanged.</summary>
    public static UInt128 Quiet(FloatSemantics s, UInt128 bits) =>
        IsSignaling(s, bits) ? bits | (UInt128.One << QuietBit(s)) : bits;

    private static int QuietBit(FloatSemantics s) => s.MantissaBits - 1;

    /// <summary>The default NaN LLVM's <c>makeNaN()</c> produces (positive, quiet); null in the f4/f6 formats, which
    /// have none (mlir-opt-22 folds to an APFloat NaN there that no attribute of the format can hold).</summary>
    private static UInt128? DefaultNaN(FloatSemantics s) => s.HasNaN ? FloatBits.NaN(s, false) : null;

    /// <summary>The zero of a sign (+0 where the format has no -0).</summary>
    private static UInt128 Zero(FloatSemantics s, bool negative) => FloatBits.Zero(s, negative);

    /// <summary>The infinity of a sign; the format's NaN where it has no infinity (LLVM's overflow result); null in
    /// the f4/f6 formats, which have neither (mlir-opt-22 folds to an APFloat infinity there, printed as the hex
    /// pattern of a zero, that no attribute of the format can hold).</summary>
    private static UInt128? Infinity(FloatSemantics s, bool negative) => s.NonFiniteBehavior switch
    {
        FloatNonFiniteBehavior.Ieee754 => FloatBits.Infinity(s, negative),
        FloatNonFiniteBehavior.NanOnly => FloatBits.NaN(s, negative),
        _ => null,
    };

    // ---- sign ---------------------------------------------------------------------------------------------------

    /// <summary><c>-x</c>: flips the sign, except for the zero and NaN of formats whose -0 pattern is their NaN, and
    /// in formats without a sign bit.</summary>
    public static UInt128 Negate(FloatSemantics s, UInt128 bits)
    {
        if (!s.HasSignBit)
            return bits;
        if (s.NanEncoding == FloatNanEncoding.NegativeZero && s.NonFiniteBehavior == FloatNonFiniteBehavior.NanOnly)
        {
            var c = FloatBits.Decode(s, bits).Category;
            if (c is FloatCategory.Zero or FloatCategory.NaN)
                return bits;
        }
        return bits ^ FloatBits.SignBit(s);
    }

    // ---- arithmetic -----------------------------------------------------------------------------------------

    /// <summary>The NaN result when either operand is NaN: the left one if it is, else the right one, quiet.</summary>
    private static bool PropagateNaN(FloatSemantics s, UInt128 a, DecodedFloat da, UInt128 b, DecodedFloat db,
        out UInt128 result)
    {
        if (da.Category == FloatCategory.NaN)
        {
            result = Quiet(s, a);
            return true;
        }
        if (db.Category == FloatCategory.NaN)
        {
            result = Quiet(s, b);
            return true;
        }
        result = default;
        return false;
    }

    /// <summary><c>a + b</c>, or <c>a - b</c> when <paramref name="subtract"/>.</summary>
    public static UInt128? Add(FloatSemantics s, UInt128 a, UInt128 b, bool subtract)
    {
        var da = FloatBits.Decode(s, a);
        var db = FloatBits.Decode(s, b);
        if (PropagateNaN(s, a, da, b, db, out var nan))
            return nan;
        bool signB = db.Negative ^ subtract;
        if (da.Category == FloatCategory.Infinity)
        {
            // inf - inf is invalid; inf + x is inf.
            if (db.Category == FloatCategory.Infinity && da.Negative != signB)
                return DefaultNaN(s);
            return a;
        }
        if (db.Category == FloatCategory.Infinity)
            return Infinity(s, signB);
        if (da.Category == FloatCategory.Zero && db.Category == FloatCategory.Zero)
            // Like-signed zeros keep their sign; unlike ones give +0 (round to nearest).
            return Zero(s, da.Negative == signB && da.Negative);
        if (db.Category == FloatCategory.Zero)
            return a;
        if (da.Category == FloatCategory.Zero)
            return subtract ? Negate(s, b) : b;

        int e = Math.Min(da.Exponent, db.Exponent);
        BigInteger x = da.Significand << (da.Exponent - e);
        BigInteger y = db.Significand << (db.Exponent - e);
        BigInteger sum = (da.Negative ? -x : x) + (signB ? -y : y);
        if (sum.IsZero)
            return Zero(s, false); // exact cancellation is +0 when rounding to nearest
        return FloatBits.RoundDyadic(s, sum.Sign < 0, BigInteger.Abs(sum), e);
    }

    /// <summary><c>a * b</c>.</summary>
    public static UInt128? Multiply(FloatSemantics s, UInt128 a, UInt128 b)
    {
        var da = FloatBits.Decode(s, a);
        var db = FloatBits.Decode(s, b);
        if (PropagateNaN(s, a, da, b, db, out var nan))
            return nan;
        bool sign = da.Negative ^ db.Negative;
        bool infA = da.Category == FloatCategory.Infinity, infB = db.Category == FloatCategory.Infinity;
        bool zeroA = da.Category == FloatCategory.Zero, zeroB = db.Category == FloatCategory.Zero;
        if ((infA && zeroB) || (zeroA && infB))
            return DefaultNaN(s);
        if (infA || infB)
            return Infinity(s, sign);
        if (zeroA || zeroB)
            return Zero(s, sign);
        return FloatBits.RoundDyadic(s, sign, da.Significand * db.Significand, da.Exponent + db.Exponent);
    }

    /// <summary><c>a / b</c>.</summary>
    public static UInt128? Divide(FloatSemantics s, UInt128 a, UInt128 b)
    {
        var da = FloatBits.Decode(s, a);
        var db = FloatBits.Decode(s, b);
        if (PropagateNaN(s, a, da, b, db, out var nan))
            return nan;
        bool sign = da.Negative ^ db.Negative;
        bool infA = da.Category == FloatCategory.Infinity, infB = db.Category == FloatCategory.Infinity;
        bool zeroA = da.Category == FloatCategory.Zero, zeroB = db.Category == FloatCategory.Zero;
        if ((infA && infB) || (zeroA && zeroB))
            return DefaultNaN(s);
        if (infA)
            return Infinity(s, sign);
        if (zeroA || infB)
            return Zero(s, sign);
        if (zeroB)
            return Infinity(s, sign);
        // (sa * 2^ea) / (sb * 2^eb) = sa * 2^(ea-eb) / sb
        int shift = da.Exponent - db.Exponent;
        BigInteger num = da.Significand, den = db.Significand;
        if (shift >= 0)
            num <<= shift;
        else
            den <<= -shift;
        return FloatBits.Round(s, sign, num, den);
    }

    /// <summary>
    /// <c>fmod(a, b)</c>: <c>a - trunc(a / b) * b</c>, exact, with the sign of <paramref name="a"/> (LLVM's
    /// <c>APFloat::mod</c>).
    /// </summary>
    public static UInt128? Mod(FloatSemantics s, UInt128 a, UInt128 b)
    {
        var da = FloatBits.Decode(s, a);
        var db = FloatBits.Decode(s, b);
        if (PropagateNaN(s, a, da, b, db, out var nan))
            return nan;
        if (da.Category == FloatCategory.Infinity || db.Category == FloatCategory.Zero)
            return DefaultNaN(s);
        if (da.Category == FloatCategory.Zero || db.Category == FloatCategory.Infinity)
            return a;
        int e = Math.Min(da.Exponent, db.Exponent);
        BigInteger x = da.Significand << (da.Exponent - e);
        BigInteger y = db.Significand << (db.Exponent - e);
        BigInteger r = BigInteger.Remainder(x, y);
        if (r.IsZero)
            return Zero(s, da.Negative);
        return FloatBits.RoundDyadic(s, da.Negative, r, e);
    }

    // ---- comparison and selection ------------------------------------------------------------------------------

    /// <summary>How <paramref name="a"/> compares with <paramref name="b"/>: unordered when either is NaN, zeros of
    /// either sign equal.</summary>
    public static FloatOrder Compare(FloatSemantics s, UInt128 a, UInt128 b)
    {
        var da = FloatBits.Decode(s, a);
        var db = FloatBits.Decode(s, b);
        if (da.Category == FloatCategory.NaN || db.Category == FloatCategory.NaN)
            return FloatOrder.Unordered;
        if (da.Category == FloatCategory.Zero && db.Category == FloatCategory.Zero)
            return FloatOrder.Equal;
        int c = SignedCompare(da, db);
        return c < 0 ? FloatOrder.Less : c > 0 ? FloatOrder.Greater : FloatOrder.Equal;
    }

    private static int SignedCompare(DecodedFloat a, DecodedFloat b)
    {
        int sa = SignOf(a), sb = SignOf(b);
        if (sa != sb)
            return sa.CompareTo(sb);
        if (sa == 0)
            return 0;
        int mag = CompareMagnitude(a, b);
        return sa > 0 ? mag : -mag;
    }

    private static int SignOf(DecodedFloat d) => d.Category == FloatCategory.Zero ? 0 : d.Negative ? -1 : 1;

    private static int CompareMagnitude(DecodedFloat a, DecodedFloat b)
    {
        bool infA = a.Category == FloatCategory.Infinity, infB = b.Category == FloatCategory.Infinity;
        if (infA || infB)
            return infA == infB ? 0 : infA ? 1 : -1;
        int e = Math.Min(a.Exponent, b.Exponent);
        return (a.Significand << (a.Exponent - e)).CompareTo(b.Significand << (b.Exponent - e));
    }

    /// <summary>Whether -0 orders before +0 here: both zero with different signs.</summary>
    private static bool OppositeZeros(FloatSemantics s, UInt128 a, UInt128 b, out bool aNegative)
    {
        var da = FloatBits.Decode(s, a);
        var db = FloatBits.Decode(s, b);
        aNegative = da.Negative;
        return da.Category == FloatCategory.Zero && db.Category == FloatCategory.Zero && da.Negative != db.Negative;
    }

    /// <summary>IEEE 754-2019 <c>minimum</c>: NaN if either is (quiet), -0 below +0.</summary>
    public static UInt128 Minimum(FloatSemantics s, UInt128 a, UInt128 b)
    {
        if (IsNaN(s, a))
            return Quiet(s, a);
        if (IsNaN(s, b))
            return Quiet(s, b);
        if (OppositeZeros(s, a, b, out bool aNeg))
            return aNeg ? a : b;
        return Compare(s, b, a) == FloatOrder.Less ? b : a;
    }

    /// <summary>IEEE 754-2019 <c>maximum</c>: NaN if either is (quiet), +0 above -0.</summary>
    public static UInt128 Maximum(FloatSemantics s, UInt128 a, UInt128 b)
    {
        if (IsNaN(s, a))
            return Quiet(s, a);
        if (IsNaN(s, b))
            return Quiet(s, b);
        if (OppositeZeros(s, a, b, out bool aNeg))
            return aNeg ? b : a;
        return Compare(s, a, b) == FloatOrder.Less ? b : a;
    }

    /// <summary>libm <c>fmin</c> as LLVM 22 folds it: a signaling NaN gives its quiet form, a quiet NaN yields to
    /// the other operand, -0 below +0.</summary>
    public static UInt128 MinNum(FloatSemantics s, UInt128 a, UInt128 b)
    {
        if (IsSignaling(s, a))
            return Quiet(s, a);
        if (IsSignaling(s, b))
            return Quiet(s, b);
        if (IsNaN(s, a))
            return b;
        if (IsNaN(s, b))
            return a;
        if (OppositeZeros(s, a, b, out bool aNeg))
            return aNeg ? a : b;
        return Compare(s, b, a) == FloatOrder.Less ? b : a;
    }

    /// <summary>libm <c>fmax</c> as LLVM 22 folds it; see <see cref="MinNum"/>.</summary>
    public static UInt128 MaxNum(FloatSemantics s, UInt128 a, UInt128 b)
    {
        if (IsSignaling(s, a))
            return Quiet(s, a);
        if (IsSignaling(s, b))
            return Quiet(s, b);
        if (IsNaN(s, a))
            return b;
        if (IsNaN(s, b))
            return a;
        if (OppositeZeros(s, a, b, out bool aNeg))
            return aNeg ? b : a;
        return Compare(s, a, b) == FloatOrder.Less ? b : a;
    }

    // ---- conversions ----------------------------------------------------------------------------------------

    /// <summary>
    /// The integer <paramref name="value"/> rounded to <paramref name="s"/> (nearest, ties to even), as LLVM's
    /// <c>convertFromAPInt</c>; zero is +0.
    /// </summary>
    public static UInt128 FromInteger(FloatSemantics s, BigInteger value) =>
        value.IsZero ? Zero(s, false) : FloatBits.Round(s, value.Sign < 0, BigInteger.Abs(value), BigInteger.One);

    /// <summary>
    /// The value truncated toward zero as an integer of <paramref name="width"/> bits, signed or not; false when
    /// LLVM's <c>convertToInteger</c> reports an invalid operation (NaN, infinity, out of range).
    /// </summary>
    public static bool TryToInteger(FloatSemantics s, UInt128 bits, int width, bool isSigned, out BigInteger value)
    {
        value = BigInteger.Zero;
        var d = FloatBits.Decode(s, bits);
        if (d.Category is FloatCategory.NaN or FloatCategory.Infinity)
            return false;
        if (d.Category == FloatCategory.Zero)
            return true;
        BigInteger magnitude = d.Exponent >= 0 ? d.Significand << d.Exponent : d.Significand >> -d.Exponent;
        if (d.Negative)
        {
            if (!isSigned)
                return magnitude.IsZero; // a negative value below one in magnitude truncates to 0
            if (magnitude > (BigInteger.One << (width - 1)))
                return false;
            value = -magnitude;
            return true;
        }
        BigInteger limit = isSigned ? BigInteger.One << (width - 1) : BigInteger.One << width;
        if (magnitude >= limit)
            return false;
        value = magnitude;
        return true;
    }

    /// <summary>
    /// Converts <paramref name="bits"/> from <paramref name="from"/> to <paramref name="to"/> when no information is
    /// lost (MLIR's <c>convertFloatValue</c> folding rule for <c>extf</c>/<c>truncf</c>); false otherwise, and for a
    /// signaling NaN, or a NaN or infinity the target cannot hold.
    /// </summary>
    public static bool TryConvertExact(FloatSemantics from, UInt128 bits, FloatSemantics to, out UInt128 result)
    {
        result = default;
        var d = FloatBits.Decode(from, bits);
        switch (d.Category)
        {
            case FloatCategory.Infinity:
                if (to.NonFiniteBehavior != FloatNonFiniteBehavior.Ieee754)
                    return false;
                result = FloatBits.Infinity(to, d.Negative);
                return true;
            case FloatCategory.NaN:
                return TryConvertNaN(from, bits, d, to, out result);
            case FloatCategory.Zero:
                // -0 into a format whose -0 pattern is its NaN loses the sign.
                if (d.Negative && !to.HasNegativeZero && to.HasZero && to.HasSignBit
                    && from.NanEncoding != FloatNanEncoding.NegativeZero)
                    return false;
                // f8E8M0FNU has no zero: LLVM gives its smallest value, 2^-127, and reports no loss.
                result = Zero(to, d.Negative);
                return true;
        }
        UInt128 r = FloatBits.RoundDyadic(to, d.Negative, d.Significand, d.Exponent);
        var back = FloatBits.Decode(to, r);
        if (back.Category != FloatCategory.Normal || back.Negative != (d.Negative && to.HasSignBit)
            || CompareMagnitude(back, d) != 0)
            return false;
        // f8E8M0FNU has no sign bit, yet APFloat keeps the sign; FloatAttr holds it above the pattern.
        if (d.Negative && !to.HasSignBit)
            r |= UInt128.One << Core.IR.Attributes.FloatAttr.UnsignedFormatSignBit;
        result = r;
        return true;
    }

    private static bool TryConvertNaN(FloatSemantics from, UInt128 bits, DecodedFloat d, FloatSemantics to,
        out UInt128 result)
    {
        result = default;
        if (to.NonFiniteBehavior == FloatNonFiniteBehavior.FiniteOnly)
            return false;
        if (to.NonFiniteBehavior == FloatNonFiniteBehavior.NanOnly)
        {
            // Only a NaN-only source keeps its information in a NaN-only target.
            if (from.NonFiniteBehavior != FloatNonFiniteBehavior.NanOnly)
                return false;
            result = FloatBits.NaN(to, d.Negative);
            return true;
        }
        if (IsSignaling(from, bits))
            return false;
        // x87 NaNs without the integer bit have no counterpart in other formats.
        if (from.HasExplicitIntegerBit && !to.HasExplicitIntegerBit && (d.Significand >> 63).IsZero)
            return false;
        if (from.NanEncoding == FloatNanEncoding.NegativeZero)
        {
            result = FloatBits.NaN(to, false);
            return true;
        }
        // The payload (the stored fraction) moves with the significand's top.
        BigInteger payload = d.Significand;
        if (from.HasExplicitIntegerBit)
            payload &= (BigInteger.One << 63) - 1;
        int shift = to.Precision - from.Precision;
        if (shift < 0)
        {
            if (!(payload & ((BigInteger.One << -shift) - 1)).IsZero)
                return false;
            payload >>= -shift;
        }
        else
        {
            payload <<= shift;
        }
        UInt128 exp = FloatBits.Infinity(to, false);
        UInt128 field = (UInt128)payload;
        if (to.HasExplicitIntegerBit)
            field |= UInt128.One << 63; // x87: a NaN converted from elsewhere gets its integer bit
        result = exp | field | (d.Negative ? FloatBits.SignBit(to) : UInt128.Zero);
        return true;
    }
}
