using System;
using System.Collections.Generic;
using System.Numerics;

namespace Dialectic.Dialects.Tests.Math;

/// <summary>
/// Signed integer operands of a width for differential folding tests: edge values and seeded random ones.
/// </summary>
public static class IntegerSamples
{
    /// <summary>
    /// 0, ±1, ±2, the extremes and their neighbours, and <paramref name="random"/> random values, as signed decimals.
    /// </summary>
    public static List<BigInteger> Values(int width, Random rng, int random)
    {
        var values = new List<BigInteger>();
        BigInteger min = width == 1 ? -1 : -(BigInteger.One << (width - 1));
        BigInteger max = width == 1 ? 0 : (BigInteger.One << (width - 1)) - 1;
        void Add(BigInteger v)
        {
            if (v >= min && v <= max && !values.Contains(v))
                values.Add(v);
        }
        foreach (var v in new BigInteger[] { 0, 1, -1, 2, -2, 3, 5, -7, 31, 32, 33, 63, 64 })
            Add(v);
        Add(min);
        Add(min + 1);
        Add(max);
        Add(max - 1);
        for (int i = 0; i < random; i++)
        {
            var bytes = new byte[(width + 7) / 8 + 1];
            rng.NextBytes(bytes);
            var unsigned = new BigInteger(bytes, isUnsigned: true) % (BigInteger.One << width);
            Add(unsigned > max ? unsigned - (BigInteger.One << width) : unsigned);
        }
        return values;
    }
}
