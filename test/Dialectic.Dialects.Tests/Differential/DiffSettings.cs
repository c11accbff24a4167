using System;
using System.Collections.Generic;
using System.Globalization;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// Environment knobs of the differential tests:
/// <list type="bullet">
/// <item><c>DIALECTIC_DIFF_SEEDS</c>: batch seeds, e.g. <c>7</c>, <c>1-20</c> or <c>3,9,100-110</c> (default one
/// fixed seed). Each seed is a batch of <see cref="ProgramsPerSeed"/> programs.</item>
/// <item><c>DIALECTIC_DIFF_PROGRAMS</c>: programs per seed (default 300).</item>
/// <item><c>DIALECTIC_DIFF_DIALECTS</c>: dialects to generate, e.g. <c>arith,scf</c> (only those) or
/// <c>-memref,-cf</c> (all but those); func is always on.</item>
/// <item><c>DIALECTIC_DIFF_DUMP</c>: a directory that receives the corpora, outputs and full reports.</item>
/// </list>
/// </summary>
internal static class DiffSettings
{
    public const int DefaultSeed = 20251122;

    public static IReadOnlyList<int> Seeds => ParseSeeds(Environment.GetEnvironmentVariable("DIALECTIC_DIFF_SEEDS"));

    public static int ProgramsPerSeed =>
        int.TryParse(Environment.GetEnvironmentVariable("DIALECTIC_DIFF_PROGRAMS"), NumberStyles.Integer,
            CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 300;

    public static GenDialects Dialects => ParseDialects(Environment.GetEnvironmentVariable("DIALECTIC_DIFF_DIALECTS"));

    public static string? DumpDirectory
    {
        get
        {
            string? dir = Environment.GetEnvironmentVariable("DIALECTIC_DIFF_DUMP");
            return string.IsNullOrEmpty(dir) ? null : dir;
        }
    }

    /// <summary>Parses <c>7</c>, <c>1-20</c>, <c>3,9,100-110</c>; empty gives the default seed.</summary>
    public static IReadOnlyList<int> ParseSeeds(string? text)
    {
        var seeds = new List<int>();
        if (string.IsNullOrWhiteSpace(text))
        {
            seeds.Add(DefaultSeed);
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

    /// <summary>Parses <c>arith,scf</c> (only those) or <c>-memref,-cf</c> (all but those).</summary>
    public static GenDialects ParseDialects(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return GenDialects.All;
        GenDialects only = GenDialects.None, without = GenDialects.None;
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            bool remove = part.StartsWith('-');
            string name = remove ? part[1..] : part;
            if (name == "func")
                continue;
            var d = Enum.Parse<GenDialects>(name, ignoreCase: true);
            if (remove)
                without |= d;
            else
                only |= d;
        }
        return (only == GenDialects.None ? GenDialects.All : only) & ~without;
    }
}
