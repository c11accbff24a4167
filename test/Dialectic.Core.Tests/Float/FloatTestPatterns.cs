using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support.Float;

namespace Dialectic.Core.Tests.Float;

/// <summary>Bit patterns and decimal literals that exercise every corner of a float format.</summary>
internal static class FloatTestPatterns
{
    private static readonly double[] InterestingDoubles =
    [
        0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, Math.PI, Math.E, 1e300, 1e-300, 1e308, 4.9e-324, 2.2250738585072014e-308,
        123456789.0, 1e20, 1e21, 1e22, 1e23, 65504.0, 448.0, 57344.0, 6.0, 7.5, 28.0, 0.5, 1.5, 1e-5, 1e-7, 3.4e38,
        1.0000000000000002, 0.30000000000000004, 9007199254740993.0, 1234.5, 999999.5, 9999995.0, 0.0009765625,
    ];

    /// <summary>
    /// Every pattern for formats of at most 8 bits; otherwise the special, boundary and "interesting" values of the
    /// format plus <paramref name="randomCount"/> random patterns (half of them with a moderate exponent).
    /// </summary>
    public static List<UInt128> Generate(FloatKind kind, Random rng, int randomCount)
    {
        FloatSemantics s = FloatSemantics.Of(kind);
        var result = new List<UInt128>();
        if (s.BitWidth <= 8)
        {
            for (int i = 0; i < 1 << s.BitWidth; i++)
            {
                result.Add((UInt128)i);
            }

            return result;
        }

        var seen = new HashSet<UInt128>();
        void Add(UInt128 bits)
        {
            bits &= s.BitMask;
            if (seen.Add(bits))
            {
                result.Add(bits);
            }
        }

        foreach (bool negative in new[] { false, true })
        {
            UInt128 sign = negative ? FloatBits.SignBit(s) : UInt128.Zero;
            Add(sign);
            Add(sign | 1);
            Add(sign | 2);
            Add(sign | 3);
            Add(FloatBits.Infinity(s, negative));
            Add(FloatBits.NaN(s, negative));
            Add(FloatBits.NaN(s, negative) | 1);
            Add(FloatBits.MaxFinite(s, negative));
            Add(FloatBits.MaxFinite(s, negative) - 1);
            Add(FloatBits.RoundDyadic(s, negative, 1, s.MinExponent));             // smallest normal
            Add(FloatBits.RoundDyadic(s, negative, 1, s.MinExponent) - 1);         // largest denormal
            Add(FloatBits.RoundDyadic(s, negative, 1, 0));
            foreach (double d in InterestingDoubles)
            {
                Add(FloatParser.FromDouble(kind, negative ? -d : d));
            }
        }

        for (int e = -40; e <= 40; e += 3)
        {
            Add(FloatBits.RoundDyadic(s, false, 1, e));
            Add(FloatParser.FromDouble(kind, Math.Pow(10, e)));
        }

        Add(s.BitMask);
        if (s.HasExplicitIntegerBit)
        {
            // x87 oddities: unnormal, pseudo-NaN, pseudo-infinity, pseudo-denormal.
            Add((UInt128)0x3FFF << 64);
            Add((UInt128)0x7FFF << 64);
            Add(((UInt128)0x7FFF << 64) | 1);
            Add(((UInt128)0 << 64) | (UInt128.One << 63) | 5);
            Add(((UInt128)0x8000 << 64) | (UInt128.One << 63));
        }

        for (int i = 0; i < randomCount; i++)
        {
            UInt128 bits = RandomBits(rng);
            if (i % 2 == 1)
            {
                // Moderate exponent: near the bias, so the value is in everyday range.
                int fieldShift = s.HasExplicitIntegerBit ? s.MantissaBits + 1 : s.MantissaBits;
                UInt128 expMask = (UInt128)((1 << s.ExponentBits) - 1) << fieldShift;
                int field = s.ExponentBias + rng.Next(-30, 31);
                bits = (bits & ~expMask) | ((UInt128)Math.Max(1, field) << fieldShift);
                if (s.HasExplicitIntegerBit)
                {
                    bits |= UInt128.One << 63;
                }
            }

            Add(bits);
        }

        return result;
    }

    /// <summary>
    /// A random MLIR float literal whose magnitude is roughly within (and a little beyond) the range of
    /// <paramref name="kind"/>, capped to double's range for the wide formats (MLIR parses through double).
    /// </summary>
    public static string RandomDecimalLiteral(FloatKind kind, Random rng)
    {
        FloatSemantics s = FloatSemantics.Of(kind);
        int maxDec = (int)Math.Min(310, s.MaxExponent * 0.30103 + 3);
        int minDec = (int)Math.Max(-330, (s.MinExponent - s.Precision) * 0.30103 - 3);
        var sb = new StringBuilder();
        if (rng.Next(3) == 0)
        {
            sb.Append('-');
        }

        int intDigits = rng.Next(4) == 0 ? rng.Next(1, 25) : rng.Next(1, 4);
        int fracDigits = rng.Next(4) == 0 ? rng.Next(0, 25) : rng.Next(0, 6);
        for (int i = 0; i < intDigits; i++)
        {
            sb.Append((char)('0' + rng.Next(10)));
        }

        sb.Append('.');
        for (int i = 0; i < fracDigits; i++)
        {
            sb.Append((char)('0' + rng.Next(10)));
        }

        int choice = rng.Next(5);
        if (choice > 0)
        {
            int exp = rng.Next(minDec, maxDec + 1) - intDigits + 1;
            if (choice == 4 && s.NonFiniteBehavior != FloatNonFiniteBehavior.FiniteOnly && rng.Next(4) == 0)
            {
                exp = rng.Next(2) == 0 ? 400 : -400;
            }

            sb.Append(rng.Next(2) == 0 ? 'e' : 'E');
            sb.Append(exp >= 0 && rng.Next(2) == 0 ? "+" : "").Append(exp.ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The exact decimal expansion of the midpoint between a random finite value of <paramref name="kind"/> and its
    /// successor, nudged by -1/0/+1 in its last digit: stresses ties-to-even and (through double) double rounding.
    /// Values outside double's range are skipped (returns null) because MLIR parses through double.
    /// </summary>
    public static string? MidpointLiteral(FloatKind kind, Random rng)
    {
        FloatSemantics s = FloatSemantics.Of(kind);
        UInt128 bits = RandomBits(rng) & s.BitMask & ~FloatBits.SignBit(s);
        DecodedFloat lo = FloatBits.Decode(s, bits);
        DecodedFloat hi = FloatBits.Decode(s, bits + 1);
        if (lo.Category != FloatCategory.Normal || hi.Category != FloatCategory.Normal
            || Math.Abs(FloatParser.ToDouble(kind, bits)) is > 1e300 or < 1e-300)
        {
            return null;
        }

        // Midpoint = (lo + hi) / 2 as m * 2^e, then m * 5^-e * 10^e exactly.
        int e = Math.Min(lo.Exponent, hi.Exponent);
        BigInteger m = (lo.Significand << (lo.Exponent - e)) + (hi.Significand << (hi.Exponent - e));
        e -= 1; // halve the sum
        BigInteger digits = e >= 0 ? m << e : m * BigInteger.Pow(5, -e);
        int exp10 = e >= 0 ? 0 : e;
        digits += rng.Next(3) - 1;
        string sign = rng.Next(2) == 0 ? "" : (kind == FloatKind.F8E8M0FNU ? "" : "-");
        return sign + digits.ToString(CultureInfo.InvariantCulture) + ".0e" + exp10.ToString(CultureInfo.InvariantCulture);
    }

    private static UInt128 RandomBits(Random rng)
    {
        Span<byte> buffer = stackalloc byte[16];
        rng.NextBytes(buffer);
        return new UInt128(BitConverter.ToUInt64(buffer[8..]), BitConverter.ToUInt64(buffer[..8]));
    }
}
