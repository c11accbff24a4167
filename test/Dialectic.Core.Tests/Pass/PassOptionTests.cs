using System.Collections.Generic;
using System.Text;
using Dialectic.Core.Pass;
using Dialectic.Core.Pass.TestPasses;
using Xunit;

namespace Dialectic.Core.Tests.Pass;

/// <summary>
/// Pass option parsing and printing. Expected texts were checked against mlir-opt-22, e.g.
/// <c>mlir-opt-22 in.mlir --dump-pass-pipeline --pass-pipeline='builtin.module(func.func(test-options-pass{...}))'</c>.
/// </summary>
public sealed class PassOptionTests
{
    private static string Parsed(string options)
    {
        var pass = new TestOptionsPass();
        Assert.True(pass.TryParseOptions(options, out string? error), error);
        var sb = new StringBuilder();
        pass.PrintAsTextualPipeline(sb);
        return sb.ToString();
    }

    private static string Error(string options)
    {
        var pass = new TestOptionsPass();
        Assert.False(pass.TryParseOptions(options, out string? error));
        return error!;
    }

    [Theory]
    // Defaults: an empty list prints nothing but keeps its separator; a string always prints.
    [InlineData("", "test-options-pass{enum=zero  string= }")]
    [InlineData("string=\"foo bar\"", "test-options-pass{enum=zero  string={foo bar} }")]
    [InlineData("string='a b' list=3", "test-options-pass{enum=zero list={3} string={a b} }")]
    [InlineData("string={a,b} string-list={x y,z}", "test-options-pass{enum=zero  string=a,b string-list={{x y},z}}")]
    [InlineData("list=", "test-options-pass{enum=zero list={} string= }")]
    [InlineData(" list=1 ", "test-options-pass{enum=zero list={1} string= }")]
    [InlineData("list=1,2 string=foo enum=one string-list=a,b", "test-options-pass{enum=one list={1,2} string=foo string-list={a,b}}")]
    [InlineData("list=0x10,-3,010", "test-options-pass{enum=zero list={16,-3,8} string= }")]
    [InlineData("list=1 list=2", "test-options-pass{enum=zero list={1,2} string= }")]
    [InlineData("enum=two enum=one", "test-options-pass{enum=one  string= }")]
    public void ParsesAndPrintsAsMlir(string options, string expected) => Assert.Equal(expected, Parsed(options));

    [Theory]
    [InlineData("list=1,,2", "for the --list option: '' value invalid for integer argument!")]
    [InlineData("list=a", "for the --list option: 'a' value invalid for integer argument!")]
    [InlineData("enum=three", "for the --enum option: Cannot find option named 'three'!")]
    [InlineData("list", "for the --list option: requires a value!")]
    [InlineData("string", "for the --string option: requires a value!")]
    [InlineData("foo=1", "<Pass-Options-Parser>: no such option foo\n")]
    public void ReportsErrorsInLlvmWords(string options, string expected) => Assert.Equal(expected, Error(options));

    [Fact]
    public void PassWithoutOptionsRejectsAnyOption()
    {
        var pass = new TestModulePass();
        Assert.True(pass.TryParseOptions("  ", out _));
        Assert.False(pass.TryParseOptions("x=1 y", out string? error));
        Assert.Equal("<Pass-Options-Parser>: no such option x\n", error);
    }

    private enum Mode
    {
        TopDown,
        BottomUp,
    }

    private sealed record AllKinds
    {
        [PassOption("flag", "a bool")] public bool Flag { get; init; } = true;
        [PassOption("count", "an int")] public int Count { get; init; } = 10;
        [PassOption("big", "a long")] public long Big { get; init; } = -1;
        [PassOption("u", "a uint")] public uint U { get; init; }
        [PassOption("ul", "a ulong")] public ulong UL { get; init; }
        [PassOption("ratio", "a double")] public double Ratio { get; init; } = 0.5;
        [PassOption("mode", "an enum")] public Mode Mode { get; init; }
        [PassOption("names", "a list")] public string[] Names { get; init; } = [];
        [PassOption("values", "a list")] public IReadOnlyList<long> Values { get; init; } = [];
    }

    [Fact]
    public void SchemaCoversEveryKind()
    {
        var schema = PassOptionSchema.For(typeof(AllKinds));
        Assert.Equal(["big", "count", "flag", "mode", "names", "ratio", "u", "ul", "values"], NamesOf(schema));
        Assert.Equal("{big=-1 count=10 flag=true mode=top-down  ratio=5.000000e-01 u=0 ul=0 }", schema.ToString(new AllKinds()));
        Assert.True(schema.TryParse("flag count=0b101 big=-0x10 u=7 ul=18446744073709551615 ratio=2 mode=bottom-up names=a,{b c} values=1,2",
            new AllKinds(), null, out object parsed, out string? error), error);
        var p = (AllKinds)parsed;
        Assert.True(p.Flag);
        Assert.Equal(5, p.Count);
        Assert.Equal(-16, p.Big);
        Assert.Equal(7u, p.U);
        Assert.Equal(ulong.MaxValue, p.UL);
        Assert.Equal(2.0, p.Ratio);
        Assert.Equal(Mode.BottomUp, p.Mode);
        Assert.Equal(["a", "b c"], p.Names);
        Assert.Equal([1L, 2L], p.Values);
        Assert.Equal("{big=-16 count=5 flag=true mode=bottom-up names={a,{b c}} ratio=2.000000e+00 u=7 ul=18446744073709551615 values={1,2}}",
            schema.ToString(p));
    }

    private sealed record MutableList
    {
        [PassOption("values", "a list")] public List<long> Values { get; init; } = [];
    }

    private sealed record EnumList
    {
        [PassOption("modes", "a list")] public IReadOnlyList<Mode> Modes { get; init; } = [];
    }

    [Fact]
    public void ListOptionsAreArrays()
    {
        // A list option's value is an array of its element type (what NativeAOT can build): List<T> is refused.
        var e = Assert.Throws<System.InvalidOperationException>(() => PassOptionSchema.For(typeof(MutableList)));
        Assert.Contains("unsupported type", e.Message);
        var schema = PassOptionSchema.For(typeof(EnumList));
        Assert.True(schema.TryParse("modes=bottom-up,top-down", new EnumList(), null, out object parsed, out string? error), error);
        Assert.Equal([Mode.BottomUp, Mode.TopDown], ((EnumList)parsed).Modes);
    }

    [Theory]
    [InlineData("flag=maybe", "for the --flag option: 'maybe' is invalid value for boolean argument! Try 0 or 1")]
    [InlineData("count=99999999999", "for the --count option: '99999999999' value invalid for integer argument!")]
    [InlineData("big=1x", "for the --big option: '1x' value invalid for long argument!")]
    [InlineData("u=-1", "for the -u option: '-1' value invalid for uint argument!")]
    [InlineData("ul=18446744073709551616", "for the --ul option: '18446744073709551616' value invalid for ulong argument!")]
    [InlineData("ratio=x", "for the --ratio option: 'x' value invalid for floating point argument!")]
    public void ScalarErrors(string text, string expected)
    {
        var schema = PassOptionSchema.For(typeof(AllKinds));
        Assert.False(schema.TryParse(text, new AllKinds(), null, out _, out string? error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void FalseSpellings()
    {
        var schema = PassOptionSchema.For(typeof(AllKinds));
        foreach (string f in new[] { "false", "FALSE", "False", "0" })
        {
            Assert.True(schema.TryParse("flag=" + f, new AllKinds(), null, out object parsed, out _));
            Assert.False(((AllKinds)parsed).Flag);
        }
    }

    [Fact]
    public void ParsingDoesNotChangeTheCurrentRecord()
    {
        var pass = new TestOptionsPass();
        var before = pass.Options;
        Assert.True(pass.TryParseOptions("list=1", out _));
        Assert.Empty(before.List);
        Assert.Equal([1], pass.Options.List);
        // A failed parse leaves the options as they were.
        Assert.False(pass.TryParseOptions("list=2 enum=bad", out _));
        Assert.Equal([1], pass.Options.List);
    }

    [Fact]
    public void CloneKeepsOptions()
    {
        var pass = new TestOptionsPass();
        Assert.True(pass.TryParseOptions("list= string=x", out _));
        var clone = (TestOptionsPass)pass.Clone();
        Assert.NotSame(pass, clone);
        Assert.Equal(pass.ToString(), clone.ToString());
        Assert.Equal("test-options-pass{enum=zero list={} string=x }", clone.ToString());
    }

    [Theory]
    [InlineData("TopDown", "top-down")]
    [InlineData("MaxIterations", "max-iterations")]
    [InlineData("CSE", "cse")]
    [InlineData("IRPrinting", "ir-printing")]
    public void KebabCase(string name, string expected) => Assert.Equal(expected, PassOptionSchema.KebabCase(name));

    private static string[] NamesOf(PassOptionSchema schema)
    {
        var names = new List<string>();
        foreach (var o in schema.Options)
            names.Add(o.Name);
        return names.ToArray();
    }
}
