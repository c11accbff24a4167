using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using Dialectic.Core.IR.Types;

namespace Dialectic.Core.Support.Float;

/// <summary>
/// Prints float bit patterns exactly as MLIR 22 does. <see cref="Format(FloatKind, UInt128, out bool)"/> is the
/// AsmPrinter's <c>printFloatValue</c>; <see cref="FormatApFloat"/> is LLVM's <c>APFloat::toString</c>, reproduced
/// with its quirks: a truncating binary pre-reduction of the exact decimal expansion followed by round-half-up on the
/// decimal digits (so e.g. 2^127 prints as <c>1.701410e+38</c>, not <c>1.701412e+38</c>).
/// </summary>
public static class FloatFormatter
{
    /// <summary>
    /// Formats a value the way MLIR prints a float attribute: the short scientific form (<c>1.000000e-01</c>) when it
    /// parses back to the identical value, else APFloat's default form (<c>0.30000000000000004</c>,
    /// <c>1.0000000000000001E+300</c>) when that contains a '.', else (and for infinities and NaNs) the bit pattern as
    /// <c>0x</c> followed by upper-case hex digits without leading zeros.
    /// </summary>
    /// <param name="kind">The float type.</param>
    /// <param name="bits">The raw pattern (bits above the type's width are ignored).</param>
    /// <param name="printedHex">Set when the hexadecimal form was chosen.</param>
    public static string Format(FloatKind kind, UInt128 bits, out bool printedHex)
    {
        FloatSemantics s = FloatSemantics.Of(kind);
        bits &= s.BitMask;
        DecodedFloat d = FloatBits.Decode(s, bits);
        printedHex = false;
        if (d.Category is FloatCategory.Zero or FloatCategory.Normal)
        {
            string shortForm = FormatApFloat(s, d, 6, 0, false);
            UInt128 canonical = FloatBits.Canonicalize(kind, bits);
            if (FloatParser.TryParseDecimalExact(kind, shortForm, out UInt128 back) && back == canonical)
            {
                return shortForm;
            }

            string longForm = FormatApFloat(s, d, 0, 3, true);
            if (longForm.Contains('.', StringComparison.Ordinal))
            {
                return longForm;
            }
        }

        printedHex = true;
        return FormatHex(kind, bits);
    }

    /// <summary>Same as <see cref="Format(FloatKind, UInt128, out bool)"/> without reporting the form chosen.</summary>
    public static string Format(FloatKind kind, UInt128 bits) => Format(kind, bits, out _);

    /// <summary>
    /// The hexadecimal form MLIR prints for a pattern (<c>APInt::toString</c> radix 16 as a C literal of
    /// <c>bitcastToAPInt()</c>): <c>0x7FC00000</c>, <c>0x0</c>. f80 patterns are canonicalized first
    /// (see <see cref="FloatBits.Canonicalize"/>).
    /// </summary>
    public static string FormatHex(FloatKind kind, UInt128 bits)
    {
        UInt128 canonical = FloatBits.Canonicalize(kind, bits);
        return "0x" + canonical.ToString("X", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// LLVM's <c>APFloat::toString(Str, FormatPrecision, FormatMaxPadding, TruncateZero)</c> for a pattern.
    /// Infinities print as <c>+Inf</c>/<c>-Inf</c>, NaNs as <c>NaN</c>.
    /// </summary>
    /// <param name="kind">The float type.</param>
    /// <param name="bits">The raw pattern.</param>
    /// <param name="formatPrecision">Significant digits; 0 picks enough to round-trip (2 + precision*59/196).</param>
    /// <param name="formatMaxPadding">Most zeros to pad before switching to scientific notation; 0 forces scientific.</param>
    /// <param name="truncateZero">When false, scientific output is padded to the precision and uses a lower-case 'e' with a two-digit minimum exponent.</param>
    public static string FormatApFloat(FloatKind kind, UInt128 bits, int formatPrecision = 0, int formatMaxPadding = 3, bool truncateZero = true)
    {
        FloatSemantics s = FloatSemantics.Of(kind);
        return FormatApFloat(s, FloatBits.Decode(s, bits), formatPrecision, formatMaxPadding, truncateZero);
    }

    private static string FormatApFloat(FloatSemantics s, DecodedFloat d, int formatPrecision, int formatMaxPadding, bool truncateZero)
    {
        var sb = new StringBuilder(48);
        switch (d.Category)
        {
            case FloatCategory.Infinity:
                return d.Negative ? "-Inf" : "+Inf";
            case FloatCategory.NaN:
                return "NaN";
            case FloatCategory.Zero:
                if (d.Negative)
                {
                    sb.Append('-');
                }

                if (formatMaxPadding != 0)
                {
                    sb.Append('0');
                }
                else if (truncateZero)
                {
                    sb.Append("0.0E+0");
                }
                else
                {
                    sb.Append("0.0");
                    if (formatPrecision > 1)
                    {
                        sb.Append('0', formatPrecision - 1);
                    }

                    sb.Append("e+00");
                }

                return sb.ToString();
        }

        if (d.Negative)
        {
            sb.Append('-');
        }

        if (formatPrecision == 0)
        {
            // Steele & White: enough digits to round-trip, from the precision alone.
            formatPrecision = 2 + s.Precision * 59 / 196;
        }

        BigInteger significand = d.Significand;
        int exp = d.Exponent;
        int trailing = (int)BigInteger.TrailingZeroCount(significand);
        exp += trailing;
        significand >>= trailing;

        // Turn significand * 2^exp into significand * 10^exp exactly.
        if (exp > 0)
        {
            significand <<= exp;
            exp = 0;
        }
        else if (exp < 0)
        {
            significand *= BigInteger.Pow(5, -exp); // N * 2^-e == N * 5^e * 10^-e
        }

        AdjustToPrecision(ref significand, ref exp, formatPrecision);

        // Decimal digits, most significant first, with trailing zeros folded into the exponent.
        string raw = significand.ToString(CultureInfo.InvariantCulture);
        int length = raw.Length;
        while (length > 1 && raw[length - 1] == '0')
        {
            length--;
            exp++;
        }

        char[] digits = raw.ToCharArray(0, length);
        int nDigits = AdjustToPrecision(digits, length, ref exp, formatPrecision);
        AppendDigits(sb, digits, nDigits, exp, formatPrecision, formatMaxPadding, truncateZero);
        return sb.ToString();
    }

    private static void AppendDigits(StringBuilder sb, char[] digits, int nDigits, int exp, int formatPrecision, int formatMaxPadding, bool truncateZero)
    {
        bool scientific;
        if (formatMaxPadding == 0)
        {
            scientific = true;
        }
        else if (exp >= 0)
        {
            // 765e3 -> 765000, unless that pads too much or looks more precise than it is.
            scientific = exp > formatMaxPadding || nDigits + exp > formatPrecision;
        }
        else
        {
            int msd = exp + nDigits - 1; // power of ten of the most significant digit
            scientific = msd < 0 && -msd > formatMaxPadding;
        }

        if (scientific)
        {
            exp += nDigits - 1;
            sb.Append(digits[0]).Append('.');
            if (nDigits == 1 && truncateZero)
            {
                sb.Append('0');
            }
            else
            {
                sb.Append(digits, 1, nDigits - 1);
            }

            if (!truncateZero && formatPrecision > nDigits - 1)
            {
                sb.Append('0', formatPrecision - nDigits + 1);
            }

            sb.Append(truncateZero ? 'E' : 'e').Append(exp >= 0 ? '+' : '-');
            string expText = Math.Abs(exp).ToString(CultureInfo.InvariantCulture);
            if (!truncateZero && expText.Length < 2)
            {
                sb.Append('0');
            }

            sb.Append(expText);
            return;
        }

        if (exp >= 0)
        {
            sb.Append(digits, 0, nDigits).Append('0', exp);
            return;
        }

        int wholeDigits = exp + nDigits;
        if (wholeDigits > 0)
        {
            sb.Append(digits, 0, wholeDigits).Append('.').Append(digits, wholeDigits, nDigits - wholeDigits);
        }
        else
        {
            sb.Append("0.").Append('0', -wholeDigits).Append(digits, 0, nDigits);
        }
    }

    /// <summary>
    /// LLVM's binary pre-reduction: drops whole powers of ten by truncating division so that roughly
    /// <paramref name="formatPrecision"/> digits' worth of bits remain (196/59 slightly overestimates lg 10).
    /// It truncates, it does not round; that is observable and intended.
    /// </summary>
    private static void AdjustToPrecision(ref BigInteger significand, ref int exp, int formatPrecision)
    {
        long bits = (long)significand.GetBitLength();
        long bitsRequired = (formatPrecision * 196L + 58) / 59;
        if (bits <= bitsRequired)
        {
            return;
        }

        int tensRemovable = (int)((bits - bitsRequired) * 59 / 196);
        if (tensRemovable == 0)
        {
            return;
        }

        exp += tensRemovable;
        significand /= BigInteger.Pow(10, tensRemovable);
    }

    /// <summary>
    /// LLVM's digit-buffer rounding to <paramref name="formatPrecision"/> digits: round half up on the first dropped
    /// digit only, carrying through nines; the kept digits never end in '0'. Returns the new digit count;
    /// <paramref name="digits"/> is most-significant first and has no trailing zeros on entry.
    /// </summary>
    private static int AdjustToPrecision(char[] digits, int n, ref int exp, int formatPrecision)
    {
        if (n <= formatPrecision)
        {
            return n;
        }

        int kept = formatPrecision;
        if (digits[kept] < '5')
        {
            while (kept > 1 && digits[kept - 1] == '0')
            {
                kept--;
            }

            exp += n - kept;
            return kept;
        }

        // Round up: nines become zeros and are dropped; the first non-nine is incremented.
        while (kept > 0 && digits[kept - 1] == '9')
        {
            kept--;
        }

        if (kept == 0)
        {
            digits[0] = '1';
            exp += n;
            return 1;
        }

        digits[kept - 1]++;
        exp += n - kept;
        return kept;
    }
}
