using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Dialectic.Tests.Shared;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// Runs a program the way a user of MLIR 22 would: <c>mlir-opt-22</c> lowers func/arith/math/scf/cf/memref to
/// the LLVM dialect (<see cref="LoweringFlags"/>), then <c>mlir-runner-22 -e main -entry-point-result=i64</c>
/// JIT-compiles and runs it and prints the returned i64. Every process has a time limit; every failure comes
/// back as a message naming the step, the command and its diagnostics, never as an exception.
/// </summary>
internal sealed class ExecRunner(int timeoutSeconds)
{
    /// <summary>Seconds each step (process or in-process tool run) may take.</summary>
    public int TimeoutSeconds { get; } = timeoutSeconds;

    public const string OptTool = "mlir-opt-22";

    public const string RunnerTool = "mlir-runner-22";

    /// <summary>The lowering to the LLVM dialect. <c>--arith-expand</c> first rewrites the ops without direct
    /// LLVM lowering (<c>ceildivsi</c>, <c>floordivsi</c>, <c>ceildivui</c>); <c>--expand-strided-metadata</c>
    /// turns subviews into pointer arithmetic before <c>--finalize-memref-to-llvm</c>.</summary>
    public static readonly string[] LoweringFlags =
    [
        "--arith-expand", "--convert-scf-to-cf", "--convert-math-to-llvm", "--expand-strided-metadata",
        "--finalize-memref-to-llvm", "--convert-arith-to-llvm", "--convert-index-to-llvm", "--convert-cf-to-llvm",
        "--convert-func-to-llvm", "--reconcile-unrealized-casts",
    ];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly Lazy<string?> RunnerUtils = new(FindRunnerUtils);

    /// <summary><c>libmlir_c_runner_utils</c> (it provides <c>memrefCopy</c> for copies between non-contiguous
    /// views), or null when it cannot be found.</summary>
    public static string? RunnerUtilsLibrary => RunnerUtils.Value;

    /// <summary>The runner's arguments before the input file.</summary>
    public static List<string> RunnerFlags()
    {
        var flags = new List<string> { "-e", "main", "-entry-point-result=i64" };
        if (RunnerUtilsLibrary is { } lib)
            flags.Add("--shared-libs=" + lib);
        return flags;
    }

    /// <summary>Runs <paramref name="tool"/> with <paramref name="args"/>; a timeout or a failure to start is
    /// reported as exit code -1 with the reason on stderr.</summary>
    public ToolResult Tool(string tool, IReadOnlyList<string> args)
    {
        string? path = ExternalTools.Find(tool);
        if (path == null)
            return new ToolResult(-1, "", "external tool '" + tool + "' not found (" + ExternalTools.InstallHint + ")");
        var psi = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
        };
        foreach (string arg in args)
            psi.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(psi);
            if (process == null)
                return new ToolResult(-1, "", "cannot start " + path);
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeoutSeconds * 1000))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new ToolResult(-1, "", tool + " did not finish within " + TimeoutSeconds
                    + " s (DIALECTIC_EXEC_TIMEOUT) and was killed");
            }
            process.WaitForExit();
            return new ToolResult(process.ExitCode, stdout.Result, stderr.Result);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException
                                      or IOException)
        {
            return new ToolResult(-1, "", "cannot run " + path + ": " + e.Message);
        }
    }

    /// <summary>Counts the operations of <paramref name="mlirPath"/> (printing it generically, unless
    /// <paramref name="generic"/> says it already is), lowers it and runs it.</summary>
    /// <param name="mlirPath">The program, in a directory of its own that receives the intermediate files.</param>
    /// <param name="generic">Whether the file is already in generic form.</param>
    /// <param name="reproPrefix">Shell commands producing <paramref name="mlirPath"/>'s content on stdout
    /// (ending in <c>|</c>), or null to read the file itself.</param>
    public ExecOutcome Execute(string mlirPath, bool generic, string? reproPrefix)
    {
        string stem = mlirPath[..^".mlir".Length];
        string lowered = stem + ".llvm.mlir";
        string repro = (reproPrefix ?? "") + OptTool + " " + string.Join(' ', LoweringFlags)
            + (reproPrefix == null ? " " + mlirPath : "") + " | " + RunnerTool + " " + string.Join(' ', RunnerFlags());
        int ops = -1;
        string? error;
        if (generic)
        {
            ops = ExecOpCounter.Count(File.ReadAllText(mlirPath));
        }
        else
        {
            string genericPath = stem + ".generic.mlir";
            var print = Tool(OptTool, ["--mlir-print-op-generic", mlirPath, "-o", genericPath]);
            if (print.ExitCode != 0)
            {
                error = "mlir-opt-22 rejects the program:\n" + Tail(print.Stderr);
                return new ExecOutcome(0, ops, error, mlirPath, OptTool + " " + mlirPath);
            }
            ops = ExecOpCounter.Count(File.ReadAllText(genericPath));
        }
        var lower = Tool(OptTool, [.. LoweringFlags, mlirPath, "-o", lowered]);
        if (lower.ExitCode != 0)
            return new ExecOutcome(0, ops, "lowering failed:\n" + Tail(lower.Stderr), mlirPath, repro);
        var run = Tool(RunnerTool, [.. RunnerFlags(), lowered]);
        if (run.ExitCode != 0)
        {
            string hint = RunnerUtilsLibrary == null
                ? "\n(libmlir_c_runner_utils was not found next to mlir-runner-22 or in /usr/lib/llvm-22/lib; it "
                  + "provides memrefCopy)"
                : "";
            return new ExecOutcome(0, ops, "mlir-runner-22 failed (exit code " + run.ExitCode + "):\n"
                + Tail(run.Stderr + run.Stdout) + hint, mlirPath, repro);
        }
        string[] lines = run.Stdout.Trim().Split('\n');
        if (!long.TryParse(lines[^1].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
                out long value))
        {
            return new ExecOutcome(0, ops, "mlir-runner-22 printed no i64:\n" + Tail(run.Stdout), mlirPath, repro);
        }
        return new ExecOutcome(value, ops, null, mlirPath, repro);
    }

    /// <summary>The last 40 lines of a tool's output.</summary>
    public static string Tail(string text)
    {
        string[] lines = text.TrimEnd().Split('\n');
        if (lines.Length <= 40)
            return text.TrimEnd();
        return "...\n" + string.Join('\n', lines, lines.Length - 40, 40);
    }

    private static string? FindRunnerUtils()
    {
        var dirs = new List<string>();
        string? configured = Environment.GetEnvironmentVariable("DIALECTIC_LLVM_BIN");
        if (!string.IsNullOrEmpty(configured))
            dirs.Add(Path.Combine(configured, "..", "lib"));
        if (ExternalTools.Find(RunnerTool) is { } runner)
        {
            string resolved = runner;
            try
            {
                resolved = File.ResolveLinkTarget(runner, returnFinalTarget: true)?.FullName ?? runner;
            }
            catch (IOException)
            {
            }
            if (Path.GetDirectoryName(resolved) is { } bin)
                dirs.Add(Path.Combine(bin, "..", "lib"));
        }
        dirs.Add("/usr/lib/llvm-22/lib");
        foreach (string dir in dirs)
        {
            if (!Directory.Exists(dir))
                continue;
            string exact = Path.Combine(dir, "libmlir_c_runner_utils.so");
            if (File.Exists(exact))
                return Path.GetFullPath(exact);
            string[] versioned = Directory.GetFiles(dir, "libmlir_c_runner_utils.so.*");
            if (versioned.Length > 0)
            {
                Array.Sort(versioned, StringComparer.Ordinal);
                return Path.GetFullPath(versioned[0]);
            }
        }
        return null;
    }
}
