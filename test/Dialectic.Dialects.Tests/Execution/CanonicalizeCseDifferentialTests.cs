// Semantic differential tests of `--canonicalize --cse`, run for real.
//
// What they do
//   ExecProgramGenerator writes seeded random programs (func.func @main() -> i64 plus helpers) that mix
//   func/arith/math/scf/cf/memref, are free of undefined behaviour and poison by construction, and carry many
//   canonicalization and CSE opportunities. main returns a checksum of everything computed. Each program is
//   lowered to the LLVM dialect with mlir-opt-22 and run with mlir-runner-22 (ExecRunner), and so are the
//   outputs of `mlir-opt-22 --canonicalize --cse` and `dialectic-opt --canonicalize --cse` on it:
//     (a) GeneratedProgramsVerifyAndRun: every program verifies and runs (a test of the generator);
//     (b) MlirOptCanonicalizeCsePreservesResults: mlir-opt's output returns the same checksum. MLIR's
//         canonicalizer exploits undefined behaviour, so this also shows that the programs have none;
//     (c) DialecticCanonicalizeCsePreservesResultsAndSize: dialectic-opt's output (run in process through
//         OptMain.Run) returns the same checksum and keeps at most 10% more operations than mlir-opt's
//         (operations counted in generic form). It skips, saying why, while dialectic-opt does not know the
//         flags yet.
//   A failure names the seed, the program's file (the temporary directory is kept then), the results and the
//   command lines that reproduce it. Tests (a) and (b) skip without mlir-opt-22/mlir-runner-22 and fail instead
//   under DIALECTIC_REQUIRE_TOOLS=1.
//
// Knobs (environment variables)
//   DIALECTIC_EXEC_SEEDS    which programs: "N" = seeds 1..N (default 1..24, about 20 s on 2 cores), or explicit
//                           seeds "7-7", "100-299", "3,9,40-45".
//   DIALECTIC_EXEC_DUMP     a directory receiving every program and intermediate file (seed-N/input.mlir,
//                           reference.mlir, ours.mlir, *.generic.mlir, *.llvm.mlir); kept after the run.
//   DIALECTIC_EXEC_PASSES   the pass flags given to both tools (default "--canonicalize --cse"), e.g. "--cse"
//                           to test one pass alone.
//   DIALECTIC_EXEC_TIMEOUT  seconds each external process may run (default 60).
//
// Example: DIALECTIC_EXEC_SEEDS=200 DIALECTIC_EXEC_DUMP=/tmp/exec \
//            dotnet test test/Dialectic.Dialects.Tests --filter FullyQualifiedName~Execution

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Dialectic.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// Runs generated programs before and after <c>--canonicalize --cse</c> (mlir-opt-22's and dialectic-opt's) and
/// compares their results and sizes; see the comment at the top of this file for the knobs.
/// </summary>
public sealed class CanonicalizeCseDifferentialTests(ExecFixture fixture, ITestOutputHelper output)
    : IClassFixture<ExecFixture>
{
    private const int MaxReported = 8;

    [ToolFact(ExecRunner.OptTool, ExecRunner.RunnerTool)]
    public void GeneratedProgramsVerifyAndRun()
    {
        var cases = fixture.Cases;
        var failures = new List<string>();
        long ops = 0;
        foreach (var c in cases)
        {
            var o = c.Original!;
            if (o.Ok)
            {
                ops += o.Ops;
                continue;
            }
            failures.Add(Describe(c, "the generated program does not verify or run (a generator bug)",
                ("original", o)));
        }
        output.WriteLine($"{cases.Count} programs, {ops} operations in all; {failures.Count} failed; files in "
            + fixture.WorkDir);
        Finish(failures, cases.Count, "generated programs that do not verify or run");
    }

    [ToolFact(ExecRunner.OptTool, ExecRunner.RunnerTool)]
    public void MlirOptCanonicalizeCsePreservesResults()
    {
        var cases = fixture.Cases;
        var failures = new List<string>();
        long before = 0, after = 0;
        int compared = 0;
        string flags = string.Join(' ', ExecSettings.Passes);
        foreach (var c in cases)
        {
            if (c.Original is not { Ok: true } o || c.Reference is not { } r)
                continue; // reported by GeneratedProgramsVerifyAndRun
            compared++;
            if (!r.Ok || r.Value != o.Value)
            {
                string what = r.Ok
                    ? "mlir-opt-22 " + flags + " changes the result (undefined behaviour in the program, or an "
                      + "MLIR bug)"
                    : "mlir-opt-22 " + flags + " output does not run";
                failures.Add(Describe(c, what, ("original", o), ("mlir-opt", r)));
                continue;
            }
            before += o.Ops;
            after += r.Ops;
        }
        output.WriteLine($"{compared} programs: {before} operations before, {after} after mlir-opt-22 {flags}; "
            + $"{failures.Count} mismatches");
        Finish(failures, compared, "programs whose result mlir-opt-22 " + flags + " changes");
    }

    [DialecticPassesFact(ExecRunner.OptTool, ExecRunner.RunnerTool)]
    public void DialecticCanonicalizeCsePreservesResultsAndSize()
    {
        var cases = new List<ExecCase>();
        foreach (var c in fixture.Cases)
        {
            if (c.Original is { Ok: true } && c.Reference is { Ok: true } r && r.Value == c.Original.Value)
                cases.Add(c); // the others are reported by the first two tests
        }
        var passes = ExecSettings.Passes;
        string flags = string.Join(' ', passes);
        ExecFixture.ForEach(cases, c => c.RunOurs(fixture.Runner, passes));
        var failures = new List<string>();
        long original = 0, reference = 0, ours = 0;
        double worst = 0;
        int worstSeed = -1;
        foreach (var c in cases)
        {
            var o = c.Original!;
            var r = c.Reference!;
            var d = c.Ours!;
            if (!d.Ok || d.Value != o.Value)
            {
                string what = d.Ok ? "dialectic-opt " + flags + " changes the result"
                    : "dialectic-opt " + flags + " fails, or its output does not run";
                failures.Add(Describe(c, what, ("original", o), ("mlir-opt", r), ("dialectic", d)));
                continue;
            }
            original += o.Ops;
            reference += r.Ops;
            ours += d.Ops;
            double ratio = (double)d.Ops / System.Math.Max(1, r.Ops);
            if (ratio > worst)
            {
                worst = ratio;
                worstSeed = c.Seed;
            }
            if (d.Ops > ExecSettings.MaxOpRatio * r.Ops)
            {
                failures.Add(Describe(c, string.Create(CultureInfo.InvariantCulture,
                        $"dialectic-opt {flags} leaves {d.Ops} operations, mlir-opt-22 {r.Ops} (ratio {ratio:F3} > "
                        + $"{ExecSettings.MaxOpRatio:F2}); compare {r.Path} with {d.Path}"),
                    ("original", o), ("mlir-opt", r), ("dialectic", d)));
            }
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{cases.Count} programs: {original} operations before, {reference} after mlir-opt-22 {flags}, {ours} "
            + $"after dialectic-opt (total ratio {(double)ours / System.Math.Max(1, reference):F3}, worst "
            + $"{worst:F3} at seed {worstSeed}); {failures.Count} failures"));
        Finish(failures, cases.Count, "programs failing the dialectic-opt " + flags + " check");
    }

    [Fact]
    public void GeneratorIsDeterministicAndCoversTheDialects()
    {
        for (int seed = 1; seed <= 10; seed++)
            Assert.Equal(ExecProgramGenerator.Generate(seed).Text, ExecProgramGenerator.Generate(seed).Text);
        Assert.NotEqual(ExecProgramGenerator.Generate(1).Text, ExecProgramGenerator.Generate(2).Text);
        string[] expected =
        [
            "func.func @main() -> i64", "func.call", "arith.divsi", "arith.remui", "arith.shrsi", "arith.cmpf",
            "arith.select", "arith.fptosi", "arith.sitofp", "arith.extsi", "arith.trunci", "arith.index_cast",
            "overflow<", "math.ctpop", "math.fma", "math.sqrt", "math.copysign", "scf.for", "iter_args", "scf.if",
            "scf.while", "scf.index_switch", "cf.cond_br", "cf.switch", "cf.br", "memref.alloc(", "memref.alloca(",
            "memref.dealloc", "memref.load", "memref.store", "memref.subview", "memref.copy", "memref.cast",
            "memref.dim", " : i7", " : i1",
        ];
        var seen = new HashSet<string>();
        for (int seed = 1; seed <= 40; seed++)
        {
            string text = ExecProgramGenerator.Generate(seed).Text;
            foreach (string s in expected)
            {
                if (text.Contains(s, StringComparison.Ordinal))
                    seen.Add(s);
            }
        }
        foreach (string s in expected)
            Assert.True(seen.Contains(s), "no program of seeds 1..40 contains '" + s + "'");
    }

    [Fact]
    public void SeedListsParse()
    {
        Assert.Equal([1, 2, 3], ExecSettings.ParseSeeds("3"));
        Assert.Equal([7], ExecSettings.ParseSeeds("7-7"));
        Assert.Equal([3, 9, 10, 11], ExecSettings.ParseSeeds("3, 9-11"));
        Assert.Equal(ExecSettings.DefaultSeedCount, ExecSettings.ParseSeeds(null).Count);
        Assert.Equal(["--canonicalize", "--cse"], ExecSettings.ParsePasses(""));
        Assert.Equal(["--cse"], ExecSettings.ParsePasses(" --cse "));
    }

    [Fact]
    public void OpCounterCountsGenericOperations()
    {
        const string text = """
            "builtin.module"() ({
              "func.func"() <{function_type = () -> i64, sym_name = "main"}> ({
                %0 = "arith.constant"() <{value = 1 : i64}> : () -> i64
                %1:2 = "scf.if"(%2) ({
                  "scf.yield"(%0, %0) : (i64, i64) -> ()
                }, {
                ^bb0:
                  "scf.yield"(%0, %0) : (i64, i64) -> ()
                }) : (i1) -> (i64, i64)
                "func.return"(%0) : (i64) -> ()
              }) : () -> ()
            }) : () -> ()
            """;
        Assert.Equal(7, ExecOpCounter.Count(text));
    }

    private static string Describe(ExecCase c, string what, params (string Name, ExecOutcome Outcome)[] outcomes)
    {
        var sb = new StringBuilder();
        sb.Append("seed ").Append(c.Seed).Append(": ").Append(what).Append('\n');
        sb.Append("  program: ").Append(c.ProgramPath).Append('\n');
        foreach (var (name, o) in outcomes)
        {
            sb.Append("  ").Append(name).Append(": ").Append(o.Describe());
            if (o.Ops >= 0)
                sb.Append(" (").Append(o.Ops).Append(" ops)");
            sb.Append('\n');
        }
        foreach (var (name, o) in outcomes)
        {
            if (o.Error != null)
                sb.Append("  ").Append(name).Append(" error: ").Append(o.Error.Replace("\n", "\n    ")).Append('\n');
        }
        sb.Append("  reproduce:\n");
        foreach (var (_, o) in outcomes)
            sb.Append("    ").Append(o.Repro).Append('\n');
        sb.Append("    regenerate: DIALECTIC_EXEC_SEEDS=").Append(c.Seed).Append('-').Append(c.Seed)
            .Append(" dotnet test test/Dialectic.Dialects.Tests --filter FullyQualifiedName~Execution\n");
        return sb.ToString();
    }

    private void Finish(List<string> failures, int total, string title)
    {
        if (failures.Count == 0)
            return;
        fixture.Keep();
        var sb = new StringBuilder();
        sb.Append(failures.Count).Append(" of ").Append(total).Append(' ').Append(title).Append(" (files kept in ")
            .Append(fixture.WorkDir).Append("):\n");
        for (int i = 0; i < failures.Count && i < MaxReported; i++)
            sb.Append(failures[i]);
        if (failures.Count > MaxReported)
            sb.Append("... and ").Append(failures.Count - MaxReported).Append(" more\n");
        Assert.Fail(sb.ToString());
    }
}
