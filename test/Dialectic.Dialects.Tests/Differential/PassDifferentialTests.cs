using System;
using Dialectic.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// Passes run on the random corpus of <see cref="ProgramGenerator"/> (all seven dialects, nested scf, cf CFGs,
/// memrefs): dialectic-opt's output must be byte-identical to mlir-opt-22's with the same pass flags. Knobs as
/// for <see cref="CustomSyntaxDifferentialTests"/>.
/// </summary>
public sealed class PassDifferentialTests(ITestOutputHelper output)
{
    /// <summary>CSE removes the same ops and keeps the same ones (reads across writes, nested regions, CFG dominance).</summary>
    [ToolFact(DiffRunner.ToolName)]
    public void CseMatchesMlirOpt() => Run("cse", "--cse");

    private void Run(string name, params string[] flags)
    {
        var report = new MismatchReport();
        int programs = 0;
        foreach (int seed in DiffSettings.Seeds)
        {
            var corpus = DiffCorpus.Get(seed, DiffSettings.ProgramsPerSeed, DiffSettings.Dialects);
            programs += corpus.Programs.Count;
            DiffChecks.CompareDirect(report, name, corpus, flags);
        }
        string title = $"{name}: {programs} programs, seeds {string.Join(",", DiffSettings.Seeds)}";
        output.WriteLine(title + ": " + report.Count + " mismatches");
        if (report.Count == 0)
            return;
        report.ReduceExamples(12, DiffChecks.DirectClassifier, TimeSpan.FromSeconds(20));
        string path = report.WriteFull(name, title);
        Assert.Fail(report.Render(title, 12, 2500) + "\nfull report: " + path);
    }
}
