using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Opt;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// Runs mlir-opt-22 (a process per batch) and dialectic-opt (in process, through <see cref="OptMain.Run"/>) on
/// batches of programs joined by <c>// -----</c> and run with <c>--split-input-file</c>, and takes their output
/// and diagnostics apart per program.
/// </summary>
internal static partial class DiffRunner
{
    public const string ToolName = "mlir-opt-22";

    public const string Separator = "// -----\n";

    /// <summary>Joins programs (each ending in a newline) into one <c>--split-input-file</c> input.</summary>
    public static string Join(IReadOnlyList<string> programs)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < programs.Count; i++)
        {
            if (i > 0)
                sb.Append(Separator);
            sb.Append(programs[i]);
        }
        return sb.ToString();
    }

    /// <summary>The 1-based line of the joined input where each program starts.</summary>
    public static int[] StartLines(IReadOnlyList<string> programs)
    {
        var starts = new int[programs.Count];
        int line = 1;
        for (int i = 0; i < programs.Count; i++)
        {
            if (i > 0)
                line++; // the separator
            starts[i] = line;
            line += CountLines(programs[i]);
        }
        return starts;
    }

    private static int CountLines(string text)
    {
        int n = 0;
        foreach (char c in text)
            n += c == '\n' ? 1 : 0;
        return n;
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs mlir-opt-22 with <c>--split-input-file</c> and <paramref name="flags"/> on
    /// <paramref name="input"/> given on stdin, so that both tools name the buffer <c>&lt;stdin&gt;</c> in
    /// locations and diagnostics.</summary>
    public static ToolResult MlirOpt(string input, params string[] flags)
    {
        var psi = new ProcessStartInfo(ExternalTools.Require(ToolName))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Utf8,
            StandardInputEncoding = Utf8,
        };
        psi.ArgumentList.Add("--split-input-file");
        foreach (string flag in flags)
            psi.ArgumentList.Add(flag);
        psi.ArgumentList.Add("-");
        using Process process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + ToolName);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(300_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(ToolName + " did not finish within 300 s.");
        }
        return new ToolResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs dialectic-opt in process with <c>--split-input-file</c> and <paramref name="flags"/>.</summary>
    public static ToolResult Dialectic(string input, params string[] flags)
    {
        var args = new List<string> { "--split-input-file" };
        args.AddRange(flags);
        args.Add("-");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int rc = OptMain.Run(args.ToArray(), new StringReader(input), stdout, stderr);
        return new ToolResult(rc, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Splits a <c>--split-input-file</c> output into one text per program.</summary>
    public static string[] Chunks(string output) => output.Split(Separator);

    /// <summary>One <c>file:line:col: severity: message</c> diagnostic.</summary>
    public sealed record Diagnostic(int Line, int Column, string Severity, string Message);

    [GeneratedRegex(@"^(?:.*?):(\d+):(\d+): (error|warning|note|remark): (.*)$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticPattern();

    /// <summary>The located diagnostics of a tool's stderr, in order.</summary>
    public static List<Diagnostic> Diagnostics(string stderr)
    {
        var result = new List<Diagnostic>();
        foreach (Match m in DiagnosticPattern().Matches(stderr))
        {
            result.Add(new Diagnostic(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), m.Groups[3].Value,
                m.Groups[4].Value.TrimEnd('\r')));
        }
        return result;
    }

    /// <summary>The first error of each program (null where it has none), from absolute diagnostic lines.</summary>
    public static Diagnostic?[] FirstErrors(string stderr, int[] startLines)
    {
        var first = new Diagnostic?[startLines.Length];
        foreach (var d in Diagnostics(stderr))
        {
            if (d.Severity != "error")
                continue;
            int chunk = ChunkOf(d.Line, startLines);
            if (chunk >= 0 && first[chunk] == null)
                first[chunk] = d;
        }
        return first;
    }

    private static int ChunkOf(int line, int[] startLines)
    {
        int lo = 0, hi = startLines.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (startLines[mid] <= line)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    /// <summary>The first differing line of two texts with context, or null when they are equal.</summary>
    public static string? FirstDifference(string expected, string actual, string expectedName = "mlir-opt",
        string actualName = "dialectic")
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
            return null;
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        int line = 0;
        while (line < e.Length && line < a.Length && string.Equals(e[line], a[line], StringComparison.Ordinal))
            line++;
        var sb = new StringBuilder();
        sb.Append("first difference at output line ").Append(line + 1).Append('\n');
        for (int i = System.Math.Max(0, line - 2); i < line; i++)
            sb.Append("    ").Append(e[i]).Append('\n');
        sb.Append("  - ").Append(expectedName).Append(": ").Append(line < e.Length ? e[line] : "<end of output>").Append('\n');
        sb.Append("  + ").Append(actualName).Append(": ").Append(line < a.Length ? a[line] : "<end of output>").Append('\n');
        return sb.ToString();
    }

    /// <summary>The first differing lines of two texts (null when equal or when one has ended).</summary>
    public static (string Expected, string Actual)? FirstDifferingLines(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        int line = 0;
        while (line < e.Length && line < a.Length && string.Equals(e[line], a[line], StringComparison.Ordinal))
            line++;
        if (line >= e.Length && line >= a.Length)
            return null;
        return (line < e.Length ? e[line] : "<end of output>", line < a.Length ? a[line] : "<end of output>");
    }

    [GeneratedRegex(@"^-?\d+: \^")]
    private static partial Regex SwitchCasePattern();

    [GeneratedRegex(@"""?\b([a-z_][a-z0-9_]*\.[a-z_][a-z0-9_.]*)\b""?")]
    private static partial Regex OpNamePattern();

    /// <summary>The operation named on a line of IR (<c>arith.addi</c>, <c>func.return</c> for <c>return</c>), or
    /// a description when there is none.</summary>
    public static string OpOnLine(string line)
    {
        string trimmed = line.Trim();
        if (trimmed.StartsWith("^", StringComparison.Ordinal))
            return "(block header)";
        if (trimmed == "return" || trimmed.StartsWith("return ", StringComparison.Ordinal))
            return "func.return";
        if (trimmed.StartsWith("}", StringComparison.Ordinal))
            return "(region end: " + trimmed + ")";
        if (trimmed.StartsWith("case ", StringComparison.Ordinal) || trimmed == "default {")
            return "scf.index_switch";
        // The case lines of a multi-line cf.switch: "default: ^bb1," or "42: ^bb2(...)".
        if (trimmed.StartsWith("default: ^", StringComparison.Ordinal) || SwitchCasePattern().IsMatch(trimmed))
            return "cf.switch";
        int eq = trimmed.IndexOf(" = ", StringComparison.Ordinal);
        string rest = eq >= 0 && trimmed.StartsWith('%') ? trimmed[(eq + 3)..] : trimmed;
        var m = OpNamePattern().Match(rest);
        return m.Success && m.Index <= 1 ? m.Groups[1].Value : "(" + (rest.Length > 30 ? rest[..30] : rest) + ")";
    }

    /// <summary>Line <paramref name="line"/> (1-based) of a text split into <paramref name="lines"/>, or "".</summary>
    public static string LineOf(string[] lines, int line) =>
        line >= 1 && line <= lines.Length ? lines[line - 1] : "";
}
