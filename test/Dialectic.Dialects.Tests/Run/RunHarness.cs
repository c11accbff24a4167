using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Run;

namespace Dialectic.Dialects.Tests.Run;

/// <summary>Runs dialectic-run in process (output captured) and mlir-runner-22 as a process, for comparison.</summary>
internal static partial class RunHarness
{
    public const string Clang = "clang-22";
    public const string Runner = "mlir-runner-22";
    public const string Translate = "mlir-translate-22";
    public const string Opt = "mlir-opt-22";

    private static readonly Lazy<IReadOnlyList<string>> MlirRunnerLibs = new(FindMlirRunnerLibs);

    /// <summary>Runs <see cref="RunMain"/> with <paramref name="args"/> and <paramref name="stdin"/>.</summary>
    public static ToolResult Run(string[] args, string stdin = "", IMlirToLlvmTranslator? translator = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = RunMain.Run(args, new StringReader(stdin), stdout, stderr, translator);
        return new ToolResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Writes <paramref name="text"/> to a fresh temporary file ending in <paramref name="suffix"/>,
    /// runs dialectic-run on it with <paramref name="args"/> (before the path), deletes the file.</summary>
    public static ToolResult RunText(string text, string suffix, string[] args,
        IMlirToLlvmTranslator? translator = null)
    {
        string file = Path.Combine(Path.GetTempPath(), "dialectic-run-test-" + Guid.NewGuid().ToString("N") + suffix);
        File.WriteAllText(file, text);
        try
        {
            return Run([.. args, file], "", translator);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>mlir-runner-22 on llvm-dialect <paramref name="mlir"/>, with MLIR's runner-utils libraries.</summary>
    public static ToolResult RunMlirRunner(string mlir, string[] args)
    {
        var all = new List<string>(args);
        if (MlirRunnerLibs.Value.Count > 0)
            all.Add("--shared-libs=" + string.Join(',', MlirRunnerLibs.Value));
        return ToolProcess.RunOnText(Runner, all, mlir);
    }

    /// <summary>
    /// Runs llvm-dialect <paramref name="llvmMlir"/> under mlir-runner-22 and under dialectic-run (through
    /// <see cref="MlirTranslateTranslator"/>) with <c>-e entry -entry-point-result=type</c>; null when exit codes,
    /// standard error and standard output (memref addresses masked) agree, else a description of the first
    /// difference. mlir-runner writes the returned value through its own stream buffer, which may reach a pipe
    /// before or after the program's C output; dialectic-run prints it last, so the result line is compared apart.
    /// </summary>
    public static string? CompareWithMlirRunner(string llvmMlir, string entry, string type)
    {
        string[] args = ["-e", entry, "-entry-point-result=" + type];
        ToolResult theirs = RunMlirRunner(llvmMlir, args);
        ToolResult ours = RunText(llvmMlir, ".mlir", args, new MlirTranslateTranslator());
        if (theirs.ExitCode != ours.ExitCode)
            return $"exit codes differ: mlir-runner {theirs.ExitCode}, dialectic-run {ours.ExitCode}\n"
                + $"mlir-runner stderr:\n{theirs.Stderr}\ndialectic-run stderr:\n{ours.Stderr}";
        if (Clean(theirs.Stderr) != Clean(ours.Stderr))
            return $"stderr differs:\nmlir-runner:\n{theirs.Stderr}\ndialectic-run:\n{ours.Stderr}";
        string theirOut = NormalizeAddresses(Clean(theirs.Stdout));
        string ourOut = NormalizeAddresses(Clean(ours.Stdout));
        if (ours.ExitCode == 0 && type != "void" && ourOut.Length > 0)
        {
            // Our result line is the last; theirs is the first or the last.
            int lastStart = ourOut.LastIndexOf('\n', ourOut.Length - 2) + 1;
            string result = ourOut[lastStart..];
            ourOut = ourOut[..lastStart];
            if (theirOut.EndsWith(result, StringComparison.Ordinal)
                && (theirOut.Length == result.Length || theirOut[theirOut.Length - result.Length - 1] == '\n'))
                theirOut = theirOut[..^result.Length];
            else if (theirOut.StartsWith(result, StringComparison.Ordinal))
                theirOut = theirOut[result.Length..];
            else
                return $"mlir-runner did not print the result line {result.TrimEnd()}:\n{theirs.Stdout}";
        }
        return theirOut == ourOut ? null
            : $"stdout differs:\nmlir-runner:\n{theirOut}\ndialectic-run:\n{ourOut}";
    }

    /// <summary>mlir-opt-22 with <paramref name="flags"/> on <paramref name="mlir"/>; throws when it fails.</summary>
    public static string Lower(string mlir, string[] flags)
    {
        ToolResult r = ToolProcess.RunOnText(Opt, flags, mlir);
        if (r.ExitCode != 0)
            throw new InvalidOperationException("mlir-opt-22 failed:\n" + r.Stderr);
        return r.Stdout;
    }

    /// <summary>Replaces memref base addresses (<c>base@ = 0x...</c>), which differ from run to run.</summary>
    public static string NormalizeAddresses(string text) => BaseAddress().Replace(text, "base@ = ADDR");

    /// <summary>MLIR's libmlir_c_runner_utils and libmlir_runner_utils next to mlir-runner-22 (or in
    /// /usr/lib/llvm-22/lib), versioned names included.</summary>
    public static IReadOnlyList<string> RunnerUtilsLibraries => MlirRunnerLibs.Value;

    private static IReadOnlyList<string> FindMlirRunnerLibs()
    {
        var found = new List<string>();
        var dirs = new List<string>();
        if (ExternalTools.Find(Runner) is { } runner)
        {
            string resolved = File.ResolveLinkTarget(runner, returnFinalTarget: true)?.FullName ?? runner;
            if (Path.GetDirectoryName(resolved) is { } bin)
                dirs.Add(Path.GetFullPath(Path.Combine(bin, "..", "lib")));
        }
        dirs.Add("/usr/lib/llvm-22/lib");
        foreach (string name in new[] { "libmlir_c_runner_utils", "libmlir_runner_utils" })
        {
            foreach (string dir in dirs)
            {
                if (!Directory.Exists(dir))
                    continue;
                string exact = Path.Combine(dir, name + ".so");
                string[] versioned = Directory.GetFiles(dir, name + ".so.*");
                Array.Sort(versioned, StringComparer.Ordinal);
                string? pick = File.Exists(exact) ? exact : versioned.Length > 0 ? versioned[0] : null;
                if (pick != null)
                {
                    found.Add(pick);
                    break;
                }
            }
        }
        return found;
    }

    private static string Clean(string s) => s.Replace("\r", "");

    [GeneratedRegex("base@ = (0x[0-9a-f]+|0|\\(nil\\))")]
    private static partial Regex BaseAddress();
}
