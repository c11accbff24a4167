using System;
using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Affine;
using Xunit;

namespace Dialectic.Core.Tests.Affine;

/// <summary>Affine map and integer set construction, queries and printing.</summary>
public sealed class AffineMapAndSetTests
{
    private readonly Context _ctx = new();

    private AffineExpr D(int i) => AffineExpr.Dim(_ctx, i);

    private AffineExpr S(int i) => AffineExpr.Symbol(_ctx, i);

    [Fact]
    public void MapsAreUniquedAndPrinted()
    {
        var m = AffineMap.Get(_ctx, 2, 1, new[] { D(0) + S(0) * 2, D(1).FloorDiv(4) });
        Assert.Same(m, AffineMap.Get(_ctx, 2, 1, new[] { D(0) + S(0) * 2, D(1).FloorDiv(4) }));
        Assert.Equal("(d0, d1)[s0] -> (d0 + s0 * 2, d1 floordiv 4)", m.ToString());
        var sb = new StringBuilder("affine_map<");
        AffinePrinter.Print(m, sb);
        Assert.Equal("affine_map<(d0, d1)[s0] -> (d0 + s0 * 2, d1 floordiv 4)", sb.ToString());
        Assert.Equal("() -> ()", AffineMap.GetEmpty(_ctx).ToString());
        Assert.Equal("(d0)[s0] -> ()", AffineMap.Get(_ctx, 1, 1).ToString());
    }

    [Fact]
    public void IdentityAndPermutation()
    {
        var id = AffineMap.GetMultiDimIdentity(_ctx, 3);
        Assert.Equal("(d0, d1, d2) -> (d0, d1, d2)", id.ToString());
        Assert.True(id.IsIdentity);
        Assert.True(id.IsPermutation);
        var p = AffineMap.GetPermutation(_ctx, new[] { 2, 0, 1 });
        Assert.Equal("(d0, d1, d2) -> (d2, d0, d1)", p.ToString());
        Assert.False(p.IsIdentity);
        Assert.True(p.IsPermutation);
        Assert.Throws<ArgumentException>(() => AffineMap.GetPermutation(_ctx, new[] { 0, 0 }));
        Assert.False(AffineMap.Get(_ctx, 2, 0, new[] { D(0), D(0) }).IsPermutation);
    }

    [Fact]
    public void ConstantResults()
    {
        var m = AffineMap.Get(_ctx, 0, 0, new[] { AffineExpr.Constant(_ctx, 3), AffineExpr.Constant(_ctx, -1) });
        Assert.True(m.IsConstant);
        Assert.Equal(new long[] { 3, -1 }, m.GetConstantResults());
        Assert.Throws<InvalidOperationException>(() => AffineMap.GetMultiDimIdentity(_ctx, 1).GetConstantResults());
    }

    [Fact]
    public void OutOfRangeOperandsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => AffineMap.Get(_ctx, 1, 0, new[] { D(1) }));
        Assert.Throws<ArgumentException>(() => AffineMap.Get(_ctx, 1, 0, new[] { S(0) }));
    }

    [Fact]
    public void ComposeSubstitutesAndAppendsSymbols()
    {
        // (d0, d1)[s0] -> (d0 + d1 + s0)  composed with  (d0)[s0] -> (d0 * 2, s0)
        var outer = AffineMap.Get(_ctx, 2, 1, new[] { D(0) + D(1) + S(0) });
        var inner = AffineMap.Get(_ctx, 1, 1, new[] { D(0) * 2, S(0) });
        var composed = outer.Compose(inner);
        Assert.Equal("(d0)[s0, s1] -> (d0 * 2 + s1 + s0)", composed.ToString());
    }

    [Fact]
    public void IntegerSets()
    {
        var set = IntegerSet.Get(_ctx, 1, 1, new[] { D(0) - S(0), D(0).Mod(2) }, new[] { false, true });
        Assert.Equal("(d0)[s0] : (d0 - s0 >= 0, d0 mod 2 == 0)", set.ToString());
        Assert.Equal(1, set.NumEqualities);
        Assert.Equal(1, set.NumInequalities);
        var empty = IntegerSet.GetEmptySet(_ctx, 2, 0);
        Assert.Equal("(d0, d1) : (1 == 0)", empty.ToString());
        Assert.True(empty.IsEmptyIntegerSet);
        Assert.Same(empty, IntegerSet.GetEmptySet(_ctx, 2, 0));
        Assert.Equal("() : (0 == 0)", IntegerSet.GetUniverse(_ctx, 0, 0).ToString());
        Assert.Throws<ArgumentException>(() => IntegerSet.Get(_ctx, 1, 0, new[] { D(0) }, new[] { true, false }));
    }

    [Theory]
    [InlineData("(d0, d1) -> (d0 - d1)", "(d0, d1) -> (d0 - d1)")]
    [InlineData("(d0) -> (d0 * -1, -d0 + 3, d0 - 1)", "(d0) -> (-d0, -d0 + 3, d0 - 1)")]
    [InlineData("(d0, d1) -> (d0 - d1 * 3, d0 - (d1 + 1), d0 - d1 floordiv 2)",
        "(d0, d1) -> (d0 - d1 * 3, d0 - (d1 + 1), d0 - d1 floordiv 2)")]
    [InlineData("(d0)[s0] -> (-d0 floordiv 2, (d0 * s0) * 2, d0 * (s0 * 2))",
        "(d0)[s0] -> ((-d0) floordiv 2, (d0 * s0) * 2, d0 * (s0 * 2))")]
    [InlineData("(d0)[s0] -> (d0 ceildiv s0, d0 mod 7, d0 - (d0 * s0))",
        "(d0)[s0] -> (d0 ceildiv s0, d0 mod 7, d0 - d0 * s0)")]
    [InlineData("(d0) : (d0 - 1 >= 0, d0 <= 5, d0 == d0)", "(d0) : (d0 - 1 >= 0, -d0 + 5 >= 0, 0 == 0)")]
    public void PrintingMatchesMlirOpt(string input, string expected)
    {
        Assert.True(AffineParser.ParseMapOrSet(_ctx, input, out var map, out var set, out string? error, out _), error);
        Assert.Equal(expected, map is not null ? map.ToString() : set!.ToString());
    }
}
