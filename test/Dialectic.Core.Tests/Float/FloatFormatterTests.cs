using System;
using System.Globalization;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support.Float;
using Xunit;

namespace Dialectic.Core.Tests.Float;

/// <summary>Known outputs of MLIR 22's float printing (each expectation was observed from mlir-opt-22).</summary>
public sealed class FloatFormatterTests
{
    [Theory]
    [InlineData(FloatKind.F16, "3C00", "1.000000e+00", false)]
    [InlineData(FloatKind.F16, "7C00", "0x7C00", true)]
    [InlineData(FloatKind.F16, "7E00", "0x7E00", true)]
    [InlineData(FloatKind.F32, "3DCCCCCD", "1.000000e-01", false)]
    [InlineData(FloatKind.F32, "0", "0.000000e+00", false)]
    [InlineData(FloatKind.F32, "80000000", "-0.000000e+00", false)]
    [InlineData(FloatKind.F32, "7F800001", "0x7F800001", true)]
    [InlineData(FloatKind.F64, "400921FB54442D11", "3.14159265358979", false)]
    [InlineData(FloatKind.F64, "3FD3333333333334", "0.30000000000000004", false)]
    [InlineData(FloatKind.F64, "7E37E43C8800759C", "1.000000e+300", false)]
    [InlineData(FloatKind.F64, "419D6F3454000000", "0x419D6F3454000000", true)] // 123456789: default form has no '.'
    [InlineData(FloatKind.F64, "7FF0000000000000", "0x7FF0000000000000", true)]
    [InlineData(FloatKind.F80, "1", "3.645200e-4951", false)]
    [InlineData(FloatKind.F80, "3FFF0000000000000000", "0x7FFF0000000000000000", true)] // unnormal => NaN
    [InlineData(FloatKind.F80, "3FFB CCCCCCCCCCCCD000", "0.100000000000000005551", false)]
    [InlineData(FloatKind.TF32, "1EE66", "9.997550e-02", false)]
    [InlineData(FloatKind.F8E4M3FN, "7E", "4.480000e+02", false)]
    [InlineData(FloatKind.F8E4M3FN, "7F", "0x7F", true)]
    [InlineData(FloatKind.F8E4M3FNUZ, "80", "0x80", true)]
    [InlineData(FloatKind.F8E8M0FNU, "0", "5.877470e-39", false)]
    [InlineData(FloatKind.F8E8M0FNU, "7F", "1.000000e+00", false)]
    [InlineData(FloatKind.F8E8M0FNU, "FE", "1.701410e+38", false)] // truncating pre-reduction quirk
    [InlineData(FloatKind.F8E8M0FNU, "FF", "0xFF", true)]
    [InlineData(FloatKind.F4E2M1FN, "1", "5.000000e-01", false)]
    [InlineData(FloatKind.F4E2M1FN, "F", "-6.000000e+00", false)]
    public void FormatsLikeMlir(FloatKind kind, string hexBits, string expected, bool expectedHex)
    {
        UInt128 bits = UInt128.Parse(hexBits.Replace(" ", "", StringComparison.Ordinal), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        Assert.Equal(expected, FloatFormatter.Format(kind, bits, out bool hex));
        Assert.Equal(expectedHex, hex);
    }

    [Fact]
    public void DefaultApFloatStringUsesUpperCaseExponent()
    {
        UInt128 bits = (ulong)BitConverter.DoubleToInt64Bits(1.0000000000000001e300);
        Assert.Equal("1.0000000000000001E+300", FloatFormatter.FormatApFloat(FloatKind.F64, bits));
        Assert.Equal("+Inf", FloatFormatter.FormatApFloat(FloatKind.F64, 0x7FF0000000000000));
        Assert.Equal("NaN", FloatFormatter.FormatApFloat(FloatKind.F64, 0x7FF8000000000000));
        Assert.Equal("0", FloatFormatter.FormatApFloat(FloatKind.F64, 0));
    }

    [Fact]
    public void EveryF16PatternReadsBackFromItsDecimalForm()
    {
        for (int i = 0; i < 0x10000; i++)
        {
            string text = FloatFormatter.Format(FloatKind.F16, (UInt128)i, out bool hex);
            if (hex)
            {
                Assert.True(double.IsNaN((double)BitConverter.UInt16BitsToHalf((ushort)i)) || Half.IsInfinity(BitConverter.UInt16BitsToHalf((ushort)i)), text);
                continue;
            }

            Assert.True(FloatParser.TryParseDecimalExact(FloatKind.F16, text, out UInt128 back));
            Assert.Equal((UInt128)i, back);
        }
    }
}
