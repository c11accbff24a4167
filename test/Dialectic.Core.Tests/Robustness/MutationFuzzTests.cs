using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using CsCheck;
using Xunit;

namespace Dialectic.Core.Tests.Robustness;

/// <summary>
/// Mutation fuzzing of valid files: byte flips, deletions, duplications, truncation, inserted tokens and
/// brackets, splices of other seeds. Whatever comes out, dialectic-opt exits with 0 or 1, never reports an
/// internal error, locates its errors, and what it prints on success re-parses and prints identically.
/// </summary>
/// <remarks>
/// Cases are drawn with CsCheck generators from one PCG stream per iteration of a fixed master seed, so a run
/// is reproducible and parallel. <c>DIALECTIC_FUZZ_SEED</c> (decimal or 0x-hex) and
/// <c>DIALECTIC_FUZZ_ITERATIONS</c> override the defaults; a failure names the seed and iteration and saves
/// the input under the temp directory.
/// </remarks>
public sealed class MutationFuzzTests
{
    private const ulong DefaultSeed = 0xD1A1_EC71_C5EE_D001;
    private const int DefaultIterations = 3000;
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    private static readonly string[][] FlagSets =
    [
        [],
        ["--mlir-print-op-generic"],
        ["--mlir-print-debuginfo"],
        ["--mlir-print-op-generic", "--mlir-print-debuginfo", "--mlir-print-local-scope"],
        ["--split-input-file"],
    ];

    private static readonly Gen<Mutation> GenMutation =
        Gen.Select(Gen.Int[0, 7], Gen.Int, Gen.Int, Gen.Int, (k, p, l, c) => new Mutation((MutationKind)k, p, l, c));

    private static readonly Gen<FuzzCase> GenCase =
        Gen.Select(Gen.Int[0, FuzzSeeds.All.Length - 1], Gen.Int[0, FuzzSeeds.All.Length - 1],
            Gen.Int[0, FlagSets.Length - 1], GenMutation.Array[1, 4],
            (seed, donor, flags, edits) => new FuzzCase(seed, donor, flags, edits));

    [Fact]
    public void SeedsAreValidAndRoundTrip()
    {
        for (int i = 0; i < FuzzSeeds.All.Length; i++)
            foreach (var flags in FlagSets)
                OptAssert.RoundTrips(OptRun.Run(FuzzSeeds.All[i], flags), $"seed {i} {string.Join(' ', flags)}", flags);
    }

    [Fact]
    public void MutatedFilesNeverCrash()
    {
        ulong seed = ReadSeed();
        int iterations = ReadIterations();
        var failures = new ConcurrentBag<(int Iteration, string Report)>();
        Parallel.For(0, iterations, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var fuzzCase = GenCase.Generate(new PCG((uint)i, seed), null!, out _);
            string input = fuzzCase.Build();
            string? problem = Check(input, FlagSets[fuzzCase.FlagSet]);
            if (problem != null)
                failures.Add((i, $"iteration {i} ({fuzzCase}): {problem}\n  input saved to {Save(seed, i, input)}"));
        });
        if (failures.IsEmpty)
            return;
        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"{failures.Count} of {iterations} mutated inputs failed (DIALECTIC_FUZZ_SEED=0x{seed:X}):\n");
        int shown = 0;
        foreach (var (_, text) in failures)
            if (shown++ < 10)
                report.Append(text).Append('\n');
        Assert.Fail(report.ToString());
    }

    /// <summary>The property; null when it holds, else what went wrong.</summary>
    private static string? Check(string input, string[] flags)
    {
        var run = OptRun.RunWithTimeout(input, HangLimit, flags);
        if (run == null)
            return $"no result within {HangLimit.TotalSeconds} s";
        if (run.HasInternalError)
            return "internal error\n" + run.Describe();
        if (run.ExitCode == 1)
            return run.HasLocatedError ? null : "exit code 1 without a located error\n" + run.Describe();
        if (run.ExitCode != 0)
            return "unexpected exit code\n" + run.Describe();
        var again = OptRun.Run(run.Stdout, flags);
        if (again.ExitCode != 0)
            return "output does not re-parse\n" + again.Describe() + "\nfirst output:\n" + run.Stdout;
        if (again.Stdout != run.Stdout)
            return "printing is not idempotent\nfirst:\n" + run.Stdout + "\nsecond:\n" + again.Stdout;
        return null;
    }

    private static string Save(ulong seed, int iteration, string input)
    {
        string dir = Path.Combine(Path.GetTempPath(), "dialectic-fuzz");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, $"0x{seed:X}-{iteration}.mlir");
        File.WriteAllText(path, input);
        return path;
    }

    private static ulong ReadSeed()
    {
        string? text = Environment.GetEnvironmentVariable("DIALECTIC_FUZZ_SEED");
        if (string.IsNullOrWhiteSpace(text))
            return DefaultSeed;
        text = text.Trim();
        return text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.Parse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : ulong.Parse(text, CultureInfo.InvariantCulture);
    }

    private static int ReadIterations()
    {
        string? text = Environment.GetEnvironmentVariable("DIALECTIC_FUZZ_ITERATIONS");
        return string.IsNullOrWhiteSpace(text) ? DefaultIterations : int.Parse(text, CultureInfo.InvariantCulture);
    }
}
