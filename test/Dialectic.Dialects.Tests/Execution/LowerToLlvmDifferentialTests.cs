// End-to-end differential tests of `dialectic-opt --lower-to-llvm` and dialectic-run.
//
// What they do
//   For each seed, ExecProgramGenerator writes a UB-free func/arith/math/scf/cf/memref program whose @main returns
//   an i64 checksum. The reference is MLIR 22's: mlir-opt-22 <ExecRunner.LoweringFlags> | mlir-runner-22 -e main
//   -entry-point-result=i64. Ours: dialectic-opt --lower-to-llvm (in process, OptMain.Run), whose output must
//     (1) contain only llvm-dialect ops inside the module,
//     (2) be accepted by mlir-translate-22 --mlir-to-llvmir, and
//     (3) print the reference value under mlir-runner-22, and
//     (4) print it under dialectic-run -e main -entry-point-result=i64 (in process, RunMain.Run).
//   A failure names the seed, the files (the temporary directory is kept then) and the command lines.
//
// Knobs: DIALECTIC_EXEC_SEEDS (default 1..24), DIALECTIC_EXEC_DUMP, DIALECTIC_EXEC_TIMEOUT, as for
// CanonicalizeCseDifferentialTests. The test skips without mlir-opt-22/mlir-runner-22/mlir-translate-22/clang-22
// and fails instead under DIALECTIC_REQUIRE_TOOLS=1.
//
// Example: DIALECTIC_EXEC_SEEDS=200 dotnet test test/Dialectic.Dialects.Tests --filter FullyQualifiedName~LowerToLlvm

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Opt;
using Dialectic.Tools.Run;
using Xunit;
using Xunit.Abstractions;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// <c>dialectic-opt --lower-to-llvm | dialectic-run</c> against <c>mlir-opt-22 | mlir-runner-22</c> on generated
/// programs; see the comment at the top of this file.
/// </summary>
public sealed class LowerToLlvmDifferentialTests(ITestOutputHelper output)
{
    private const int MaxReported = 8;

    private const string Translate = "mlir-translate-22";

    // dialectic-run redirects the process's file descriptors 1 and 2 around a native call: one at a time.
    private static readonly object RunLock = new();

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [ToolFact(ExecRunner.OptTool, ExecRunner.RunnerTool, Translate, "clang-22")]
    public void LowerToLlvmRunsGeneratedProgramsAsMlirDoes()
    {
        string? dump = ExecSettings.DumpDirectory;
        string workDir = dump != null
            ? Path.GetFullPath(dump)
            : Path.Combine(Path.GetTempPath(), "dialectic-lower-" + Environment.ProcessId + "-"
                + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(workDir);
        var runner = new ExecRunner(ExecSettings.TimeoutSeconds);
        var seeds = ExecSettings.Seeds;
        var failures = new string?[seeds.Count];
        Parallel.For(0, seeds.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var c = new ExecCase(seeds[i], workDir);
            c.RunOriginal(runner);
            if (c.Original is not { Ok: true } reference)
            {
                failures[i] = "seed " + c.Seed + ": the MLIR reference does not run (a generator bug): "
                    + c.Original?.Error;
                return;
            }
            failures[i] = CheckOurs(c, runner, reference.Value);
        });

        int total = 0, failed = 0;
        var report = new StringBuilder();
        for (int i = 0; i < seeds.Count; i++)
        {
            total++;
            if (failures[i] == null)
                continue;
            failed++;
            if (failed <= MaxReported)
                report.Append(failures[i]).Append('\n');
        }
        output.WriteLine($"{total - failed} of {total} programs lowered by dialectic-opt --lower-to-llvm run as under "
            + $"MLIR 22; files in {workDir}");
        if (failed == 0)
        {
            if (dump == null)
                TryDelete(workDir);
            return;
        }
        if (failed > MaxReported)
            report.Append("... and ").Append(failed - MaxReported).Append(" more\n");
        Assert.Fail($"{failed} of {total} programs fail the --lower-to-llvm check (files kept in "
            + "{workDir}):\n{report}");
    }

    [Fact]
    public void LowerToLlvmLeavesOnlyLlvmOps()
    {
        const string program = """
            func.func @f(%c: i1, %n: index, %m: memref<?xf32>) -> i64 {
              %c0 = arith.constant 0 : index
              %c1 = arith.constant 1 : index
              %z = arith.constant 0 : i64
              %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %z) -> (i64) {
                %v = memref.load %m[%i] : memref<?xf32>
                %s = math.sqrt %v : f32
                %t = arith.fptosi %s : f32 to i64
                %u = scf.if %c -> (i64) {
                  %w = arith.addi %acc, %t : i64
                  scf.yield %w : i64
                } else {
                  scf.yield %acc : i64
                }
                scf.yield %u : i64
              }
              cf.br ^bb1(%r : i64)
            ^bb1(%x: i64):
              return %x : i64
            }
            """;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = OptMain.Run(["--lower-to-llvm", "-"], new StringReader(program), stdout, stderr);
        Assert.True(rc == 0, stderr.ToString());
        string text = stdout.ToString();
        Assert.Null(FirstNonLlvmOp(text));
        Assert.Contains("llvm.func @f(", text, StringComparison.Ordinal);
        Assert.Contains("llvm.cond_br", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LowerToLlvmPipelineIsRegisteredWithItsPasses()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = OptMain.Run(["--lower-to-llvm", "--dump-pass-pipeline", "-"], new StringReader("module {}\n"), stdout,
            stderr);
        Assert.True(rc == 0, stderr.ToString());
        string dumped = stdout.ToString() + stderr.ToString();
        Assert.Contains("convert-scf-to-cf", dumped, StringComparison.Ordinal);
        Assert.Contains("convert-cf-to-llvm", dumped, StringComparison.Ordinal);
        Assert.Contains("reconcile-unrealized-casts", dumped, StringComparison.Ordinal);
    }

    /// <summary>Lowers the case's program with dialectic-opt, checks the result with mlir-translate-22 and runs it
    /// with dialectic-run; null when it prints <paramref name="expected"/>, else what went wrong.</summary>
    private static string? CheckOurs(ExecCase c, ExecRunner runner, long expected)
    {
        string lowered = Path.Combine(c.Directory, "ours.lower-to-llvm.mlir");
        string repro = "dialectic-opt --lower-to-llvm " + c.ProgramPath + " | dialectic-run -e main "
            + "-entry-point-result=i64";
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var opt = Task.Run(() => OptMain.Run(["--lower-to-llvm", "-"], new StringReader(c.Program.Text), stdout,
            stderr));
        if (!opt.Wait(TimeSpan.FromSeconds(runner.TimeoutSeconds)))
            return Failure(c, "dialectic-opt --lower-to-llvm did not finish within " + runner.TimeoutSeconds + " s",
                repro);
        if (opt.Result != 0)
            return Failure(c, "dialectic-opt --lower-to-llvm failed:\n" + ExecRunner.Tail(stderr.ToString()), repro);
        string text = stdout.ToString();
        File.WriteAllText(lowered, text, Utf8);
        if (FirstNonLlvmOp(text) is { } leftover)
            return Failure(c, "the output still holds '" + leftover + "' (" + lowered + ")", repro);

        var translate = runner.Tool(Translate, ["--mlir-to-llvmir", lowered]);
        if (translate.ExitCode != 0)
            return Failure(c, "mlir-translate-22 --mlir-to-llvmir rejects our output " + lowered + ":\n"
                + ExecRunner.Tail(translate.Stderr), repro);

        // MLIR's own runner on our llvm-dialect output: checks the lowering apart from our translation.
        var mlirRun = runner.Tool(ExecRunner.RunnerTool, [.. ExecRunner.RunnerFlags(), lowered]);
        string[] mlirLines = mlirRun.Stdout.Trim().Split('\n');
        if (mlirRun.ExitCode != 0 || !long.TryParse(mlirLines[^1].Trim(), NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out long mlirValue))
            return Failure(c, "mlir-runner-22 cannot run our output " + lowered + ":\n"
                + ExecRunner.Tail(mlirRun.Stderr + mlirRun.Stdout), repro);
        if (mlirValue != expected)
            return Failure(c, "mlir-runner-22 prints " + mlirValue + " for our output, " + expected
                + " for MLIR's lowering", repro);

        int rc;
        var runOut = new StringWriter();
        var runErr = new StringWriter();
        lock (RunLock)
            rc = RunMain.Run([lowered, "-e", "main", "-entry-point-result=i64"], new StringReader(""), runOut, runErr);
        if (rc != 0)
            return Failure(c, "dialectic-run failed (exit code " + rc + "):\n" + ExecRunner.Tail(runErr.ToString()),
                repro);
        string[] lines = runOut.ToString().Trim().Split('\n');
        if (!long.TryParse(lines[^1].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
            out long value))
            return Failure(c, "dialectic-run printed no i64:\n" + ExecRunner.Tail(runOut.ToString()), repro);
        if (value != expected)
            return Failure(c, "dialectic-run prints " + value + ", mlir-runner-22 " + expected, repro);
        return null;
    }

    /// <summary>The name of the first op, in custom form, that is neither in the llvm dialect nor the module.</summary>
    private static string? FirstNonLlvmOp(string text)
    {
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.TrimStart();
            if (line.Length == 0 || line[0] == '^' || line[0] == '}' || line[0] == ']'
                || line.StartsWith("module", StringComparison.Ordinal)
                || line.StartsWith("//", StringComparison.Ordinal))
                continue;
            int eq = line.IndexOf(" = ", StringComparison.Ordinal);
            string rest = line[0] == '%' && eq > 0 ? line[(eq + 3)..] : line;
            int end = 0;
            while (end < rest.Length && (char.IsLetterOrDigit(rest[end]) || rest[end] is '.' or '_'))
                end++;
            string name = rest[..end];
            if (name.Length == 0 || !name.Contains('.', StringComparison.Ordinal))
                continue;
            if (!name.StartsWith("llvm.", StringComparison.Ordinal))
                return name;
        }
        return null;
    }

    private static string Failure(ExecCase c, string what, string repro) =>
        "seed " + c.Seed + ": " + what.Replace("\n", "\n    ") + "\n  program: " + c.ProgramPath + "\n  reproduce: "
        + repro + "\n  regenerate: DIALECTIC_EXEC_SEEDS=" + c.Seed + "-" + c.Seed
        + " dotnet test test/Dialectic.Dialects.Tests --filter FullyQualifiedName~LowerToLlvm";

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
