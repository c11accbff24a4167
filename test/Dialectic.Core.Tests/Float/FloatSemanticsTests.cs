using System;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support.Float;
using Xunit;

namespace Dialectic.Core.Tests.Float;

/// <summary>The semantics table and the bit-level decoding of the non-IEEE formats.</summary>
public sealed class FloatSemanticsTests
{
    [Theory]
    [InlineData(FloatKind.F16, 11, -14, 15, 16, 15)]
    [InlineData(FloatKind.BF16, 8, -126, 127, 16, 127)]
    [InlineData(FloatKind.F80, 64, -16382, 16383, 80, 16383)]
    [InlineData(FloatKind.F128, 113, -16382, 16383, 128, 16383)]
    [InlineData(FloatKind.TF32, 11, -126, 127, 19, 127)]
    [InlineData(FloatKind.F8E4M3B11FNUZ, 4, -10, 4, 8, 11)]
    [InlineData(FloatKind.F8E5M2FNUZ, 3, -15, 15, 8, 16)]
    [InlineData(FloatKind.F8E8M0FNU, 1, -127, 127, 8, 127)]
    [InlineData(FloatKind.F4E2M1FN, 2, 0, 2, 4, 1)]
    public void TableMatchesLlvm(FloatKind kind, int precision, int minExp, int maxExp, int width, int bias)
    {
        FloatSemantics s = FloatSemantics.Of(kind);
        Assert.Equal(precision, s.Precision);
        Assert.Equal(minExp, s.MinExponent);
        Assert.Equal(maxExp, s.MaxExponent);
        Assert.Equal(width, s.BitWidth);
        Assert.Equal(bias, s.ExponentBias);
    }

    [Fact]
    public void EveryKindHasSemantics()
    {
        foreach (FloatKind kind in Enum.GetValues<FloatKind>())
        {
            Assert.Equal(kind, FloatSemantics.Of(kind).Kind);
        }
    }

    [Theory]
    [InlineData(FloatKind.F8E4M3FN, 0x7F, FloatCategory.NaN)]
    [InlineData(FloatKind.F8E4M3FN, 0x78, FloatCategory.Normal)]
    [InlineData(FloatKind.F8E4M3FNUZ, 0x80, FloatCategory.NaN)]
    [InlineData(FloatKind.F8E4M3FNUZ, 0xFF, FloatCategory.Normal)]
    [InlineData(FloatKind.F8E5M2, 0x7C, FloatCategory.Infinity)]
    [InlineData(FloatKind.F6E3M2FN, 0x1F, FloatCategory.Normal)]
    [InlineData(FloatKind.F8E8M0FNU, 0x00, FloatCategory.Normal)]
    [InlineData(FloatKind.F8E8M0FNU, 0xFF, FloatCategory.NaN)]
    [InlineData(FloatKind.F16, 0x8000, FloatCategory.Zero)]
    public void DecodesCategories(FloatKind kind, int bits, FloatCategory expected)
    {
        Assert.Equal(expected, FloatBits.Decode(kind, (UInt128)bits).Category);
    }

    [Fact]
    public void X87UnnormalsAreNaNAndPseudoDenormalsAreNormal()
    {
        UInt128 unnormal = (UInt128)0x3FFF << 64;
        Assert.Equal(FloatCategory.NaN, FloatBits.Decode(FloatKind.F80, unnormal).Category);
        Assert.Equal((UInt128)0x7FFF << 64, FloatBits.Canonicalize(FloatKind.F80, unnormal));
        UInt128 pseudoDenormal = UInt128.One << 63;
        Assert.Equal(FloatCategory.Normal, FloatBits.Decode(FloatKind.F80, pseudoDenormal).Category);
        Assert.Equal((UInt128.One << 64) | pseudoDenormal, FloatBits.Canonicalize(FloatKind.F80, pseudoDenormal));
    }

    [Fact]
    public void SpecialPatterns()
    {
        Assert.Equal((UInt128)0x7FF8000000000000, FloatBits.NaN(FloatSemantics.Of(FloatKind.F64), false));
        Assert.Equal((UInt128)0xFF, FloatBits.NaN(FloatSemantics.Of(FloatKind.F8E4M3FN), true));
        Assert.Equal((UInt128)0x80, FloatBits.NaN(FloatSemantics.Of(FloatKind.F8E5M2FNUZ), false));
        Assert.Equal((UInt128)0x7E, FloatBits.MaxFinite(FloatSemantics.Of(FloatKind.F8E4M3FN), false));
        Assert.Equal((UInt128)0xFE, FloatBits.MaxFinite(FloatSemantics.Of(FloatKind.F8E8M0FNU), false));
        Assert.Equal((UInt128)0x7, FloatBits.MaxFinite(FloatSemantics.Of(FloatKind.F4E2M1FN), false));
        Assert.Equal(((UInt128)0x7FFF << 64) | (UInt128.One << 63), FloatBits.Infinity(FloatSemantics.Of(FloatKind.F80), false));
    }
}
