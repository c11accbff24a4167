using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support.Float;

namespace Dialectic.Dialects.Tests.Arith;

/// <summary>Operand values for the differential folding tests, written as MLIR attributes with their type.</summary>
public static class ArithSamples
{
    /// <summary>The integer types the tests cover.</summary>
    public static readonly string[] IntTypes = ["i1", "i8", "i16", "i32", "i64", "index"];

    /// <summary>The float types the tests cover most.</summary>
    public static readonly FloatKind[] FloatKinds = [FloatKind.F16, FloatKind.BF16, FloatKind.F32, FloatKind.F64];

    /// <summary>Bit width of an integer type keyword (64 for index).</summary>
    public static int Width(string type) => type == "index" ? 64 : int.Parse(type.AsSpan(1),
        CultureInfo.InvariantCulture);

    /// <summary>Edge and ordinary signed values of <paramref name="type"/>: 0, ±1, ±2, small odd numbers, the
    /// extremes and their neighbours, and <paramref name="random"/> more.</summary>
    public static List<BigInteger> IntValues(string type, Random rng, int random = 0)
    {
        int w = Width(type);
        var min = -(BigInteger.One << (w - 1));
        var max = (BigInteger.One << (w - 1)) - 1;
        var values = new List<BigInteger>();
        void Add(BigInteger v)
        {
            if (v >= min && v <= max && !values.Contains(v))
                values.Add(v);
        }
        foreach (var v in new BigInteger[] { 0, 1, -1, 2, -2, 3, 7, -7, 13 })
            Add(v);
        Add(max);
        Add(min);
        Add(max - 1);
        Add(min + 1);
        Add(max / 3);
        for (int i = 0; i < random; i++)
        {
            var bytes = new byte[(w + 7) / 8 + 1];
            rng.NextBytes(bytes);
            Add(IntegerWrap(new BigInteger(bytes), w));
        }
        return values;
    }

    private static BigInteger IntegerWrap(BigInteger v, int w)
    {
        var mod = BigInteger.One << w;
        var r = ((v % mod) + mod) % mod;
        return r >= (mod >> 1) ? r - mod : r;
    }

    /// <summary>An integer constant: <c>true</c>/<c>false</c> for i1, else <c>v : type</c>.</summary>
    public static string Int(string type, BigInteger value) =>
        type == "i1" ? (value.IsZero ? "false" : "true") : value.ToString(CultureInfo.InvariantCulture) + " : " + type;

    /// <summary>The keyword of a float kind.</summary>
    public static string Keyword(FloatKind kind) => FloatKeywords[(int)kind];

    private static readonly string[] FloatKeywords =
    [
        "f16", "bf16", "f32", "f64", "f80", "f128", "tf32", "f4E2M1FN", "f6E2M3FN", "f6E3M2FN", "f8E5M2",
        "f8E4M3", "f8E4M3FN", "f8E5M2FNUZ", "f8E4M3FNUZ", "f8E4M3B11FNUZ", "f8E3M4", "f8E8M0FNU",
    ];

    /// <summary>Bit patterns of <paramref name="kind"/>: zeros, ones, fractions, extremes, denormals,
    /// infinities, quiet and signaling NaNs (where the format has them) and <paramref name="random"/> more.</summary>
    public static List<UInt128> FloatValues(FloatKind kind, Random rng, int random = 0)
    {
        var s = FloatSemantics.Of(kind);
        var values = new List<UInt128>();
        void Add(UInt128 v)
        {
            v &= s.BitMask;
            if (!values.Contains(v))
                values.Add(v);
        }
        foreach (var d in new[] { 0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.0, -2.5, 3.0, 0.1, -0.3, 7.0, 100.0, 1e10, -1e-10,
            65504.0 })
            Add(FloatParser.FromDouble(kind, d));
        Add(FloatBits.MaxFinite(s, false));
        Add(FloatBits.MaxFinite(s, true));
        Add(FloatParser.FromDouble(kind, System.Math.Pow(2, s.MinExponent)));
        Add(UInt128.One); // the smallest denormal
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
                Add(FloatBits.Infinity(s, false) | UInt128.One); // signaling
                Add(FloatBits.NaN(s, false) | (UInt128)5); // quiet with a payload
            }
        }
        for (int i = 0; i < random; i++)
        {
            var bytes = new byte[16];
            rng.NextBytes(bytes);
            Add(new UInt128(BitConverter.ToUInt64(bytes, 8), BitConverter.ToUInt64(bytes, 0)));
        }
        return values;
    }

    /// <summary>A float constant as a hexadecimal bit pattern: <c>0x3C00 : f16</c>.</summary>
    public static string Float(FloatKind kind, UInt128 bits)
    {
        int digits = (FloatSemantics.Of(kind).BitWidth + 3) / 4;
        return "0x" + bits.ToString("X" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            + " : " + Keyword(kind);
    }
}
