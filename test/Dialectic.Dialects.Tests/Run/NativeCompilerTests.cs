using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Run;
using Xunit;

namespace Dialectic.Dialects.Tests.Run;

/// <summary>Compiling LLVM IR and the runtime with clang through a private cache, and calling the result through
/// <see cref="ExecutionEngine"/>.</summary>
public sealed class NativeCompilerTests : IDisposable
{
    private const string Ir = """
        define i64 @answer() {
          ret i64 42
        }

        define float @half() {
          ret float 5.000000e-01
        }

        define double @ninf() {
          ret double 0xFFF0000000000000
        }

        define double @nan() {
          ret double 0x7FF8000000000000
        }

        define i64 @round() {
          ret i64 3
        }

        define i64 @calls_round() {
          %1 = call i64 @round()
          ret i64 %1
        }
        """;

    private readonly string dir =
        Path.Combine(Path.GetTempPath(), "dialectic-compiler-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(dir))
            Directory.Delete(dir, recursive: true);
    }

    private NativeCompiler Compiler() => new(LlvmToolchain.Require(), new ArtifactCache(dir));

    [ToolFact(RunHarness.Clang)]
    public void ArtifactsAreKeyedByTextAndOptLevelAndReused()
    {
        NativeCompiler compiler = Compiler();
        string o0 = compiler.CompileLlvmIr(Ir, 0);
        string o2 = compiler.CompileLlvmIr(Ir, 2);
        Assert.NotEqual(o0, o2);
        DateTime written = File.GetLastWriteTimeUtc(o0);
        Thread.Sleep(20);
        Assert.Equal(o0, compiler.CompileLlvmIr(Ir, 0));
        Assert.Equal(written, File.GetLastWriteTimeUtc(o0));
        Assert.NotEqual(o0, compiler.CompileLlvmIr(Ir + "\n", 0));
        Assert.Equal(compiler.CompileRuntime(), compiler.CompileRuntime());
    }

    [ToolFact(RunHarness.Clang)]
    public void ConcurrentCompilationsOfOneProgramAgree()
    {
        NativeCompiler compiler = Compiler();
        string ir = Ir + "\n; concurrency " + Guid.NewGuid().ToString("N") + "\n";
        var paths = new string[4];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => paths[i] = compiler.CompileLlvmIr(ir, 1));
        foreach (string p in paths)
            Assert.Equal(paths[0], p);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(paths[0])!));
    }

    [ToolFact(RunHarness.Clang)]
    public void TheEngineCallsFunctionsAndFormatsResultsAsLlvmDoes()
    {
        NativeCompiler compiler = Compiler();
        var engine = ExecutionEngine.Load(compiler.CompileLlvmIr(Ir, 0), compiler.CompileRuntime(), []);
        Assert.Equal(42L, engine.Invoke("answer", EntryPointResult.I64));
        Assert.Equal("5.000000e-01", engine.FormatResult(engine.Invoke("half", EntryPointResult.F32)));
        Assert.Equal("-INF", engine.FormatResult(engine.Invoke("ninf", EntryPointResult.F64)));
        Assert.Equal("nan", engine.FormatResult(engine.Invoke("nan", EntryPointResult.F64)));
        Assert.NotEqual(0, engine.Lookup("answer"));
        Assert.Equal(0, engine.Lookup("no_such_symbol"));
        Assert.Throws<NativeRunException>(() => engine.Invoke("no_such_symbol", EntryPointResult.I64));
    }

    [ToolFact(RunHarness.Clang)]
    public void CallsBetweenProgramFunctionsBindLocally()
    {
        // libm's round() is global in the process; the program's @round must win for its own calls.
        NativeCompiler compiler = Compiler();
        var engine = ExecutionEngine.Load(compiler.CompileLlvmIr(Ir, 0), compiler.CompileRuntime(), []);
        Assert.Equal(3L, engine.Invoke("calls_round", EntryPointResult.I64));
    }

    [ToolFact(RunHarness.Clang)]
    public void CompileErrorsNameTheBuffer()
    {
        var e = Assert.Throws<NativeRunException>(() => Compiler().CompileLlvmIr("define i64 @f() {\n", 0, "prog.ll"));
        Assert.Contains("failed to compile the LLVM IR:", e.Message);
        Assert.Contains("prog.ll:", e.Message);
        Assert.DoesNotContain("<stdin>", e.Message);
        Assert.Empty(Directory.GetFiles(Path.Combine(dir, "ir")));
    }
}
