using System.IO;
using Dialectic.Tests.Shared;
using Xunit;

namespace Dialectic.Dialects.Tests.Translate;

/// <summary>dialectic-translate's command line: input, output, splitting, errors.</summary>
public sealed class TranslateMainTests
{
    [Fact]
    public void TranslatesStandardInputToStandardOutput()
    {
        var r = TranslateHarness.Run(["--mlir-to-llvmir"], "llvm.func @f()\n");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("\ndeclare void @f()\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void WritesTheOutputFile()
    {
        string input = Path.GetTempFileName();
        string output = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, "llvm.func @g() {\n  llvm.return\n}\n");
            var r = TranslateHarness.Run([input, "-o", output, "--mlir-to-llvmir"]);
            Assert.Equal(0, r.ExitCode);
            Assert.Equal("", r.Stdout);
            Assert.Contains("define void @g() {\n  ret void\n}\n", File.ReadAllText(output));
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    [Fact]
    public void SplitInputTranslatesEachChunkAndReportsErrorsWithFileLines()
    {
        var r = TranslateHarness.Run(["--split-input-file", "-"],
            "llvm.func @a()\n// -----\nllvm.func @b() {\n  %0 = index.constant 1\n  llvm.return\n}\n// -----\nllvm.func @c()\n");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("declare void @a()", r.Stdout);
        Assert.Contains("declare void @c()", r.Stdout);
        Assert.StartsWith("<stdin>:4:8: error: cannot be converted to LLVM IR", r.Stderr);
    }

    [Fact]
    public void MissingFileAndUnknownFlagAreErrors()
    {
        var missing = TranslateHarness.Run(["/nonexistent/x.mlir"]);
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal("cannot open input file '/nonexistent/x.mlir': No such file or directory\n", missing.Stderr.Replace("\r", ""));
        var flag = TranslateHarness.Run(["--bogus"]);
        Assert.Equal(1, flag.ExitCode);
        Assert.Contains("Unknown command line argument '--bogus'", flag.Stderr);
    }

    [Fact]
    public void ParseErrorsAreLocatedDiagnostics()
    {
        var r = TranslateHarness.Run(["-"], "llvm.func @f() {\n  llvm.return %x : i32\n}\n");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("<stdin>:2:", r.Stderr);
        Assert.Contains("error:", r.Stderr);
    }

    [Fact]
    public void UnsupportedTypeIsLocatedAtItsFunction()
    {
        var r = TranslateHarness.Run(["-"], "llvm.func @ok()\nllvm.func @f(%a: vector<2x2xf32>) {\n  llvm.return\n}\n");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("<stdin>:2:1: error: cannot be converted to LLVM IR: unsupported type 'vector<2x2xf32>'", r.Stderr);
    }

    [Fact]
    public void HelpListsTheTranslation()
    {
        var r = TranslateHarness.Run(["--help"]);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--mlir-to-llvmir", r.Stdout);
    }

    [Fact]
    public void CommandLineErrorsAreMlirTranslates()
    {
        // Messages as mlir-translate-22's (less its "Translations to perform option: must be specified" lines:
        // --mlir-to-llvmir is our default).
        var missing = TranslateHarness.Run(["-o"]);
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal("dialectic-translate: for the -o option: requires a value!\n", missing.Stderr.Replace("\r", ""));
        var marker = TranslateHarness.Run(["-", "--output-split-marker"]);
        Assert.Equal("dialectic-translate: for the --output-split-marker option: requires a value!\n",
            marker.Stderr.Replace("\r", ""));
        var two = TranslateHarness.Run(["a.mlir", "b.mlir"]);
        Assert.Equal(1, two.ExitCode);
        Assert.Equal("dialectic-translate: Too many positional arguments specified!\n"
            + "Can specify at most 1 positional arguments: See: dialectic-translate --help\n", two.Stderr.Replace("\r", ""));
        var valued = TranslateHarness.Run(["--mlir-to-llvmir=1", "-"]);
        Assert.Equal(1, valued.ExitCode);
        Assert.Equal("Translations to perform option: does not allow a value! '1' specified.\n",
            valued.Stderr.Replace("\r", ""));
        var all = TranslateHarness.Run(["--bogus", "a", "b", "-o"]);
        Assert.Equal("dialectic-translate: Unknown command line argument '--bogus'.  Try: 'dialectic-translate --help'\n"
            + "dialectic-translate: for the -o option: requires a value!\n"
            + "dialectic-translate: Too many positional arguments specified!\n"
            + "Can specify at most 1 positional arguments: See: dialectic-translate --help\n", all.Stderr.Replace("\r", ""));
    }

    [Fact]
    public void ValuesMayFollowTheirFlagAndDoubleDashEndsTheFlags()
    {
        var r = TranslateHarness.Run(["--mlir-to-llvmir", "--split-input-file", "--output-split-marker", "XX", "--", "-"],
            "llvm.func @a()\n// -----\nllvm.func @b()\n");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("declare void @a()\n", r.Stdout);
        Assert.Contains("\nXX\n", r.Stdout);
        Assert.Contains("declare void @b()\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void HelpIsPrintedAsSoonAsItIsRead()
    {
        var r = TranslateHarness.Run(["--bogus", "--help", "--also-bogus"]);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("USAGE: dialectic-translate", r.Stdout);
        Assert.Equal("dialectic-translate: Unknown command line argument '--bogus'.  Try: 'dialectic-translate --help'\n",
            r.Stderr.Replace("\r", ""));
    }

    [ToolFact("clang-22")]
    public void DialecticRunExecutesLlvmDialectInputThroughThisTranslation()
    {
        string file = Path.Combine(Path.GetTempPath(), "dialectic-translate-" + System.Guid.NewGuid().ToString("N") + ".mlir");
        File.WriteAllText(file, """
            llvm.func @main() -> i64 {
              %0 = llvm.mlir.constant(40 : i64) : i64
              %1 = llvm.mlir.constant(2 : i64) : i64
              %2 = llvm.add %0, %1 : i64
              llvm.return %2 : i64
            }
            """);
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = Dialectic.Tools.Run.RunMain.Run([file, "-e", "main", "-entry-point-result=i64"],
                new StringReader(""), stdout, stderr);
            Assert.True(code == 0, stderr.ToString());
            Assert.Equal("42", stdout.ToString().Trim());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
