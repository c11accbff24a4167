using System;
using System.Collections.Generic;
using System.Globalization;
using Dialectic.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// Test B: valid generated programs broken by one <see cref="Mutator"/> edit, in custom form (parser errors) and
/// in mlir-opt's generic form (verifier errors). Where mlir-opt-22 rejects a mutant, dialectic-opt must reject it
/// too, with its first error on the same line; where mlir-opt accepts it, dialectic-opt must accept it.
/// </summary>
public sealed class InvalidIrDifferentialTests(ITestOutputHelper output)
{
    private sealed record Mutant(int Seed, string Operator, string Program, string Text);

    [ToolFact(DiffRunner.ToolName)]
    public void MutantsAreRejectedAtTheSameLine()
    {
        var report = new MismatchReport();
        var wording = new MismatchReport();
        int compared = 0, accepted = 0, mutantCount = 0;
        foreach (int seed in DiffSettings.Seeds)
        {
            var corpus = DiffCorpus.Get(seed, DiffSettings.ProgramsPerSeed, DiffSettings.Dialects);
            var mutants = MakeMutants(corpus, seed);
            mutantCount += mutants.Count;
            var (c, a) = Compare(report, wording, mutants, seed);
            compared += c;
            accepted += a;
        }
        string title = $"invalid IR: {mutantCount} mutants, {compared} rejected by mlir-opt-22 and compared, "
            + $"{accepted} accepted by mlir-opt-22";
        output.WriteLine(title + ", " + report.Count + " mismatches");
        if (wording.Count > 0)
        {
            // Not a failure unless DIALECTIC_DIFF_STRICT_MESSAGES=1: same line, other column or wording.
            string wordingPath = wording.WriteFull("invalid-wording", title + " (same line, other column or wording)");
            output.WriteLine(wording.Count + " errors on the right line differ in column or wording: " + wordingPath);
        }
        Assert.True(compared > 0, "no mutant was rejected by mlir-opt-22");
        if (report.Count > 0)
        {
            report.ReduceExamples(12, _ => ClassifyForReduction, TimeSpan.FromSeconds(20), ReductionKey);
            string path = report.WriteFull("invalid", title);
            Assert.Fail(report.Render(title, 12, 2500) + "\nfull report: " + path);
        }
    }

    private static List<Mutant> MakeMutants(DiffCorpus corpus, int seed)
    {
        var rng = new Random(seed);
        var mutants = new List<Mutant>();
        var generic = DiffRunner.Chunks(DiffRunner.MlirOpt(corpus.Joined, "--mlir-print-op-generic").Stdout);
        for (int i = 0; i < corpus.Programs.Count; i++)
        {
            string program = corpus.Programs[i];
            AddMutant(mutants, corpus.ProgramSeeds[i], Mutator.CustomOperators, program, program, rng);
            if (i < generic.Length && generic[i].Length > 0)
                AddMutant(mutants, corpus.ProgramSeeds[i], Mutator.GenericOperators, program, generic[i], rng);
        }
        return mutants;
    }

    private static void AddMutant(List<Mutant> mutants, int seed, string[] operators, string program, string text,
        Random rng)
    {
        // Operators in random order until one applies.
        var order = new List<string>(operators);
        while (order.Count > 0)
        {
            int k = rng.Next(order.Count);
            string op = order[k];
            order.RemoveAt(k);
            string? mutated = Mutator.Apply(op, text, rng);
            if (mutated != null)
            {
                mutants.Add(new Mutant(seed, op, program, mutated.EndsWith('\n') ? mutated : mutated + "\n"));
                return;
            }
        }
    }

    private static (int Compared, int Accepted) Compare(MismatchReport report, MismatchReport wording,
        List<Mutant> mutants, int seed)
    {
        var (results, compared, accepted) = Classify(mutants, seed);
        foreach (var m in results)
        {
            if (m == null)
                continue;
            if (m.Kind.StartsWith("invalid (strict)", StringComparison.Ordinal) && !StrictMessages)
                wording.Add(m);
            else
                report.Add(m);
        }
        return (compared, accepted);
    }

    // DIALECTIC_DIFF_STRICT_MESSAGES=1: the first error must also have mlir-opt's column and wording.
    private static bool StrictMessages => Environment.GetEnvironmentVariable("DIALECTIC_DIFF_STRICT_MESSAGES") == "1";

    /// <summary>For the reducer: the mismatch key of each candidate mutant (null where there is none, or where
    /// mlir-opt accepts the candidate).</summary>
    private static string?[] ClassifyForReduction(List<string> texts)
    {
        var mutants = new List<Mutant>();
        foreach (string t in texts)
            mutants.Add(new Mutant(0, "reduced", t, t));
        var (results, _, _) = Classify(mutants, null);
        var keys = new string?[texts.Count];
        for (int i = 0; i < texts.Count; i++)
            keys[i] = results[i] is { } m && m.Kind != "invalid: valid mutant rejected" ? ReductionKey(m) : null;
        return keys;
    }

    // A reduced mutant must keep the group and mlir-opt's error message (not only "some error").
    private static string ReductionKey(Mismatch m)
    {
        int at = m.Expected.IndexOf(": ", StringComparison.Ordinal);
        return m.Key + " | " + (at >= 0 ? m.Expected[(at + 2)..] : m.Expected);
    }

    /// <summary>Runs both tools on the mutants; one mismatch (or null) per mutant, and how many mlir-opt
    /// rejected (compared) and accepted.</summary>
    private static (Mismatch?[] Results, int Compared, int Accepted) Classify(List<Mutant> mutants, int? seed)
    {
        var texts = new List<string>();
        foreach (var m in mutants)
            texts.Add(m.Text);
        string joined = DiffRunner.Join(texts);
        string[] joinedLines = joined.Split('\n');
        int[] starts = DiffRunner.StartLines(texts);
        if (seed != null)
            DiffDump.Write("mutants-" + seed.Value.ToString(CultureInfo.InvariantCulture) + ".mlir", joined);
        // One thread: the first error of a program is then always the same one.
        var mlir = DiffRunner.MlirOpt(joined, "--mlir-disable-threading");
        var ours = DiffRunner.Dialectic(joined);
        var mlirErrors = DiffRunner.FirstErrors(mlir.Stderr, starts);
        var ourErrors = DiffRunner.FirstErrors(ours.Stderr, starts);
        string[] mlirOut = DiffRunner.Chunks(mlir.Stdout);
        string[] ourOut = DiffRunner.Chunks(ours.Stdout);
        var results = new Mismatch?[mutants.Count];
        int compared = 0, accepted = 0;
        for (int i = 0; i < mutants.Count; i++)
        {
            var m = mutants[i];
            bool mlirRejects = mlirErrors[i] != null || (i < mlirOut.Length && mlirOut[i].Length == 0);
            bool weReject = ourErrors[i] != null || (i < ourOut.Length && ourOut[i].Length == 0);
            string mutation = "mutation: " + m.Operator + "\n";
            if (!mlirRejects)
            {
                accepted++;
                if (weReject)
                {
                    var ours0 = ourErrors[i];
                    string line = ours0 == null ? "" : DiffRunner.LineOf(joinedLines, ours0.Line);
                    results[i] = new Mismatch("invalid: valid mutant rejected", m.Seed, DiffRunner.OpOnLine(line),
                        "(accepted)", ours0?.Message ?? "(unlocated error)",
                        mutation + "dialectic error at: " + line.Trim() + "\n", m.Text);
                }
                continue;
            }
            compared++;
            var e = mlirErrors[i];
            var a = ourErrors[i];
            if (e == null)
                continue; // mlir-opt's error has no line to compare
            string errorLine = DiffRunner.LineOf(joinedLines, e.Line);
            string op = DiffRunner.OpOnLine(errorLine);
            int relative = e.Line - starts[i] + 1;
            string detail = mutation + $"mlir-opt error at mutant line {relative}: {errorLine.Trim()}\n";
            if (a == null)
            {
                results[i] = new Mismatch("invalid: not rejected", m.Seed, op, Located(e, starts[i]),
                    weReject ? "(rejected without a located error)" : "(accepted)", detail, m.Text);
            }
            else if (a.Line == e.Line)
            {
                // Same line: the wording (and column) is compared in strict mode only.
                if (a.Message != e.Message || a.Column != e.Column)
                {
                    string what = a.Message != e.Message ? "other message" : "other column";
                    results[i] = new Mismatch("invalid (strict): " + what, m.Seed, op, Located(e, starts[i]), Located(a, starts[i]), detail, m.Text);
                }
            }
            else
            {
                // An earlier error of ours is about the op on our line (often one we cannot parse yet); a later
                // one means we missed the error on mlir-opt's line.
                string ourLine = DiffRunner.LineOf(joinedLines, a.Line);
                detail += $"dialectic error at mutant line {a.Line - starts[i] + 1}: {ourLine.Trim()}\n";
                bool earlier = a.Line < e.Line;
                string where = earlier ? "invalid: rejected at an earlier line" : "invalid: rejected at a later line";
                results[i] = new Mismatch(where, m.Seed, earlier ? DiffRunner.OpOnLine(ourLine) : op, Located(e, starts[i]), Located(a, starts[i]),
                    detail, m.Text);
            }
        }
        return (results, compared, accepted);
    }

    private static string Located(DiffRunner.Diagnostic d, int start) =>
        $"{d.Line - start + 1}:{d.Column}: {d.Message}";
}
