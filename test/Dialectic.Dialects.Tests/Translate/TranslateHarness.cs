using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Translate;

namespace Dialectic.Dialects.Tests.Translate;

/// <summary>Runs Dialectic's MLIR-to-LLVM-IR translation in process and LLVM's tools on its output.</summary>
internal static class TranslateHarness
{
    public const string MlirOpt = "mlir-opt-22";
    public const string MlirTranslate = "mlir-translate-22";
    public const string LlvmAs = "llvm-as-22";
    public const string LlvmOpt = "opt-22";
    public const string Lli = "lli-22";

    /// <summary>Runs <see cref="TranslateMain"/> with <paramref name="args"/> and <paramref name="stdin"/>.</summary>
    public static ToolResult Run(string[] args, string stdin = "")
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = TranslateMain.Run(args, new StringReader(stdin), stdout, stderr);
        return new ToolResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Our translation of <paramref name="mlir"/>; throws with the diagnostics when it fails.</summary>
    public static string Translate(string mlir)
    {
        var diagnostics = new StringWriter();
        return LlvmIrTranslator.Instance.Translate(mlir, "input.mlir", diagnostics)
            ?? throw new InvalidOperationException("translation failed:\n" + diagnostics + "\ninput:\n" + mlir);
    }

    /// <summary>mlir-translate-22's translation, or null when it refuses the input.</summary>
    public static string? TranslateUpstream(string mlir)
    {
        var r = ToolProcess.RunOnText(MlirTranslate, ["--mlir-to-llvmir"], mlir);
        return r.ExitCode == 0 ? r.Stdout : null;
    }

    /// <summary>llvm-as-22's complaint about <paramref name="ir"/>, or null when it assembles (and verifies).</summary>
    public static string? AssemblerError(string ir)
    {
        var r = ToolProcess.RunOnText(LlvmAs, ["-o", "/dev/null"], ir, ".ll");
        return r.ExitCode == 0 ? null : r.Stderr;
    }

    /// <summary>
    /// <paramref name="ir"/> after <c>opt-22 -O2</c>, without comments, attribute groups and blank lines: two
    /// translations that behave alike normally read alike here (constants folded, names renumbered).
    /// </summary>
    public static string Normalize(string ir)
    {
        var r = ToolProcess.RunOnText(LlvmOpt, ["-S", "-O2"], ir, ".ll");
        if (r.ExitCode != 0)
            throw new InvalidOperationException("opt-22 failed: " + r.Stderr + "\non:\n" + ir);
        var sb = new StringBuilder();
        foreach (string raw in r.Stdout.Split('\n'))
        {
            string line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith(';') || line.StartsWith("source_filename", StringComparison.Ordinal)
                || line.StartsWith("attributes #", StringComparison.Ordinal))
                continue;
            sb.Append(StripAttributeRefs(line)).Append('\n');
        }
        return sb.ToString();
    }

    private static string StripAttributeRefs(string line)
    {
        int at = line.IndexOf(" #", StringComparison.Ordinal);
        while (at >= 0 && at + 2 < line.Length && char.IsDigit(line[at + 2]))
        {
            int end = at + 2;
            while (end < line.Length && char.IsDigit(line[end]))
                end++;
            line = line.Remove(at, end - at);
            at = line.IndexOf(" #", StringComparison.Ordinal);
        }
        return line;
    }

    /// <summary>Runs <paramref name="ir"/> with lli-22: exit code (main's result, truncated by the OS) and output.</summary>
    public static ToolResult Execute(string ir) => ToolProcess.RunOnText(Lli, [], ir, ".ll");

    /// <summary>The chunks of <paramref name="text"/> split on <c>// -----</c> lines.</summary>
    public static List<string> Split(string text)
    {
        var chunks = new List<string>();
        var current = new StringBuilder();
        foreach (string line in text.Split('\n'))
        {
            if (line.Trim() == "// -----")
            {
                chunks.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(line).Append('\n');
        }
        chunks.Add(current.ToString());
        return chunks;
    }

    /// <summary>
    /// <paramref name="mlir"/> lowered to the llvm dialect by mlir-opt-22 (<c>--test-lower-to-llvm</c>, else
    /// <c>--convert-to-llvm --reconcile-unrealized-casts</c>); null when neither pipeline accepts it.
    /// </summary>
    public static string? Lower(string mlir)
    {
        foreach (string[] flags in new[] { new[] { "--test-lower-to-llvm" }, new[] { "--convert-to-llvm", "--reconcile-unrealized-casts" } })
        {
            var r = ToolProcess.RunOnText(MlirOpt, flags, mlir);
            if (r.ExitCode == 0)
                return r.Stdout;
        }
        return null;
    }
}
