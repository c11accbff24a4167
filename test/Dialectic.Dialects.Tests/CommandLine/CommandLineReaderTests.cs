using System.Collections.Generic;
using System.IO;
using Dialectic.Tools.CommandLine;
using Xunit;

namespace Dialectic.Dialects.Tests.CommandLine;

/// <summary>The shared LLVM-style command-line reader: tokens, values and llvm::cl's messages (as mlir-opt-22
/// writes them, with the tool's name).</summary>
public sealed class CommandLineReaderTests
{
    private static (CommandLineReader Reader, StringWriter Errors) Reader(params string[] args)
    {
        var errors = new StringWriter();
        return (new CommandLineReader("tool", args, errors), errors);
    }

    private static string Text(StringWriter errors) => errors.ToString().Replace("\r", "");

    /// <summary>Each argument as (positional?, name, inline value, raw argument).</summary>
    private static List<(bool, string, string?, string)> Tokens(params string[] args)
    {
        var (reader, _) = Reader(args);
        var tokens = new List<(bool, string, string?, string)>();
        while (reader.MoveNext())
            tokens.Add((reader.IsPositional, reader.Name, reader.InlineValue, reader.Argument));
        return tokens;
    }

    [Fact]
    public void PositionalsAndFlagsWithOneOrTwoDashes()
    {
        Assert.Equal(
        [
            (true, "", null, "in.mlir"),
            (false, "o", null, "-o"),
            (false, "verify-each", null, "--verify-each"),
            (false, "split-input-file", "a=b", "--split-input-file=a=b"),
            (false, "x", "", "-x="),
            (false, "-three", null, "---three"),
        ], Tokens("in.mlir", "-o", "--verify-each", "--split-input-file=a=b", "-x=", "---three"));
    }

    [Fact]
    public void DashIsStandardInputAndAnEmptyArgumentIsPositional()
    {
        Assert.Equal([(true, "", null, "-"), (true, "", null, "")], Tokens("-", ""));
        var (reader, _) = Reader("-");
        while (reader.MoveNext()) { }
        Assert.True(reader.Finish());
        Assert.Equal("-", reader.InputOrStdin);
    }

    [Fact]
    public void NoPositionalMeansStandardInput()
    {
        var (reader, _) = Reader("--flag");
        while (reader.MoveNext()) { }
        Assert.Equal("-", reader.InputOrStdin);
        Assert.Empty(reader.Positionals);
    }

    [Fact]
    public void DoubleDashEndsTheFlagsOnce()
    {
        Assert.Equal([(false, "a", null, "-a"), (true, "", null, "--b"), (true, "", null, "--")],
            Tokens("-a", "--", "--b", "--"));
    }

    [Fact]
    public void ValueAfterEqualsOrAsTheNextArgumentWhateverItLooksLike()
    {
        var (reader, errors) = Reader("-o=out", "-o", "--weird", "--o", "-", "in");
        var values = new List<string>();
        while (reader.MoveNext())
        {
            if (!reader.IsPositional)
                values.Add(reader.TakeValue());
        }
        Assert.True(reader.Finish());
        Assert.Equal(["out", "--weird", "-"], values);
        Assert.Equal(["in"], reader.Positionals);
        Assert.Equal("", Text(errors));
    }

    [Fact]
    public void MissingValueIsLlvmsMessageWithOneOrTwoDashes()
    {
        var (reader, errors) = Reader("x", "--pass-pipeline=p", "-o");
        while (reader.MoveNext())
        {
            if (!reader.IsPositional)
                reader.TakeValue();
        }
        Assert.False(reader.Finish());
        Assert.Equal("tool: for the -o option: requires a value!\n", Text(errors));

        (reader, errors) = Reader("--pass-pipeline");
        Assert.True(reader.MoveNext());
        Assert.False(reader.TryTakeValue(out string value));
        Assert.Equal("", value);
        Assert.True(reader.HasErrors);
        Assert.Equal("tool: for the --pass-pipeline option: requires a value!\n", Text(errors));
    }

    [Fact]
    public void UnknownArgumentQuotesItAsGiven()
    {
        var (reader, errors) = Reader("---bogus=1");
        Assert.True(reader.MoveNext());
        reader.ReportUnknown();
        Assert.False(reader.Finish());
        Assert.Equal("tool: Unknown command line argument '---bogus=1'.  Try: 'tool --help'\n", Text(errors));
    }

    [Theory]
    [InlineData("--b", true)]
    [InlineData("--b=", true)]
    [InlineData("--b=true", true)]
    [InlineData("--b=TRUE", true)]
    [InlineData("--b=True", true)]
    [InlineData("--b=1", true)]
    [InlineData("--b=false", false)]
    [InlineData("--b=FALSE", false)]
    [InlineData("--b=False", false)]
    [InlineData("--b=0", false)]
    public void BoolSpellingsAreLlvms(string arg, bool expected)
    {
        var (reader, errors) = Reader(arg, "next");
        Assert.True(reader.MoveNext());
        Assert.Equal(expected, reader.BoolValue());
        // A boolean flag never takes the next argument.
        Assert.True(reader.MoveNext());
        Assert.True(reader.IsPositional);
        Assert.Equal("", Text(errors));
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("tRue")]
    [InlineData("yes")]
    [InlineData("2")]
    public void OtherBoolSpellingsAreRefusedInLlvmsWords(string value)
    {
        var (reader, errors) = Reader("--verify-each=" + value);
        Assert.True(reader.MoveNext());
        Assert.False(reader.BoolValue());
        Assert.True(reader.HasErrors);
        Assert.Equal($"tool: for the --verify-each option: '{value}' is invalid value for boolean argument! Try 0 or 1\n",
            Text(errors));
    }

    [Theory]
    [InlineData("0", 0u)]
    [InlineData("16", 16u)]
    [InlineData("0x10", 16u)]
    [InlineData("0X1f", 31u)]
    [InlineData("010", 8u)]
    [InlineData("0o17", 15u)]
    [InlineData("0b11", 3u)]
    [InlineData("4294967295", 4294967295u)]
    public void UnsignedValuesSenseTheirRadix(string text, uint expected)
    {
        Assert.True(CommandLineReader.TryParseUnsigned(text, out uint value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("+3")]
    [InlineData(" 3")]
    [InlineData("0x")]
    [InlineData("09")]
    [InlineData("many")]
    [InlineData("4294967296")]
    public void BadUnsignedValuesAreRefused(string text)
    {
        Assert.False(CommandLineReader.TryParseUnsigned(text, out _));
        var (reader, errors) = Reader("--num=" + text);
        Assert.True(reader.MoveNext());
        Assert.Equal(0u, reader.UnsignedValue());
        Assert.Equal($"tool: for the --num option: '{text}' value invalid for uint argument!\n", Text(errors));
    }

    [Fact]
    public void UnsignedValueMayBeTheNextArgument()
    {
        var (reader, errors) = Reader("--n", "12");
        Assert.True(reader.MoveNext());
        Assert.Equal(12u, reader.UnsignedValue());
        Assert.False(reader.MoveNext());
        Assert.Equal("", Text(errors));
    }

    [Fact]
    public void DisallowedValueIsLlvmsMessage()
    {
        var (reader, errors) = Reader("--help", "--help=0");
        Assert.True(reader.MoveNext());
        Assert.True(reader.NoValue());
        Assert.True(reader.MoveNext());
        Assert.False(reader.NoValue());
        Assert.Equal("tool: for the --help option: does not allow a value! '0' specified.\n", Text(errors));
    }

    [Fact]
    public void TooManyPositionalsIsReportedLastOnTwoLines()
    {
        var (reader, errors) = Reader("a.mlir", "b.mlir", "--bogus");
        while (reader.MoveNext())
        {
            if (!reader.IsPositional)
                reader.ReportUnknown();
        }
        Assert.False(reader.Finish());
        Assert.Equal("tool: Unknown command line argument '--bogus'.  Try: 'tool --help'\n"
            + "tool: Too many positional arguments specified!\n"
            + "Can specify at most 1 positional arguments: See: tool --help\n", Text(errors));
        Assert.Equal("a.mlir", reader.InputOrStdin);
    }

    [Fact]
    public void PositionalLimitIsTheTools()
    {
        var errors = new StringWriter();
        var reader = new CommandLineReader("tool", ["a", "b", "c"], errors, maxPositionals: 2);
        while (reader.MoveNext()) { }
        Assert.False(reader.Finish());
        Assert.EndsWith("Can specify at most 2 positional arguments: See: tool --help\n", Text(errors));
    }

    [Fact]
    public void ErrorsDoNotStopTheWalk()
    {
        var (reader, errors) = Reader("--ab=x", "--b", "c");
        int flags = 0;
        while (reader.MoveNext())
        {
            if (!reader.IsPositional)
            {
                flags++;
                reader.BoolValue();
            }
        }
        Assert.Equal(2, flags);
        Assert.Equal(["c"], reader.Positionals);
        Assert.False(reader.Finish());
        Assert.Equal("tool: for the --ab option: 'x' is invalid value for boolean argument! Try 0 or 1\n", Text(errors));
    }

    [Fact]
    public void OptionSpellingHasOneDashForOneLetter()
    {
        Assert.Equal("-o", CommandLineReader.OptionSpelling("o"));
        Assert.Equal("--O3", CommandLineReader.OptionSpelling("O3"));
    }
}
