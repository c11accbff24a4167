using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Affine;
using Xunit;

namespace Dialectic.Core.Tests.Affine;

/// <summary>
/// Construction-time simplification of affine expressions (expected texts checked against mlir-opt-22).
/// </summary>
public sealed class AffineExprTests
{
    private readonly Context _ctx = new();

    private AffineExpr D(int i) => AffineExpr.Dim(_ctx, i);

    private AffineExpr S(int i) => AffineExpr.Symbol(_ctx, i);

    private AffineExpr C(long v) => AffineExpr.Constant(_ctx, v);

    [Fact]
    public void LeavesAndNodesAreUniqued()
    {
        Assert.Same(D(0), D(0));
        Assert.Same(S(3), S(3));
        Assert.Same(C(-7), C(-7));
        Assert.NotSame(D(0), S(0));
        Assert.Same(D(0) + S(1) * 2, D(0) + S(1) * 2);
        Assert.Same(D(0).FloorDiv(S(0)), D(0).FloorDiv(S(0)));
    }

    [Theory]
    [InlineData(7, 2, 3, 4, 1)]
    [InlineData(-7, 2, -4, -3, 1)]
    [InlineData(7, -2, -4, -3, 7)]
    [InlineData(-7, -2, 3, 4, -7)]
    [InlineData(0, 5, 0, 0, 0)]
    public void ConstantDivisionFolds(long a, long b, long floor, long ceil, long mod)
    {
        Assert.Equal(floor, ((AffineConstantExpr)C(a).FloorDiv(b)).Value);
        Assert.Equal(ceil, ((AffineConstantExpr)C(a).CeilDiv(b)).Value);
        // mod folds only for a positive modulus; "7 mod -2" stays unfolded, as in mlir-opt.
        var m = C(a).Mod(b);
        if (b > 0)
            Assert.Equal(mod, ((AffineConstantExpr)m).Value);
        else
            Assert.IsType<AffineBinaryOpExpr>(m);
    }

    [Fact]
    public void OverflowingFoldsAreKeptNotThrown()
    {
        // c1 + c2 overflowing stays a binary node.
        Assert.Equal("9223372036854775807 + 1", (C(long.MaxValue) + 1).ToString());
        Assert.Equal("-9223372036854775808 floordiv -1", C(long.MinValue).FloorDiv(-1).ToString());
        // (x + c1) + c2 wraps, exactly as mlir-opt.
        Assert.Equal("d0 - -9223372036854775808", (D(0) + long.MaxValue + 1).ToString());
        Assert.Equal("d0 * -2", (D(0) * long.MaxValue * 2).ToString());
    }

    [Fact]
    public void AddCanonicalization()
    {
        // c + x -> x + c;  s + d -> d + s
        Assert.Equal("d0 + 4", (4 + D(0)).ToString());
        Assert.Equal("d0 + s0", (S(0) + D(0)).ToString());
        // d1 + d0 -> d0 + d1;  s1 + s0 -> s0 + s1
        Assert.Equal("d0 + d1", (D(1) + D(0)).ToString());
        Assert.Equal("s0 + s1", (S(1) + S(0)).ToString());
        // x + 0 -> x;  (x + c1) + c2 -> x + (c1 + c2)
        Assert.Same(D(0), D(0) + 0);
        Assert.Equal("d0 + 5", (D(0) + 2 + 3).ToString());
        // (x + c) + y -> (x + y) + c
        Assert.Equal("d0 + d1 + 1", (D(1) + 1 + D(0)).ToString());
        // x * c1 + x * c2 -> x * (c1 + c2)
        Assert.Equal("d0 * 5", (D(0) * 2 + D(0) * 3).ToString());
        Assert.Equal("d0 * 2", (D(0) + D(0)).ToString());
        Assert.Same(C(0), D(0) - D(0));
    }

    [Fact]
    public void ModIsRecognisedInSums()
    {
        // x - (x floordiv c) * c -> x mod c
        Assert.Equal("d0 mod 4", (D(0) - D(0).FloorDiv(4) * 4).ToString());
        // x - (x floordiv q) * q -> x mod q (symbolic q)
        Assert.Equal("d0 mod s0", (D(0) - D(0).FloorDiv(S(0)) * S(0)).ToString());
        // (a + b) + (b floordiv c) * -c -> a + b mod c
        Assert.Equal("d0 + d1 mod 4", (D(0) + D(1) + D(1).FloorDiv(4) * -4).ToString());
        // Negative divisors are not turned into mod.
        Assert.Equal("d0 + (d0 floordiv -4) * 4", (D(0) + D(0).FloorDiv(-4) * 4).ToString());
    }

    [Fact]
    public void MulCanonicalization()
    {
        Assert.Equal("d0 * 3", (3 * D(0)).ToString());
        Assert.Equal("d0 * s0", (S(0) * D(0)).ToString());
        Assert.Equal("s0 * s1", (S(1) * S(0)).ToString());
        Assert.Same(D(0), D(0) * 1);
        Assert.Same(C(0), D(0) * 0);
        Assert.Equal("d0 * 6", (D(0) * 2 * 3).ToString());
        // (x * c) * y -> (x * y) * c
        Assert.Equal("(d0 * s0) * 2", (D(0) * 2 * S(0)).ToString());
        Assert.Equal("-d0", (-D(0)).ToString());
        Assert.Same(D(0), -(-D(0)));
    }

    [Fact]
    public void DivisionAndModSimplifications()
    {
        Assert.Same(D(0), D(0).FloorDiv(1));
        Assert.Same(D(0), D(0).CeilDiv(1));
        Assert.Equal("d0 floordiv -1", D(0).FloorDiv(-1).ToString());
        Assert.Equal("d0 * 2", (D(0) * 128).FloorDiv(64).ToString());
        Assert.Equal("d0 * -2", (D(0) * 4).FloorDiv(-2).ToString());
        Assert.Equal("(d0 * 6) floordiv 4", (D(0) * 6).FloorDiv(4).ToString());
        Assert.Equal("d0 * 2 + 1", (D(0) * 4 + 3).FloorDiv(2).ToString());
        Assert.Equal("(d0 * 4 + 3) ceildiv 2", (D(0) * 4 + 3).CeilDiv(2).ToString());
        Assert.Same(C(0), D(0).Mod(1));
        Assert.Same(C(0), (D(0) * 128).Mod(64));
        Assert.Equal("d0 mod 4", (D(0) + S(0) * 4).Mod(4).ToString());
        Assert.Equal("d0 mod 2", D(0).Mod(4).Mod(2).ToString());
        Assert.Equal("(d0 mod 2) mod 4", D(0).Mod(2).Mod(4).ToString());
        Assert.Equal("d0 mod 0", D(0).Mod(0).ToString());
        Assert.Equal("d0 floordiv 0", D(0).FloorDiv(0).ToString());
    }

    [Fact]
    public void Predicates()
    {
        Assert.True((S(0) * S(1) + 3).IsSymbolicOrConstant);
        Assert.False((D(0) + 3).IsSymbolicOrConstant);
        Assert.True((D(0) * 3 + S(0)).IsPureAffine);
        Assert.False((D(0) * S(0)).IsPureAffine);
        Assert.False(D(0).FloorDiv(S(0)).IsPureAffine);
        Assert.Equal(64, (D(0) * 128).FloorDiv(2).LargestKnownDivisor);
        Assert.True((D(0) * 8 + S(0) * 4).IsMultipleOf(4));
        Assert.True((D(0) + S(2)).IsFunctionOfSymbol(2));
        Assert.False((D(0) + S(2)).IsFunctionOfDim(1));
    }

    [Fact]
    public void WalkIsPostOrder()
    {
        var seen = new List<string>();
        (D(0) + S(0) * 2).Walk(e => seen.Add(e.ToString()));
        Assert.Equal(new[] { "d0", "s0", "2", "s0 * 2", "d0 + s0 * 2" }, seen);
    }

    [Fact]
    public void ReplaceResimplifies()
    {
        var e = D(0) + D(1) * 2;
        var replaced = e.ReplaceDimsAndSymbols(new[] { S(0), S(0) }, ReadOnlySpan<AffineExpr>.Empty);
        Assert.Equal("s0 * 3", replaced.ToString());
        Assert.Equal("d0 + 14", e.ReplaceDims(new[] { D(0), C(7) }).ToString());
        Assert.Same(e, e.ReplaceSymbols(new[] { D(5) }));
    }

    [Fact]
    public void DeepExpressionsDoNotOverflowTheStack()
    {
        var e = D(0);
        for (int i = 0; i < 100_000; i++)
            e = (e * S(0)).FloorDiv(S(1));
        Assert.Equal(200_000, e.Depth);
        string text = e.ToString();
        Assert.StartsWith("((((", text, StringComparison.Ordinal);
        int count = 0;
        e.Walk(_ => count++);
        Assert.Equal(400_001, count);
        Assert.NotSame(e, e.ReplaceSymbols(new[] { S(1), S(0) }));
    }

    [Fact]
    public void MixingContextsThrows()
    {
        var other = new Context();
        Assert.Throws<ArgumentException>(() => D(0) + AffineExpr.Dim(other, 0));
    }
}
