using System;
using System.Globalization;
using System.Numerics;
using Dialectic.Core.IR.Types;

namespace Dialectic.Core.Support.Float;

/// <summary>
/// Converts text and host doubles to float bit patterns with MLIR 22's results. MLIR's parser turns a float literal
/// token into an IEEE double first (correctly rounded) and then converts that double to the attribute's type, so
/// f80/f128 literals carry only double precision and 8-bit types see double rounding; <see cref="TryParseDecimal"/>
/// reproduces that. <see cref="TryParseDecimalExact"/> is APFloat's direct, correctly rounded string conversion, which
/// MLIR's printer uses for its round-trip check.
/// </summary>
public static class FloatParser
{
    /// <summary>MLIR's diagnostic for a hex float literal wider than its type.</summary>
    public const string HexOutOfRangeMessage = "hexadecimal float constant out of range for type";

    /// <summary>MLIR's diagnostic for <c>-0x...</c> used as a float literal.</summary>
    public const string HexNegativeMessage = "hexadecimal float literal should not have a leading minus";

    // Decimal magnitudes beyond these bounds over/underflow every format (f80 reaches down to ~3.6e-4951, f128 to ~6.5e-4966, both up to ~1.2e4932),
    // so they are clamped instead of materialising 10^huge.
    private const long OverflowDecimalMagnitude = 4940;
    private const long UnderflowDecimalMagnitude = -5000;

    /// <summary>
    /// Parses an MLIR float literal <c>[-+]?[0-9]+[.][0-9]*([eE][-+]?[0-9]+)?</c> (the lexer's float token, with the
    /// sign the parser accepts before it) into <paramref name="kind"/> exactly as MLIR does: via a correctly rounded
    /// double (overflowing to ±infinity), then LLVM's double-to-<paramref name="kind"/> conversion.
    /// Returns false (bits = 0) when the text is not such a literal.
    /// </summary>
    public static bool TryParseDecimal(FloatKind kind, ReadOnlySpan<char> text, out UInt128 bits)
    {
        bits = UInt128.Zero;
        if (!TryScan(text, strictMlirToken: true, out _, out _, out _, collectDigits: false))
        {
            return false;
        }

        // .NET's double parsing is correctly rounded (round to nearest even, any number of digits), as is
        // APFloat's; the syntax was checked above, so this cannot fail.
        double value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        bits = FromDouble(kind, value);
        return true;
    }

    /// <summary><see cref="TryParseDecimal(FloatKind, ReadOnlySpan{char}, out UInt128)"/> of the literal with a
    /// leading minus when <paramref name="negate"/> (MLIR negates after parsing; negation of a double is exact).</summary>
    public static bool TryParseDecimal(FloatKind kind, ReadOnlySpan<char> unsignedText, bool negate, out UInt128 bits)
    {
        bits = UInt128.Zero;
        if (unsignedText.Length > 0 && (unsignedText[0] == '-' || unsignedText[0] == '+'))
        {
            return false;
        }

        if (!TryScan(unsignedText, strictMlirToken: true, out _, out _, out _, collectDigits: false))
        {
            return false;
        }

        double value = double.Parse(unsignedText, NumberStyles.Float, CultureInfo.InvariantCulture);
        bits = FromDouble(kind, negate ? -value : value);
        return true;
    }

    /// <summary>
    /// APFloat's <c>convertFromString</c> with round-to-nearest-even, straight into <paramref name="kind"/>.
    /// Accepts <c>[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?</c>. Overflow follows
    /// <see cref="FloatBits.Overflow"/>; underflow gives zero (f8E8M0FNU: its smallest value).
    /// </summary>
    public static bool TryParseDecimalExact(FloatKind kind, ReadOnlySpan<char> text, out UInt128 bits)
    {
        bits = UInt128.Zero;
        if (!TryScan(text, strictMlirToken: false, out bool negative, out BigInteger digits, out long exp10))
        {
            return false;
        }

        bits = Convert(FloatSemantics.Of(kind), negative, digits, exp10);
        return true;
    }

    /// <summary>
    /// LLVM's <c>APFloat::convert</c> from IEEE double to <paramref name="kind"/> (round to nearest even), which is
    /// what MLIR applies to every parsed literal. Quirks kept: infinity into a NaN-only type gives NaN; infinity into
    /// a finite-only type (f4/f6) gives the bare sign-bit pattern (LLVM keeps an infinity that encodes that way);
    /// negative zero into an FNUZ type gives +0; zero into f8E8M0FNU gives its smallest value 2^-127. NaN payloads
    /// are truncated or widened and the result is made quiet.
    /// </summary>
    public static UInt128 FromDouble(FloatKind kind, double value)
    {
        FloatSemantics s = FloatSemantics.Of(kind);
        ulong raw = (ulong)BitConverter.DoubleToInt64Bits(value);
        bool negative = (raw >> 63) != 0;
        if (double.IsNaN(value))
        {
            return NaNFromDouble(s, negative, raw & ((1UL << 52) - 1));
        }

        if (double.IsInfinity(value))
        {
            return s.NonFiniteBehavior switch
            {
                FloatNonFiniteBehavior.Ieee754 => FloatBits.Infinity(s, negative),
                FloatNonFiniteBehavior.NanOnly => FloatBits.NaN(s, negative),
                _ => negative ? FloatBits.SignBit(s) : UInt128.Zero,
            };
        }

        int expField = (int)((raw >> 52) & 0x7FF);
        ulong mantissa = raw & ((1UL << 52) - 1);
        if (expField == 0 && mantissa == 0)
        {
            return FloatBits.Zero(s, negative);
        }

        BigInteger sig = expField == 0 ? mantissa : mantissa | (1UL << 52);
        int lsbExponent = (expField == 0 ? -1022 : expField - 1023) - 52;
        return FloatBits.RoundDyadic(s, negative, sig, lsbExponent);
    }

    /// <summary>
    /// The nearest double to the value of <paramref name="bits"/> (round to nearest even). Infinities map to
    /// infinities and NaNs to a quiet double NaN of the same sign.
    /// </summary>
    public static double ToDouble(FloatKind kind, UInt128 bits)
    {
        DecodedFloat d = FloatBits.Decode(kind, bits);
        switch (d.Category)
        {
            case FloatCategory.Zero:
                return d.Negative ? -0.0 : 0.0;
            case FloatCategory.Infinity:
                return d.Negative ? double.NegativeInfinity : double.PositiveInfinity;
            case FloatCategory.NaN:
                return d.Negative ? -double.NaN : double.NaN;
        }

        UInt128 r = FloatBits.RoundDyadic(FloatSemantics.Of(FloatKind.F64), d.Negative, d.Significand, d.Exponent);
        return BitConverter.Int64BitsToDouble((long)(ulong)r);
    }

    /// <summary>
    /// Validates the value of a hexadecimal float literal (<c>0x...</c>, already converted to an integer) for
    /// <paramref name="kind"/>: it must be non-negative and fit the type's bit width, else MLIR reports
    /// <see cref="HexOutOfRangeMessage"/>. Any in-range pattern is accepted (NaN payloads, f80 unnormals, ...).
    /// </summary>
    public static bool TryFromHex(FloatKind kind, BigInteger value, out UInt128 bits)
    {
        FloatSemantics s = FloatSemantics.Of(kind);
        if (value.Sign < 0 || value.GetBitLength() > s.BitWidth)
        {
            bits = UInt128.Zero;
            return false;
        }

        bits = (UInt128)value;
        return true;
    }

    private static UInt128 Convert(FloatSemantics s, bool negative, BigInteger digits, long exp10)
    {
        if (digits.IsZero)
        {
            return FloatBits.Zero(s, negative);
        }

        // value = digits * 10^exp10 lies in [10^(magnitude-1), 10^magnitude).
        long magnitude = exp10 + CountDigits(digits);
        if (magnitude - 1 > OverflowDecimalMagnitude)
        {
            return FloatBits.Overflow(s, negative);
        }

        if (magnitude < UnderflowDecimalMagnitude)
        {
            // Far below half the smallest denormal of any format: any tiny positive rounds the same way.
            return FloatBits.Round(s, negative, BigInteger.One, BigInteger.One << 20000);
        }

        return exp10 >= 0
            ? FloatBits.Round(s, negative, digits * BigInteger.Pow(10, (int)exp10), BigInteger.One)
            : FloatBits.Round(s, negative, digits, BigInteger.Pow(10, (int)-exp10));
    }

    private static long CountDigits(BigInteger positive)
    {
        // Invariant: positive > 0. Estimate from the bit length, then correct by at most one.
        long estimate = (long)((double)(positive.GetBitLength() - 1) * 0.30102999566398120) + 1;
        BigInteger p = BigInteger.Pow(10, (int)(estimate - 1));
        if (p > positive)
        {
            return estimate - 1;
        }

        return p * 10 <= positive ? estimate + 1 : estimate;
    }

    private static UInt128 NaNFromDouble(FloatSemantics s, bool negative, ulong payload)
    {
        if (s.NonFiniteBehavior == FloatNonFiniteBehavior.FiniteOnly)
        {
            return negative ? FloatBits.SignBit(s) : UInt128.Zero;
        }

        if (s.NonFiniteBehavior == FloatNonFiniteBehavior.NanOnly)
        {
            return FloatBits.NaN(s, negative);
        }

        int shift = 52 - s.MantissaBits;
        UInt128 field = shift >= 0 ? (UInt128)(payload >> shift) : (UInt128)payload << -shift;
        return FloatBits.NaN(s, negative) | field;
    }

    /// <summary>
    /// Splits decimal text into sign, integer digits and a power of ten. Leading zeros do not matter; trailing zeros
    /// of the digit string are folded into <paramref name="exp10"/> so that digits has no factor of ten.
    /// </summary>
    private static bool TryScan(ReadOnlySpan<char> text, bool strictMlirToken, out bool negative, out BigInteger digits, out long exp10, bool collectDigits = true)
    {
        negative = false;
        digits = BigInteger.Zero;
        exp10 = 0;
        int i = 0;
        if (i < text.Length && (text[i] == '-' || text[i] == '+'))
        {
            negative = text[i] == '-';
            i++;
        }

        int intStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        int intEnd = i;
        bool hasDot = i < text.Length && text[i] == '.';
        int fracStart = hasDot ? ++i : i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        int fracEnd = i;
        int intLen = intEnd - intStart;
        int fracLen = fracEnd - fracStart;
        if (strictMlirToken ? intLen == 0 || !hasDot : intLen + fracLen == 0)
        {
            return false;
        }

        long exponent = 0;
        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            bool expNegative = false;
            if (i < text.Length && (text[i] == '-' || text[i] == '+'))
            {
                expNegative = text[i] == '-';
                i++;
            }

            int expStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                // Saturate: anything this large over/underflows every format anyway.
                exponent = Math.Min(exponent * 10 + (text[i] - '0'), 1_000_000_000L);
                i++;
            }

            if (i == expStart)
            {
                return false;
            }

            exponent = expNegative ? -exponent : exponent;
        }

        if (i != text.Length)
        {
            return false;
        }

        if (!collectDigits)
        {
            return true;
        }

        // Collect significant digits: skip leading zeros, drop trailing zeros into the exponent.
        Span<char> all = (intLen + fracLen) <= 512 ? stackalloc char[intLen + fracLen] : new char[intLen + fracLen];
        text.Slice(intStart, intLen).CopyTo(all);
        text.Slice(fracStart, fracLen).CopyTo(all[intLen..]);
        int first = 0;
        while (first < all.Length && all[first] == '0')
        {
            first++;
        }

        int last = all.Length;
        while (last > first && all[last - 1] == '0')
        {
            last--;
        }

        if (first == last)
        {
            return true; // zero
        }

        exp10 = exponent - fracLen + (all.Length - last);
        digits = BigInteger.Parse(all[first..last], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }
}
