using System;
using System.Collections.Generic;
using System.Globalization;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support.Float;

namespace Dialectic.Dialects.Tests.Math;

/// <summary>
/// Float operands for differential folding tests, written as exact hexadecimal bit patterns
/// (<c>0x3F800000 : f32</c>): the special values of each format (zeros, infinities, quiet and signaling NaNs of
/// both signs, the smallest and largest denormals and normals, halves and small integers) and seeded random ones,
/// both uniform over the bit patterns and uniform over moderate magnitudes.
/// </summary>
public static class FloatSamples
{
    /// <summary>The keyword (<c>f32</c>) of <paramref name="kind"/>.</summary>
    public static string Keyword(FloatKind kind) => kind switch
    {
        FloatKind.F16 => "f16",
        FloatKind.BF16 => "bf16",
        FloatKind.F32 => "f32",
        FloatKind.F64 => "f64",
        FloatKind.F80 => "f80",
        FloatKind.F128 => "f128",
        FloatKind.F8E4M3FN => "f8E4M3FN",
        FloatKind.F8E5M2FNUZ => "f8E5M2FNUZ",
        FloatKind.F8E5M2 => "f8E5M2",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The value as MLIR's hexadecimal float literal of its format (digits: the storage width).</summary>
    public static string Hex(FloatKind kind, UInt128 bits)
    {
        var s = FloatSemantics.Of(kind);
        int digits = (s.BitWidth + 3) / 4;
        return "0x" + bits.ToString("X" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>The pattern nearest to <paramref name="value"/>.</summary>
    public static UInt128 FromDouble(FloatKind kind, double value) => FloatParser.FromDouble(kind, value);

    /// <summary>
    /// Special and random bit patterns of <paramref name="kind"/>; <paramref name="random"/> adds that many of each random sort.
    /// </summary>
    public static List<UInt128> Values(FloatKind kind, Random rng, int random)
    {
        var s = FloatSemantics.Of(kind);
        var values = new List<UInt128>();
        void Add(UInt128 v)
        {
            if (!values.Contains(v))
                values.Add(v);
        }
        foreach (double d in new[] { 0.0, 1.0, 0.5, 1.5, 2.5, 3.5, 2.0, 3.0, 0.25, 0.75, 10.0, 100.0, 1e-3, 0.1, 3.14159, 1e10, 88.7, 89.0, 700.0, 710.0 })
        {
            Add(FromDouble(kind, d));
            Add(FromDouble(kind, -d));
        }
        if (s.HasNegativeZero)
            Add(FloatBits.Zero(s, negative: true));
        if (s.HasInfinity)
        {
            Add(FloatBits.Infinity(s, false));
            Add(FloatBits.Infinity(s, true));
        }
        if (s.HasNaN)
        {
            Add(FloatBits.NaN(s, false));
            Add(FloatBits.NaN(s, true));
            if (s.NonFiniteBehavior == FloatNonFiniteBehavior.Ieee754)
            {
                // A signaling NaN: all-ones exponent, quiet bit clear, payload 1.
                Add(FloatBits.Infinity(s, false) | UInt128.One);
                Add(FloatBits.Infinity(s, true) | 3);
            }
        }
        Add(FloatBits.MaxFinite(s, false));
        Add(FloatBits.MaxFinite(s, true));
        Add(UInt128.One); // smallest denormal
        Add((UInt128.One << (s.Precision - 1)) - 1); // largest denormal
        Add(UInt128.One << (s.Precision - 1)); // smallest normal
        for (int i = 0; i < random; i++)
        {
            UInt128 bits = ((UInt128)(ulong)rng.NextInt64() << 64 | (ulong)rng.NextInt64()) & s.BitMask;
            Add(FloatBits.Canonicalize(kind, bits));
            Add(FromDouble(kind, (rng.NextDouble() * 2 - 1) * System.Math.Pow(10, rng.Next(-3, 4))));
        }
        return values;
    }
}
