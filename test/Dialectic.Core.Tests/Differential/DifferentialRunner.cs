using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Opt;

namespace Dialectic.Core.Tests.Differential;

/// <summary>
/// Runs mlir-opt-22 and dialectic-opt (in process, through <see cref="OptMain.Run"/>) on a batch of programs
/// joined by <c>// -----</c> (one process per batch, <c>--split-input-file</c>), and compares outputs per chunk.
/// </summary>
internal static class DifferentialRunner
{
    public const string ToolName = "mlir-opt-22";

    public const string Separator = "// -----\n";

    /// <summary>Generates <paramref name="count"/> programs from <paramref name="seed"/>.</summary>
    public static List<string> Generate(int seed, int count, bool locationAttributes = true)
    {
        var gen = new ProgramGenerator(seed, locationAttributes);
        var programs = new List<string>(count);
        for (int i = 0; i < count; i++)
            programs.Add(gen.Next());
        return programs;
    }

    /// <summary>Joins programs into one <c>--split-input-file</c> input.</summary>
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

    /// <summary>Runs mlir-opt-22 with <paramref name="flags"/> plus <c>--split-input-file</c> on
    /// <paramref name="input"/>.</summary>
    public static ToolResult MlirOpt(string input, IReadOnlyList<string> flags) =>
        ToolProcess.RunOnText(ToolName, ["--split-input-file", .. flags], input);

    /// <summary>Runs dialectic-opt in process with <paramref name="flags"/> plus <c>--split-input-file</c>.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Dialectic(string input, IReadOnlyList<string> flags)
    {
        var args = new List<string> { "--split-input-file" };
        args.AddRange(flags);
        args.Add("-");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int rc = OptMain.Run(args.ToArray(), new StringReader(input), stdout, stderr);
        return (rc, stdout.ToString(), stderr.ToString());
    }

    /// <summary>When dialectic-opt fails on a whole batch: the first chunk it fails on alone, with its error, to
    /// make the failure reproducible; null when every chunk passes on its own.</summary>
    public static string? FirstFailingChunk(string input, IReadOnlyList<string> flags)
    {
        string[] chunks = Chunks(input);
        for (int i = 0; i < chunks.Length; i++)
        {
            var r = Dialectic(chunks[i], flags);
            if (r.ExitCode != 0)
                return "program " + i + " fails alone:\n" + r.Stderr + "\n" + chunks[i];
        }
        return null;
    }

    /// <summary>Splits a <c>--split-input-file</c> output into its chunks.</summary>
    public static string[] Chunks(string output) => output.Split(Separator);

    /// <summary>Describes the first differing line of two texts with two lines of context, or null when they
    /// are equal.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
            return null;
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        int line = 0;
        while (line < e.Length && line < a.Length && string.Equals(e[line], a[line], StringComparison.Ordinal))
            line++;
        var sb = new StringBuilder();
        sb.Append("first difference at line ").Append(line + 1).Append('\n');
        for (int i = Math.Max(0, line - 2); i < line; i++)
            sb.Append("    ").Append(e[i]).Append('\n');
        sb.Append("  - mlir-opt:  ").Append(line < e.Length ? e[line] : "<end of output>").Append('\n');
        sb.Append("  + dialectic: ").Append(line < a.Length ? a[line] : "<end of output>").Append('\n');
        if (line < e.Length && line < a.Length)
        {
            int col = 0;
            while (col < e[line].Length && col < a[line].Length && e[line][col] == a[line][col])
                col++;
            sb.Append("    (column ").Append(col + 1).Append(")\n");
        }
        return sb.ToString();
    }
}
