using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// A batch of generated programs that mlir-opt-22 accepts. Programs mlir-opt rejects are filtered out and kept
/// (with mlir-opt's error) to measure the generator. Batches are cached per (seed, size, dialects), so every test
/// of a run shares one mlir-opt pass per batch.
/// </summary>
internal sealed class DiffCorpus
{
    private static readonly ConcurrentDictionary<(int, int, GenDialects), Lazy<DiffCorpus>> Cache = new();

    private DiffCorpus(int seed, GenOptions options, int generated, List<int> seeds, List<string> programs,
        List<(int Seed, string Program, string Error)> rejected)
    {
        Seed = seed;
        Options = options;
        Generated = generated;
        ProgramSeeds = seeds;
        Programs = programs;
        Rejected = rejected;
        Joined = DiffRunner.Join(programs);
        StartLines = DiffRunner.StartLines(programs);
    }

    /// <summary>The batch seed.</summary>
    public int Seed { get; }

    public GenOptions Options { get; }

    /// <summary>How many programs were generated (accepted and rejected).</summary>
    public int Generated { get; }

    /// <summary>The seed of each accepted program (<see cref="ProgramGenerator.Generate"/> reproduces it).</summary>
    public List<int> ProgramSeeds { get; }

    /// <summary>The accepted programs.</summary>
    public List<string> Programs { get; }

    /// <summary>Programs mlir-opt rejected, with its first error.</summary>
    public List<(int Seed, string Program, string Error)> Rejected { get; }

    /// <summary>The accepted programs joined for <c>--split-input-file</c>.</summary>
    public string Joined { get; }

    public int[] StartLines { get; }

    /// <summary>The seed of program <paramref name="index"/> of batch <paramref name="batchSeed"/>.</summary>
    public static int ProgramSeed(int batchSeed, int index) =>
        unchecked((int)((uint)batchSeed * 2654435761u + (uint)index * 40503u + 17u) & int.MaxValue);

    /// <summary>The accepted corpus of batch <paramref name="seed"/> (cached).</summary>
    public static DiffCorpus Get(int seed, int count, GenDialects dialects) =>
        Cache.GetOrAdd((seed, count, dialects),
            key => new Lazy<DiffCorpus>(() => Build(key.Item1, key.Item2, key.Item3))).Value;

    private static DiffCorpus Build(int seed, int count, GenDialects dialects)
    {
        var options = new GenOptions { Dialects = dialects };
        var seeds = new List<int>();
        var programs = new List<string>();
        for (int i = 0; i < count; i++)
        {
            int s = ProgramSeed(seed, i);
            seeds.Add(s);
            programs.Add(ProgramGenerator.Generate(s, options));
        }
        string joined = DiffRunner.Join(programs);
        string[] joinedLines = joined.Split('\n');
        var result = DiffRunner.MlirOpt(joined);
        string[] chunks = DiffRunner.Chunks(result.Stdout);
        var errors = DiffRunner.FirstErrors(result.Stderr, DiffRunner.StartLines(programs));
        var acceptedSeeds = new List<int>();
        var accepted = new List<string>();
        var rejected = new List<(int, string, string)>();
        for (int i = 0; i < count; i++)
        {
            bool ok = i < chunks.Length && chunks[i].Length > 0 && errors[i] == null;
            if (ok)
            {
                acceptedSeeds.Add(seeds[i]);
                accepted.Add(programs[i]);
            }
            else
            {
                string error = errors[i] is { } d
                    ? d.Message + " at: " + DiffRunner.LineOf(joinedLines, d.Line).Trim()
                    : "(no located error)";
                rejected.Add((seeds[i], programs[i], error));
            }
        }
        DiffDump.Write("corpus-" + seed.ToString(CultureInfo.InvariantCulture) + "-" + dialects + ".mlir",
            DiffRunner.Join(accepted));
        return new DiffCorpus(seed, options, count, acceptedSeeds, accepted, rejected);
    }
}
