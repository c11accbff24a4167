using System.Collections.Generic;
using System.Threading.Tasks;
using Dialectic.Dialects.Tests.Execution;
using Dialectic.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace Dialectic.Dialects.Tests.Run;

/// <summary>
/// dialectic-run against mlir-runner-22 on the seeded random programs of <see cref="ExecProgramGenerator"/>
/// (func/arith/math/scf/cf/memref, lowered to the llvm dialect by mlir-opt-22; main returns a checksum of
/// everything computed): the outputs must be identical. Seeds as the execution tests' (DIALECTIC_EXEC_SEEDS,
/// default 1..24).
/// </summary>
public sealed class GeneratedProgramsRunTests(ITestOutputHelper output)
{
    [ToolFact(RunHarness.Clang, RunHarness.Runner, RunHarness.Translate, RunHarness.Opt)]
    public void GeneratedProgramsRunAsUnderMlirRunner()
    {
        IReadOnlyList<int> seeds = ExecSettings.Seeds;
        var failures = new string?[seeds.Count];
        Parallel.For(0, seeds.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            ExecProgram program = ExecProgramGenerator.Generate(seeds[i]);
            string lowered = RunHarness.Lower(program.Text, ExecRunner.LoweringFlags);
            string? difference = RunHarness.CompareWithMlirRunner(lowered, "main", "i64");
            if (difference != null)
                failures[i] = "seed " + seeds[i] + ": " + difference;
        });
        int failed = 0;
        foreach (string? f in failures)
        {
            if (f == null)
                continue;
            failed++;
            if (failed <= 5)
                output.WriteLine(f);
        }
        Assert.True(failed == 0, failed + " of " + seeds.Count + " generated programs ran differently; see the output");
    }
}
