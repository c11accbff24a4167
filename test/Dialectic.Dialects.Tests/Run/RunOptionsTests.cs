using System.IO;
using Dialectic.Tools.Run;
using Xunit;

namespace Dialectic.Dialects.Tests.Run;

/// <summary>dialectic-run's command line, spelled as mlir-runner-22's.</summary>
public sealed class RunOptionsTests
{
    private static RunOptions Parse(params string[] args)
    {
        var errors = new StringWriter();
        Assert.True(RunOptions.TryParse(args, errors, "dialectic-run", out RunOptions options), errors.ToString());
        return options;
    }

    private static string ParseError(params string[] args)
    {
        var errors = new StringWriter();
        Assert.False(RunOptions.TryParse(args, errors, "dialectic-run", out _));
        return errors.ToString();
    }

    [Fact]
    public void DefaultsAreMlirRunners()
    {
        RunOptions o = Parse();
        Assert.Equal("-", o.Input);
        Assert.Equal("main", o.EntryPoint);
        Assert.Equal("f32", o.EntryPointResultText);
        Assert.Null(o.OptLevel);
        Assert.Empty(o.SharedLibs);
    }

    [Fact]
    public void AcceptsOneOrTwoDashesAndValuesAfterEqualsOrSeparate()
    {
        RunOptions o = Parse("x.ll", "-e", "f", "-entry-point-result=i64", "--shared-libs=a.so,b.so",
            "-shared-libs", "c.so", "-O3");
        Assert.Equal("x.ll", o.Input);
        Assert.Equal("f", o.EntryPoint);
        Assert.Equal("i64", o.EntryPointResultText);
        Assert.Equal(["a.so", "b.so", "c.so"], o.SharedLibs);
        Assert.Equal(3, o.OptLevel);
        Assert.Equal("g", Parse("--e=g").EntryPoint);
        Assert.Equal("void", Parse("--entry-point-result", "void").EntryPointResultText);
    }

    [Fact]
    public void TheLastResultTypeAndTheLowestOptLevelWin()
    {
        RunOptions o = Parse("-entry-point-result=i64", "-entry-point-result=i32", "-O3", "--O1", "-O2");
        Assert.Equal("i32", o.EntryPointResultText);
        Assert.Equal(1, o.OptLevel);
    }

    [Fact]
    public void DashIsStandardInput() => Assert.Equal("-", Parse("-", "-e", "main").Input);

    [Fact]
    public void UnknownArgumentIsLlvmsMessage() =>
        Assert.Equal("dialectic-run: Unknown command line argument '--foo'.  Try: 'dialectic-run --help'\n",
            ParseError("--foo").Replace("\r", ""));

    [Fact]
    public void MissingValueIsReported() =>
        Assert.Equal("dialectic-run: for the -e option: requires a value!\n",
            ParseError("x.ll", "-e").Replace("\r", ""));

    [Fact]
    public void TwoInputsAreReportedOnTwoLines() =>
        Assert.Equal("dialectic-run: Too many positional arguments specified!\n"
            + "Can specify at most 1 positional arguments: See: dialectic-run --help\n",
            ParseError("a.ll", "b.ll").Replace("\r", ""));

    [Fact]
    public void LongOptionNamesHaveTwoDashesInMessages()
    {
        Assert.Equal("dialectic-run: for the --entry-point-result option: requires a value!\n",
            ParseError("-entry-point-result").Replace("\r", ""));
        Assert.Equal("dialectic-run: for the --shared-libs option: requires a value!\n",
            ParseError("x.ll", "-shared-libs").Replace("\r", ""));
    }

    [Fact]
    public void EveryErrorIsReportedTooManyPositionalsLast() =>
        Assert.Equal("dialectic-run: Unknown command line argument '--bogus'.  Try: 'dialectic-run --help'\n"
            + "dialectic-run: for the --O2 option: 'x' is invalid value for boolean argument! Try 0 or 1\n"
            + "dialectic-run: for the -e option: requires a value!\n"
            + "dialectic-run: Too many positional arguments specified!\n"
            + "Can specify at most 1 positional arguments: See: dialectic-run --help\n",
            ParseError("a.ll", "--bogus", "b.ll", "-O2=x", "-e").Replace("\r", ""));

    [Fact]
    public void DoubleDashEndsTheFlags()
    {
        Assert.Equal("--bogus", Parse("-e", "f", "--", "--bogus").Input);
        Assert.StartsWith("dialectic-run: Too many positional arguments specified!", ParseError("--", "a.ll", "-O3"));
    }

    [Fact]
    public void OptLevelsAreBooleanFlags()
    {
        Assert.Equal(2, Parse("-O0", "-O0=0", "-O3=1", "--O2=true").OptLevel);
        Assert.Null(Parse("-O1=false").OptLevel);
    }

    [Fact]
    public void HelpTakesNoValueAndIsHonouredAsSoonAsItIsRead()
    {
        Assert.Equal("dialectic-run: for the --help option: does not allow a value! '1' specified.\n",
            ParseError("--help=1").Replace("\r", ""));
        var errors = new StringWriter();
        Assert.True(RunOptions.TryParse(["--bogus", "--help", "a", "b"], errors, "dialectic-run", out RunOptions o));
        Assert.True(o.Help);
        Assert.Equal("dialectic-run: Unknown command line argument '--bogus'.  Try: 'dialectic-run --help'\n",
            errors.ToString().Replace("\r", ""));
    }

    [Theory]
    [InlineData("void", EntryPointResult.Void)]
    [InlineData("i32", EntryPointResult.I32)]
    [InlineData("i64", EntryPointResult.I64)]
    [InlineData("f32", EntryPointResult.F32)]
    [InlineData("f64", EntryPointResult.F64)]
    public void ResultTypes(string text, EntryPointResult expected)
    {
        Assert.True(Parse("-entry-point-result=" + text).TryGetEntryPointResult(out EntryPointResult r));
        Assert.Equal(expected, r);
    }

    [Fact]
    public void UnknownResultTypeIsNotAParseError() =>
        Assert.False(Parse("-entry-point-result=f16").TryGetEntryPointResult(out _));
}
