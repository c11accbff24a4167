using System;
using System.Collections.Generic;
using System.Globalization;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// Environment knobs of the execution tests (documented in <see cref="CanonicalizeCseDifferentialTests"/>):
/// <c>DIALECTIC_EXEC_SEEDS</c>, <c>DIALECTIC_EXEC_DUMP</c>, <c>DIALECTIC_EXEC_PASSES</c>,
/// <c>DIALECTIC_EXEC_TIMEOUT</c>.
/// </summary>
internal static class ExecSettings
{
    /// <summary>Programs checked when <c>DIALECTIC_EXEC_SEEDS</c> is not set (seeds 1..N).</summary>
    public const int DefaultSeedCount = 24;

    /// <summary>Most operations dialectic-opt may leave, relative to mlir-opt on the same input.</summary>
    public const double MaxOpRatio = 1.10;

    public static IReadOnlyList<int> Seeds => ParseSeeds(Environment.GetEnvironmentVariable("DIALECTIC_EXEC_SEEDS"));

    public static string? DumpDirectory
    {
        get
        {
            string? dir = Environment.GetEnvironmentVariable("DIALECTIC_EXEC_DUMP");
            return string.IsNullOrWhiteSpace(dir) ? null : dir;
        }
    }

    /// <summary>The pass flags given to both mlir-opt-22 and dialectic-opt (default
    /// <c>--canonicalize --cse</c>).</summary>
    public static IReadOnlyList<string> Passes => ParsePasses(Environment.GetEnvironmentVariable("DIALECTIC_EXEC_PASSES"));

    /// <summary>Seconds each external process may run before it is killed.</summary>
    public static int TimeoutSeconds =>
        int.TryParse(Environment.GetEnvironmentVariable("DIALECTIC_EXEC_TIMEOUT"), NumberStyles.Integer,
            CultureInfo.InvariantCulture, out int s) && s > 0 ? s : 60;

    /// <summary><c>N</c> means seeds 1..N; <c>a-b</c> and <c>3,9,100-110</c> list seeds explicitly (one seed:
    /// <c>7-7</c>); empty gives 1..<see cref="DefaultSeedCount"/>.</summary>
    public static IReadOnlyList<int> ParseSeeds(string? text)
    {
        var seeds = new List<int>();
        if (string.IsNullOrWhiteSpace(text))
            text = DefaultSeedCount.ToString(CultureInfo.InvariantCulture);
        text = text.Trim();
        if (!text.Contains(',', StringComparison.Ordinal) && !text.Contains('-', StringComparison.Ordinal))
        {
            int n = int.Parse(text, CultureInfo.InvariantCulture);
            for (int s = 1; s <= n; s++)
                seeds.Add(s);
            return seeds;
        }
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int dash = part.IndexOf('-', 1);
            if (dash > 0)
            {
                int from = int.Parse(part[..dash], CultureInfo.InvariantCulture);
                int to = int.Parse(part[(dash + 1)..], CultureInfo.InvariantCulture);
                for (int s = from; s <= to; s++)
                    seeds.Add(s);
            }
            else
            {
                seeds.Add(int.Parse(part, CultureInfo.InvariantCulture));
            }
        }
        return seeds;
    }

    public static IReadOnlyList<string> ParsePasses(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? ["--canonicalize", "--cse"]
            : text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
