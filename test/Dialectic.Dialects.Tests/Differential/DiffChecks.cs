using System;
using System.Collections.Generic;
using Dialectic.Tests.Shared;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>The comparisons of the differential tests, each adding its disagreements to a report.</summary>
internal static class DiffChecks
{
    /// <summary>
    /// Compares dialectic-opt's output <paramref name="actual"/> on the programs <paramref name="inputs"/> (joined
    /// as they were run) with <paramref name="expected"/> program by program. A program dialectic-opt rejects is
    /// reported with its first error and the operation on the error's line.
    /// </summary>
    public static void CompareOutputs(MismatchReport report, string kind, IReadOnlyList<int> seeds,
        IReadOnlyList<string> programs, IReadOnlyList<string> inputs, string[] expected, ToolResult actual)
    {
        string[] got = DiffRunner.Chunks(actual.Stdout);
        var errors = DiffRunner.FirstErrors(actual.Stderr, DiffRunner.StartLines(inputs));
        string joined = DiffRunner.Join(inputs);
        string[] joinedLines = joined.Split('\n');
        for (int i = 0; i < inputs.Count; i++)
        {
            if (errors[i] is { } error)
            {
                string line = DiffRunner.LineOf(joinedLines, error.Line);
                report.Add(new Mismatch(kind + ": rejected", seeds[i], DiffRunner.OpOnLine(line), "(accepted)",
                    error.Message, "at input line: " + line.Trim() + "\n", programs[i]));
                continue;
            }
            string want = i < expected.Length ? expected[i] : "";
            string have = i < got.Length ? got[i] : "";
            if (want == have)
                continue;
            if (have.Length == 0 && actual.ExitCode != 0)
            {
                string firstError = FirstLine(actual.Stderr);
                report.Add(new Mismatch(kind + ": rejected", seeds[i], "(unlocated error)", "(accepted)", firstError,
                    "", programs[i]));
                continue;
            }
            AddLineDifferences(report, kind, seeds[i], programs[i], want, have);
        }
    }

    /// <summary>
    /// Reports the first differing line of a program's output and, when both outputs have the same number of lines
    /// (the usual case of a misprinted operation), every other differing line about another operation, so one run
    /// shows all the operations a program trips over.
    /// </summary>
    private static void AddLineDifferences(MismatchReport report, string kind, int seed, string program, string want,
        string have)
    {
        var lines = DiffRunner.FirstDifferingLines(want, have)!.Value;
        string firstOp = DiffRunner.OpOnLine(lines.Expected);
        report.Add(new Mismatch(kind, seed, firstOp, lines.Expected.Trim(), lines.Actual.Trim(),
            DiffRunner.FirstDifference(want, have) ?? "", program));
        string[] e = want.Split('\n');
        string[] a = have.Split('\n');
        if (e.Length != a.Length)
            return;
        var seen = new HashSet<string>(StringComparer.Ordinal) { firstOp };
        for (int k = 0; k < e.Length; k++)
        {
            if (e[k] == a[k])
                continue;
            string op = DiffRunner.OpOnLine(e[k]);
            if (seen.Add(op))
                report.Add(new Mismatch(kind, seed, op, e[k].Trim(), a[k].Trim(), "", program));
        }
    }

    private static string FirstLine(string text)
    {
        int nl = text.IndexOf('\n');
        return nl < 0 ? text : text[..nl];
    }

    /// <summary>For the reducer: the mismatch key of each of <paramref name="programs"/> when compared as
    /// <paramref name="kind"/> with <paramref name="flags"/>; null where mlir-opt rejects it or nothing
    /// differs.</summary>
    public static string?[] ClassifyDirect(List<string> programs, string kind, string[] flags)
    {
        string joined = DiffRunner.Join(programs);
        int[] starts = DiffRunner.StartLines(programs);
        var mlir = DiffRunner.MlirOpt(joined, flags);
        var mlirErrors = DiffRunner.FirstErrors(mlir.Stderr, starts);
        string[] expected = DiffRunner.Chunks(mlir.Stdout);
        var ours = DiffRunner.Dialectic(joined, flags);
        var indices = new List<int>();
        for (int i = 0; i < programs.Count; i++)
            indices.Add(i);
        var report = new MismatchReport();
        CompareOutputs(report, kind, indices, programs, programs, expected, ours);
        var keys = new string?[programs.Count];
        foreach (var m in report.All)
            keys[m.Seed] = m.Key;
        for (int i = 0; i < programs.Count; i++)
        {
            if (mlirErrors[i] != null || i >= expected.Length || expected[i].Length == 0)
                keys[i] = null;
        }
        return keys;
    }

    /// <summary>The reducer's classifier for a mismatch of a direct comparison (custom or generic form).</summary>
    public static Func<List<string>, string?[]>? DirectClassifier(Mismatch m)
    {
        if (m.Kind.StartsWith("custom", StringComparison.Ordinal))
            return programs => ClassifyDirect(programs, "custom", []);
        if (m.Kind.StartsWith("generic", StringComparison.Ordinal))
            return programs => ClassifyDirect(programs, "generic", ["--mlir-print-op-generic"]);
        if (m.Kind.StartsWith("debuginfo", StringComparison.Ordinal))
            return programs => ClassifyDirect(WithExplicitModules(programs), "debuginfo", ["--mlir-print-debuginfo"]);
        return null;
    }

    /// <summary>Runs both tools on <paramref name="corpus"/> with <paramref name="flags"/> and compares.</summary>
    public static void CompareDirect(MismatchReport report, string kind, DiffCorpus corpus, params string[] flags) =>
        CompareDirect(report, kind, corpus.Seed, corpus.ProgramSeeds, corpus.Programs, flags);

    /// <summary>Runs both tools on <paramref name="programs"/> with <paramref name="flags"/> and compares.</summary>
    public static void CompareDirect(MismatchReport report, string kind, int batchSeed, IReadOnlyList<int> seeds,
        IReadOnlyList<string> programs, params string[] flags)
    {
        string joined = DiffRunner.Join(programs);
        var expected = DiffRunner.MlirOpt(joined, flags);
        var actual = DiffRunner.Dialectic(joined, flags);
        DiffDump.Write($"{kind}-{batchSeed}.expected.mlir", expected.Stdout);
        DiffDump.Write($"{kind}-{batchSeed}.actual.mlir", actual.Stdout);
        CompareOutputs(report, kind, seeds, programs, programs, DiffRunner.Chunks(expected.Stdout), actual);
    }

    /// <summary>Each program inside an explicit <c>module { }</c> (so no implicit module, whose location differs
    /// between the tools after a split marker: a core matter, not a dialect one).</summary>
    public static List<string> WithExplicitModules(IReadOnlyList<string> programs)
    {
        var result = new List<string>(programs.Count);
        foreach (string p in programs)
            result.Add(p.StartsWith("module", StringComparison.Ordinal) ? p : "module {\n" + p + "}\n");
        return result;
    }

    /// <summary>
    /// Round trips: dialectic-opt's own custom output parsed again by dialectic-opt prints the same text; mlir-opt's
    /// custom and generic outputs parsed by dialectic-opt print what mlir-opt prints for them.
    /// </summary>
    public static void CompareRoundTrips(MismatchReport report, DiffCorpus corpus)
    {
        var ours = DiffRunner.Dialectic(corpus.Joined);
        string[] ourChunks = DiffRunner.Chunks(ours.Stdout);
        // Only the programs dialectic-opt printed take part in its own round trip, and only those whose custom output
        // mlir-opt can parse back itself (it prints cf.switch case values it then rejects as too large).
        string[] mlirOwnAgain = DiffRunner.Chunks(DiffRunner.MlirOpt(DiffRunner.MlirOpt(corpus.Joined).Stdout).Stdout);
        var ownSeeds = new List<int>();
        var ownPrograms = new List<string>();
        var printed = new List<string>();
        for (int i = 0; i < corpus.Programs.Count && i < ourChunks.Length; i++)
        {
            if (ourChunks[i].Length == 0 || i >= mlirOwnAgain.Length || mlirOwnAgain[i].Length == 0)
                continue;
            ownSeeds.Add(corpus.ProgramSeeds[i]);
            ownPrograms.Add(corpus.Programs[i]);
            printed.Add(ourChunks[i]);
        }
        var again = DiffRunner.Dialectic(DiffRunner.Join(printed));
        CompareOutputs(report, "round trip (ours -> ours)", ownSeeds, ownPrograms, printed, printed.ToArray(), again);

        foreach (int variant in new[] { 0, 1, 2 })
        {
            // 0: mlir-opt's custom output; 1: its generic output; 2: the generic output with properties written
            // as attributes.
            var mlir = variant == 0
                ? DiffRunner.MlirOpt(corpus.Joined)
                : DiffRunner.MlirOpt(corpus.Joined, "--mlir-print-op-generic");
            if (variant == 2)
                mlir = mlir with { Stdout = PropertiesAsAttributes.Rewrite(mlir.Stdout) };
            string kind = variant switch
            {
                0 => "round trip (mlir -> ours)",
                1 => "round trip (mlir generic -> ours)",
                _ => "round trip (mlir generic, properties as attributes -> ours)",
            };
            string[] mlirChunks = DiffRunner.Chunks(mlir.Stdout);
            var expected = DiffRunner.MlirOpt(mlir.Stdout);
            var actual = DiffRunner.Dialectic(mlir.Stdout);
            // Programs whose output mlir-opt cannot parse back (an upstream printer/parser disagreement) are left
            // out: there is nothing to compare with.
            string[] expectedChunks = DiffRunner.Chunks(expected.Stdout);
            var keep = new List<int>();
            for (int i = 0; i < mlirChunks.Length && i < expectedChunks.Length; i++)
            {
                if (expectedChunks[i].Length > 0)
                    keep.Add(i);
            }
            if (keep.Count < mlirChunks.Length)
            {
                var inputs = new List<string>();
                var seeds = new List<int>();
                var programs = new List<string>();
                var want = new List<string>();
                foreach (int i in keep)
                {
                    inputs.Add(mlirChunks[i]);
                    seeds.Add(corpus.ProgramSeeds[i]);
                    programs.Add(corpus.Programs[i]);
                    want.Add(expectedChunks[i]);
                }
                actual = DiffRunner.Dialectic(DiffRunner.Join(inputs));
                CompareOutputs(report, kind, seeds, programs, inputs, want.ToArray(), actual);
                continue;
            }
            CompareOutputs(report, kind, corpus.ProgramSeeds, corpus.Programs, mlirChunks, expectedChunks, actual);
        }
    }
}
