using System;
using System.Numerics;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support.Float;
using Xunit;

namespace Dialectic.Core.Tests.Float;

/// <summary>Known results of MLIR 22's float literal parsing (each expectation was observed from mlir-opt-22).</summary>
public sealed class FloatParserTests
{
    [Theory]
    [InlineData(FloatKind.F8E4M3FN, "1.0e10", 0x7F)]      // overflow in a NaN-only type gives NaN
    [InlineData(FloatKind.F8E4M3FN, "-1.0e10", 0xFF)]
    [InlineData(FloatKind.F8E4M3FN, "464.0", 0x7E)]       // tie rounds to even 448, not to the NaN pattern
    [InlineData(FloatKind.F8E5M2FNUZ, "1.0e10", 0x80)]
    [InlineData(FloatKind.F8E4M3FNUZ, "-0.0", 0x00)]      // no negative zero
    [InlineData(FloatKind.F6E2M3FN, "-1.0e10", 0x3F)]     // finite-only saturates: -7.5
    [InlineData(FloatKind.F4E2M1FN, "6.5", 0x7)]
    [InlineData(FloatKind.F4E2M1FN, "-1.0e400", 0x8)]     // double infinity keeps only its sign bit
    [InlineData(FloatKind.F6E3M2FN, "1.0e400", 0x0)]
    [InlineData(FloatKind.F8E8M0FNU, "0.0", 0x00)]        // no zero: smallest value 2^-127
    [InlineData(FloatKind.F8E8M0FNU, "3.0", 0x81)]        // precision 1: ties go up to 4
    [InlineData(FloatKind.F8E8M0FNU, "2.5e38", 0xFE)]
    [InlineData(FloatKind.F8E8M0FNU, "2.6e38", 0xFF)]
    [InlineData(FloatKind.F8E8M0FNU, "1.0e400", 0xFF)]
    [InlineData(FloatKind.F16, "65520.0", 0x7C00)]
    [InlineData(FloatKind.F16, "1.0e-310", 0x0)]
    [InlineData(FloatKind.F16, "1.0", 0x3C00)]
    [InlineData(FloatKind.F64, "1.0e400", 0x7FF0000000000000)]
    [InlineData(FloatKind.F64, "-1.0e-400", 0x8000000000000000)]
    [InlineData(FloatKind.F32, "0.1", 0x3DCCCCCD)]
    [InlineData(FloatKind.F64, "0.30000000000000004", 0x3FD3333333333334)]
    public void ParsesLikeMlir(FloatKind kind, string text, ulong expected)
    {
        Assert.True(FloatParser.TryParseDecimal(kind, text, out UInt128 bits));
        Assert.Equal((UInt128)expected, bits);
    }

    [Fact]
    public void WideTypesParseThroughDouble()
    {
        Assert.True(FloatParser.TryParseDecimal(FloatKind.F80, "0.1", out UInt128 viaDouble));
        Assert.True(FloatParser.TryParseDecimalExact(FloatKind.F80, "0.1", out UInt128 exact));
        Assert.Equal("0.100000000000000005551", FloatFormatter.Format(FloatKind.F80, viaDouble));
        Assert.Equal("1.000000e-01", FloatFormatter.Format(FloatKind.F80, exact));
        Assert.True(FloatParser.TryParseDecimal(FloatKind.F128, "0.1", out UInt128 q));
        Assert.Equal("0.100000000000000005551115123125782702", FloatFormatter.Format(FloatKind.F128, q));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1e5")]
    [InlineData(".5")]
    [InlineData("1.0e")]
    [InlineData("1.0e+")]
    [InlineData("0x3C00")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1.0 ")]
    public void RejectsNonMlirFloatTokens(string text)
    {
        Assert.False(FloatParser.TryParseDecimal(FloatKind.F32, text, out _));
    }

    [Fact]
    public void ExactParserIsCorrectlyRoundedForDoubles()
    {
        var rng = new Random(12345);
        for (int i = 0; i < 2000; i++)
        {
            double d = BitConverter.Int64BitsToDouble(rng.NextInt64() & long.MaxValue);
            if (!double.IsFinite(d))
            {
                continue;
            }

            string r = d.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(FloatParser.TryParseDecimalExact(FloatKind.F64, r, out UInt128 bits), r);
            Assert.Equal((ulong)BitConverter.DoubleToInt64Bits(d), (ulong)bits);
            Assert.Equal(d, FloatParser.ToDouble(FloatKind.F64, bits));
        }
    }

    [Fact]
    public void HexLiteralsMustFitTheWidth()
    {
        Assert.True(FloatParser.TryFromHex(FloatKind.F16, 0x3C00, out UInt128 b));
        Assert.Equal((UInt128)0x3C00, b);
        Assert.False(FloatParser.TryFromHex(FloatKind.F16, 0x10000, out _));
        Assert.False(FloatParser.TryFromHex(FloatKind.F4E2M1FN, 0x10, out _));
        Assert.True(FloatParser.TryFromHex(FloatKind.F80, (BigInteger.One << 80) - 1, out _));
        Assert.False(FloatParser.TryFromHex(FloatKind.F80, BigInteger.One << 80, out _));
        Assert.Equal("hexadecimal float constant out of range for type", FloatParser.HexOutOfRangeMessage);
    }

    [Fact]
    public void DoubleConversionsMatchHardwareForSingleAndHalf()
    {
        var rng = new Random(99);
        for (int i = 0; i < 5000; i++)
        {
            double d = BitConverter.Int64BitsToDouble(rng.NextInt64());
            if (double.IsNaN(d))
            {
                continue;
            }

            Assert.Equal((UInt128)BitConverter.SingleToUInt32Bits((float)d), FloatParser.FromDouble(FloatKind.F32, d));
            Assert.Equal((UInt128)BitConverter.HalfToUInt16Bits((Half)d), FloatParser.FromDouble(FloatKind.F16, d));
            float f = BitConverter.Int32BitsToSingle(rng.Next());
            if (!float.IsNaN(f))
            {
                Assert.Equal((double)f, FloatParser.ToDouble(FloatKind.F32, BitConverter.SingleToUInt32Bits(f)));
            }
        }
    }
}
