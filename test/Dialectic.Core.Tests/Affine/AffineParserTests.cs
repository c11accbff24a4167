using Dialectic.Core.IR;
using Dialectic.Core.IR.Affine;
using Xunit;

namespace Dialectic.Core.Tests.Affine;

/// <summary>Parser behaviour and diagnostics (messages and offsets as reported by mlir-opt-22).</summary>
public sealed class AffineParserTests
{
    private readonly Context _ctx = new();

    [Fact]
    public void CustomIdentifierNamesArePrintedPositionally()
    {
        var map = AffineParser.ParseMap(_ctx, "(i, j)[N] -> (i + N, N * j)", out string? error, out _);
        Assert.Null(error);
        Assert.Equal("(d0, d1)[s0] -> (d0 + s0, d1 * s0)", map!.ToString());
        Assert.Equal("(d0) -> (d0)", AffineParser.ParseMap(_ctx, "(floordiv) -> (floordiv)", out _, out _)!.ToString());
        Assert.Equal("(d0) -> (d0)", AffineParser.ParseMap(_ctx, "(x.y$z) -> (x.y$z)", out _, out _)!.ToString());
    }

    [Fact]
    public void LiteralsAndComments()
    {
        var map = AffineParser.ParseMap(_ctx, "(d0) -> (0x10, 00012, // note\n d0)", out string? error, out _);
        Assert.Null(error);
        Assert.Equal("(d0) -> (16, 12, d0)", map!.ToString());
    }

    [Fact]
    public void EmptyConstraintListIsTrue()
    {
        Assert.Equal("(d0) : (0 == 0)", AffineParser.ParseIntegerSet(_ctx, "(d0) : ()", out _, out _)!.ToString());
    }

    [Fact]
    public void ParsingIsUniqued()
    {
        var a = AffineParser.ParseMap(_ctx, "(i)[n] -> (i + n)", out _, out _);
        var b = AffineParser.ParseMap(_ctx, "(d0)[s0] -> (s0 + d0)", out _, out _);
        Assert.Same(a, b);
    }

    [Fact]
    public void PrefixParsingStopsAfterTheClosingParenthesis()
    {
        const string text = "affine_set<(d0) : (d0 >= 0)> tail";
        Assert.True(AffineParser.ParseMapOrSetPrefix(_ctx, text, 11, out var map, out var set, out int end,
            out string? error, out _), error);
        Assert.Null(map);
        Assert.Equal("(d0) : (d0 >= 0)", set!.ToString());
        Assert.Equal('>', text[end]);
    }

    [Theory]
    [InlineData("(d0) -> (d0 * d0)", 12,
        "non-affine expression: at least one of the multiply operands has to be either a constant or symbolic")]
    [InlineData("(d0) -> (d0 floordiv d0)", 12,
        "non-affine expression: right operand of floordiv has to be either a constant or symbolic")]
    [InlineData("(d0) -> (d0 ceildiv d0)", 12,
        "non-affine expression: right operand of ceildiv has to be either a constant or symbolic")]
    [InlineData("(d0) -> (d0 mod d0)", 12,
        "non-affine expression: right operand of mod has to be either a constant or symbolic")]
    [InlineData("(d0) -> (d0 floordiv d0 * 2)", 24,
        "non-affine expression: right operand of floordiv has to be either a constant or symbolic")]
    [InlineData("(d0) -> (d1)", 9, "use of undeclared identifier")]
    [InlineData("(d0, d0) -> (d0)", 5, "redefinition of identifier 'd0'")]
    [InlineData("(d0) -> (d0 +)", 13, "missing right operand of binary operator")]
    [InlineData("(d0) -> (+ d0)", 9, "missing left operand of binary operator")]
    [InlineData("(d0) -> (())", 10, "no expression inside parentheses")]
    [InlineData("(d0) -> (-)", 10, "expected affine expression")]
    [InlineData("(d0) -> (9223372036854775808)", 9, "constant too large for index")]
    [InlineData("(d0) -> (1.5)", 9, "expected affine expression")]
    [InlineData("(d0) -> (d0", 11, "expected ')' in affine map range")]
    [InlineData("(d0) -> d0", 7, "expected '(' in affine map range")]
    [InlineData("(d0)", 4, "expected '->' or ':'")]
    [InlineData("(d0) -> (%x)", 9, "unexpected ssa identifier")]
    [InlineData("(d0,) -> (d0)", 4, "expected bare identifier")]
    [InlineData("(d0) -> (d0) foo", 12, "expected '>' in affine map")]
    [InlineData("(symbol) -> (symbol)", 19, "expected '(' at start of SSA symbol")]
    [InlineData("(d0) : (d0 >= 0)", 0, "expected AffineMap, but got IntegerSet")]
    public void MapErrorsMatchMlirOpt(string text, int offset, string message)
    {
        Assert.Null(AffineParser.ParseMap(_ctx, text, out string? error, out int errorOffset));
        Assert.Equal(message, error);
        Assert.Equal(offset, errorOffset);
    }

    [Theory]
    [InlineData("(d0) : (d0 > 0)", 13, "expected '== affine-expr' or '>= affine-expr' at end of affine constraint")]
    [InlineData("(d0) : (d0 >= 0 == 0)", 15, "expected ')' in integer set constraint list")]
    [InlineData("(d0) -> (d0)", 0, "expected IntegerSet, but got AffineMap")]
    public void SetErrorsMatchMlirOpt(string text, int offset, string message)
    {
        Assert.Null(AffineParser.ParseIntegerSet(_ctx, text, out string? error, out int errorOffset));
        Assert.Equal(message, error);
        Assert.Equal(offset, errorOffset);
    }

    [Fact]
    public void DeepNestingIsAnErrorNotACrash()
    {
        string text = "(d0) -> (" + new string('(', 5000) + "d0" + new string(')', 5000) + ")";
        Assert.Null(AffineParser.ParseMap(_ctx, text, out string? error, out _));
        Assert.NotNull(error);
        string ok = "(d0) -> (" + new string('(', 500) + "d0" + new string(')', 500) + ")";
        Assert.NotNull(AffineParser.ParseMap(_ctx, ok, out _, out _));
    }

    [Fact]
    public void LongFlatExpressionsParse()
    {
        var sb = new System.Text.StringBuilder("(d0)[s0] -> (d0");
        for (int i = 0; i < 50_000; i++)
            sb.Append(" + s0 * 2 - 1");
        sb.Append(')');
        var map = AffineParser.ParseMap(_ctx, sb.ToString(), out string? error, out _);
        Assert.Null(error);
        // Checked against mlir-opt on a short chain: the s0 * 2 terms do not merge, the constants do.
        var expected = new System.Text.StringBuilder("(d0)[s0] -> (d0");
        for (int i = 0; i < 50_000; i++)
            expected.Append(" + s0 * 2");
        expected.Append(" - 50000)");
        Assert.Equal(expected.ToString(), map!.ToString());
    }
}
