using System;
using System.Collections.Generic;
using System.Text;
using Dialectic.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// Test A: seeded random programs in custom syntax mixing func, arith, math, index, cf, scf and memref
/// (<see cref="ProgramGenerator"/>), filtered to those mlir-opt-22 accepts, printed byte-identically by
/// dialectic-opt in custom and generic form, and round-tripping (our output through us, mlir-opt's custom and
/// generic output through us). Knobs: <see cref="DiffSettings"/> (<c>DIALECTIC_DIFF_SEEDS</c>,
/// <c>DIALECTIC_DIFF_PROGRAMS</c>, <c>DIALECTIC_DIFF_DIALECTS</c>, <c>DIALECTIC_DIFF_DUMP</c>).
/// </summary>
public sealed class CustomSyntaxDifferentialTests(ITestOutputHelper output)
{
    private static IEnumerable<DiffCorpus> Corpora()
    {
        foreach (int seed in DiffSettings.Seeds)
            yield return DiffCorpus.Get(seed, DiffSettings.ProgramsPerSeed, DiffSettings.Dialects);
    }

    [ToolFact(DiffRunner.ToolName)]
    public void CustomFormMatchesMlirOpt() =>
        Run("custom", (report, corpus) => DiffChecks.CompareDirect(report, "custom", corpus));

    [ToolFact(DiffRunner.ToolName)]
    public void GenericFormMatchesMlirOpt() => Run("generic", (report, corpus) =>
        DiffChecks.CompareDirect(report, "generic", corpus, "--mlir-print-op-generic"));

    /// <summary>Custom form with locations: block arguments and region entry arguments printed by custom printers
    /// carry their locations.</summary>
    [ToolFact(DiffRunner.ToolName)]
    public void CustomFormWithDebugInfoMatchesMlirOpt() => Run("debuginfo", (report, corpus) =>
        DiffChecks.CompareDirect(report, "debuginfo", corpus.Seed, corpus.ProgramSeeds,
            DiffChecks.WithExplicitModules(corpus.Programs), "--mlir-print-debuginfo"));

    [ToolFact(DiffRunner.ToolName)]
    public void OutputsRoundTrip() => Run("roundtrip", DiffChecks.CompareRoundTrips);

    /// <summary>Each dialect alone (with func), so a failure names its dialect.</summary>
    [ToolTheory(DiffRunner.ToolName)]
    [InlineData("arith")]
    [InlineData("math")]
    [InlineData("index")]
    [InlineData("cf")]
    [InlineData("scf")]
    [InlineData("memref")]
    public void EachDialectAloneMatchesMlirOpt(string dialect)
    {
        var d = DiffSettings.ParseDialects(dialect);
        var report = new MismatchReport();
        int programs = 0;
        foreach (int seed in DiffSettings.Seeds)
        {
            var corpus = DiffCorpus.Get(seed, System.Math.Max(20, DiffSettings.ProgramsPerSeed / 3), d);
            programs += corpus.Programs.Count;
            DiffChecks.CompareDirect(report, "custom", corpus);
            DiffChecks.CompareDirect(report, "generic", corpus, "--mlir-print-op-generic");
        }
        Finish(report, "only-" + dialect, $"{dialect} alone, {programs} programs");
    }

    /// <summary>The generator writes programs mlir-opt accepts (it is a test of the corpus, not of
    /// dialectic-opt): at most 1% rejected.</summary>
    [ToolFact(DiffRunner.ToolName)]
    public void GeneratedProgramsAreAcceptedByMlirOpt()
    {
        int generated = 0;
        var rejected = new List<(int Seed, string Program, string Error)>();
        foreach (var corpus in Corpora())
        {
            generated += corpus.Generated;
            rejected.AddRange(corpus.Rejected);
        }
        output.WriteLine($"{generated} programs generated, {rejected.Count} rejected by mlir-opt-22");
        var sb = new StringBuilder();
        foreach (var (seed, program, error) in rejected)
        {
            if (sb.Length > 6000)
                break;
            sb.Append("seed ").Append(seed).Append(": ").Append(error).Append('\n');
        }
        Assert.True(rejected.Count * 100 <= generated,
            $"{rejected.Count} of {generated} generated programs are rejected by mlir-opt-22:\n{sb}");
    }

    [Fact]
    public void GeneratorIsDeterministic()
    {
        var options = new GenOptions();
        for (int seed = 0; seed < 20; seed++)
            Assert.Equal(ProgramGenerator.Generate(seed, options), ProgramGenerator.Generate(seed, options));
        Assert.NotEqual(ProgramGenerator.Generate(1, options), ProgramGenerator.Generate(2, options));
    }

    [Fact]
    public void DisabledDialectsAreNotGenerated()
    {
        var options = new GenOptions { Dialects = GenDialects.Arith };
        for (int seed = 0; seed < 50; seed++)
        {
            string program = ProgramGenerator.Generate(seed, options);
            foreach (string prefix in new[] { "scf.", "memref.", "cf.", "math.", "index." })
                Assert.DoesNotContain(prefix, program, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SeedListsParse()
    {
        Assert.Equal([DiffSettings.DefaultSeed], DiffSettings.ParseSeeds(null));
        Assert.Equal([3, 9, 10, 11], DiffSettings.ParseSeeds("3, 9-11"));
        Assert.Equal(GenDialects.All & ~GenDialects.MemRef, DiffSettings.ParseDialects("-memref"));
        Assert.Equal(GenDialects.Arith | GenDialects.Scf, DiffSettings.ParseDialects("arith,scf"));
    }

    private void Run(string name, Action<MismatchReport, DiffCorpus> check)
    {
        var report = new MismatchReport();
        int programs = 0;
        foreach (var corpus in Corpora())
        {
            programs += corpus.Programs.Count;
            check(report, corpus);
        }
        Finish(report, name, $"{name}: {programs} programs, seeds {string.Join(",", DiffSettings.Seeds)}");
    }

    private void Finish(MismatchReport report, string name, string title)
    {
        output.WriteLine(title + ": " + report.Count + " mismatches");
        if (report.Count == 0)
            return;
        report.ReduceExamples(12, DiffChecks.DirectClassifier, TimeSpan.FromSeconds(20));
        string path = report.WriteFull(name, title);
        Assert.Fail(report.Render(title, 12, 2500) + "\nfull report: " + path);
    }
}
