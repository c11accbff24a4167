using System;
using System.IO;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Run;
using Xunit;

namespace Dialectic.Dialects.Tests.Run;

/// <summary>dialectic-run driven in process (native output captured): results, input kinds, and every error the
/// driver reports, with mlir-runner-22's wording where it has one.</summary>
public sealed class RunMainTests
{
    private const string Program = """
        ; ModuleID = 'LLVMDialectModule'
        source_filename = "LLVMDialectModule"

        declare void @printI64(i64)

        declare void @printNewline()

        define i64 @main() {
          call void @printI64(i64 42)
          call void @printNewline()
          ret i64 42
        }

        define i32 @g() {
          ret i32 -7
        }

        define float @f() {
          ret float 1.500000e+00
        }

        define double @d() {
          ret double -2.500000e+300
        }

        define void @v() {
          call void @printI64(i64 7)
          ret void
        }

        define i64 @args(i64 %0) {
          ret i64 %0
        }
        """;

    private static string Clean(string s) => s.Replace("\r", "");

    [ToolFact(RunHarness.Clang)]
    public void NativeOutputPrecedesTheResult()
    {
        ToolResult r = RunHarness.RunText(Program, ".ll", ["-e", "main", "-entry-point-result=i64"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("42\n42\n", Clean(r.Stdout));
        Assert.Equal("", r.Stderr);
    }

    [ToolTheory(RunHarness.Clang)]
    [InlineData("g", "i32", "-7\n")]
    [InlineData("f", "f32", "1.500000e+00\n")]
    [InlineData("d", "f64", "-2.500000e+300\n")]
    [InlineData("v", "void", "7")]
    public void ResultsArePrintedAsMlirRunnerDoes(string entry, string type, string expected)
    {
        ToolResult r = RunHarness.RunText(Program, ".ll", ["-e", entry, "-entry-point-result=" + type]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal(expected, Clean(r.Stdout));
    }

    [ToolTheory(RunHarness.Clang)]
    [InlineData("-O0")]
    [InlineData("-O1")]
    [InlineData("-O2")]
    [InlineData("-O3")]
    public void EveryOptimizationLevelRuns(string level)
    {
        ToolResult r = RunHarness.RunText(Program, ".ll", ["-e", "main", "-entry-point-result=i64", level]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("42\n42\n", Clean(r.Stdout));
    }

    [ToolFact(RunHarness.Clang)]
    public void StandardInputIsRecognizedAsLlvmIr()
    {
        ToolResult r = RunHarness.Run(["-", "-e", "g", "-entry-point-result=i32"], Program);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("-7\n", Clean(r.Stdout));
    }

    [Fact]
    public void MlirInputWithoutATranslatorIsRefused()
    {
        ToolResult r = RunHarness.Run(["-e", "main", "-entry-point-result=i64"], "func.func @main() -> i64\n");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("dialectic-run: MLIR input needs the LLVM translation, which is not available yet",
            r.Stderr);
        Assert.Single(Clean(r.Stderr).TrimEnd('\n').Split('\n'));
    }

    [ToolFact(RunHarness.Clang)]
    public void MlirInputGoesThroughTheTranslator()
    {
        var translator = new FixedTranslator(Program);
        ToolResult r = RunHarness.RunText("module {}\n", ".mlir", ["-e", "g", "-entry-point-result=i32"], translator);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("-7\n", Clean(r.Stdout));
        Assert.Equal(1, translator.Calls);
    }

    [Fact]
    public void ATranslationFailureStopsWithItsDiagnostics()
    {
        var translator = new FixedTranslator(null);
        ToolResult r = RunHarness.RunText("module {}\n", ".mlir", ["-e", "g", "-entry-point-result=i32"], translator);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("x.mlir:1:1: error: cannot translate\n", Clean(r.Stderr));
    }

    [Theory]
    [InlineData("nope", "i64", "Error: entry point not found\n")]
    [InlineData("args", "i64", "Error: JIT can't invoke a main function expecting arguments\n")]
    [InlineData("main", "void", "Error: expected void function\n")]
    [InlineData("main", "f32", "Error: only single f32 function result supported\n")]
    [InlineData("main", "f16", "Error: unsupported function type\n")]
    public void EntryPointErrorsAreMlirRunners(string entry, string type, string expected)
    {
        ToolResult r = RunHarness.RunText(Program, ".ll", ["-e", entry, "-entry-point-result=" + type]);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(expected, Clean(r.Stderr));
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void TheDefaultResultTypeIsF32()
    {
        ToolResult r = RunHarness.RunText(Program, ".ll", []);
        Assert.Equal("Error: only single f32 function result supported\n", Clean(r.Stderr));
    }

    [Fact]
    public void AMissingInputFileIsReported()
    {
        ToolResult r = RunHarness.Run(["/nonexistent/x.ll", "-e", "main"]);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("cannot open input file '/nonexistent/x.ll': No such file or directory\n", Clean(r.Stderr));
    }

    [Fact]
    public void AMissingSharedLibraryIsReportedAsMlirRunnerDoes()
    {
        ToolResult r = RunHarness.RunText(Program, ".ll",
            ["-e", "main", "-entry-point-result=i64", "--shared-libs=/nonexistent/libfoo.so"]);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("Failed to create MemoryBuffer for: /nonexistent/libfoo.so\nError: No such file or directory\n",
            Clean(r.Stderr));
    }

    [ToolFact(RunHarness.Clang)]
    public void AbsentMlirRunnerUtilsAreProvidedByTheRuntime()
    {
        ToolResult r = RunHarness.RunText(Program, ".ll",
        [
            "-e", "main", "-entry-point-result=i64",
            "--shared-libs=/nonexistent/lib/libmlir_c_runner_utils.so,/nonexistent/lib/libmlir_runner_utils.so",
        ]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("42\n42\n", Clean(r.Stdout));
    }

    [ToolFact(RunHarness.Clang, RunHarness.Runner)]
    public void MlirsOwnRunnerUtilsLoadWhenPresent()
    {
        Assert.NotEmpty(RunHarness.RunnerUtilsLibraries);
        ToolResult r = RunHarness.RunText(Program, ".ll",
        [
            "-e", "main", "-entry-point-result=i64",
            "--shared-libs=" + string.Join(',', RunHarness.RunnerUtilsLibraries),
        ]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("42\n42\n", Clean(r.Stdout));
    }

    [ToolFact(RunHarness.Clang)]
    public void InvalidIrIsReportedWithClangsDiagnosticsAndTheFileName()
    {
        ToolResult r = RunHarness.Run(["-", "-e", "main", "-entry-point-result=i64"],
            "define i64 @main() {\n  ret i64 %undefined\n}\n");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("failed to compile the LLVM IR:", r.Stderr);
        Assert.Contains("<stdin>:2:", r.Stderr);
        Assert.StartsWith("dialectic-run: ", r.Stderr);
    }

    [ToolFact(RunHarness.Clang)]
    public void AnUnresolvedSymbolIsReportedAtLoad()
    {
        ToolResult r = RunHarness.Run(["-", "-e", "main", "-entry-point-result=i64"],
            "declare i64 @dialectic_no_such_function()\ndefine i64 @main() {\n"
            + "  %1 = call i64 @dialectic_no_such_function()\n  ret i64 %1\n}\n");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("dialectic-run: the program calls 'dialectic_no_such_function', which neither the runtime "
            + "nor the --shared-libs define\n", Clean(r.Stderr));
    }

    [Fact]
    public void AMissingClangIsOneClearLine()
    {
        string empty = Directory.CreateTempSubdirectory("dialectic-noclang-").FullName;
        try
        {
            Assert.Null(LlvmToolchain.Find(empty, empty, null));
            Assert.Contains("clang-22 not found", LlvmToolchain.MissingClangMessage);
            Assert.Contains("apt-get install clang-22", LlvmToolchain.MissingClangMessage);
            Assert.Contains("DIALECTIC_LLVM_BIN", LlvmToolchain.MissingClangMessage);
            Assert.DoesNotContain('\n', LlvmToolchain.MissingClangMessage);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [ToolFact(RunHarness.Clang)]
    public void ClangIsFoundThroughDialecticLlvmBin()
    {
        string clang = ExternalTools.Require(RunHarness.Clang);
        string dir = Path.GetDirectoryName(clang)!;
        LlvmToolchain? t = LlvmToolchain.Find(dir, "", null);
        Assert.NotNull(t);
        Assert.Equal(Path.GetFullPath(clang), t.ClangPath);
    }

    [Fact]
    public void HelpListsTheOptions()
    {
        ToolResult r = RunHarness.Run(["--help"]);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--entry-point-result", r.Stdout);
        Assert.Contains("--shared-libs", r.Stdout);
    }

    [Fact]
    public void InputKindFollowsTheExtensionThenTheText()
    {
        Assert.True(RunMain.IsLlvmIr("x.ll", "module {}"));
        Assert.False(RunMain.IsLlvmIr("x.mlir", "define void @f() {"));
        Assert.True(RunMain.IsLlvmIr("-", "\n; ModuleID = 'x'\n"));
        Assert.True(RunMain.IsLlvmIr("-", "define i64 @main() {"));
        Assert.False(RunMain.IsLlvmIr("-", "// comment\nmodule {\n}"));
        Assert.False(RunMain.IsLlvmIr("-", "llvm.func @main() -> i64"));
    }

    private sealed class FixedTranslator(string? result) : IMlirToLlvmTranslator
    {
        public int Calls { get; private set; }

        public string? Translate(string mlirText, string bufferName, TextWriter diagnostics)
        {
            Calls++;
            if (result == null)
                diagnostics.WriteLine("x.mlir:1:1: error: cannot translate");
            return result;
        }
    }
}
