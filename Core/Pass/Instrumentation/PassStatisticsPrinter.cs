using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Dialectic.Core.Pass.Instrumentation;

/// <summary>
/// Prints <c>--mlir-pass-statistics</c> in mlir-opt's layout (MLIR's <c>PassStatistics.cpp</c>), after merging the
/// counters of the clones that ran on worker threads into the original passes:
/// <code>
/// ===-------------------------------------------------------------------------===
///                          ... Pass statistics report ...
/// ===-------------------------------------------------------------------------===
/// 'func.func' Pipeline
///   CSE
///     (S) 7 num-cse'd - Number of operations CSE'd
/// </code>
/// </summary>
internal static class PassStatisticsPrinter
{
    private const string Description = "... Pass statistics report ...";

    public static void Print(OpPassManager pm, PassDisplayMode mode, TextWriter output)
    {
        Prepare(pm);
        var sb = new StringBuilder();
        sb.Append("===").Append('-', 73).Append("===\n");
        sb.Append(' ', (80 - Description.Length) / 2).Append(Description).Append('\n');
        sb.Append("===").Append('-', 73).Append("===\n");
        if (mode == PassDisplayMode.List)
            PrintList(sb, pm);
        else
            foreach (var p in pm.Passes)
                PrintPipeline(sb, 0, p);
        sb.Append('\n');
        ParallelOutput.Write(output, sb.ToString());
    }

    /// <summary>Adds the counters of the worker clones of every adaptor into the original passes and zeroes
    /// them.</summary>
    public static void Prepare(OpPassManager pm)
    {
        foreach (var p in pm.Passes)
        {
            if (p is not OpToOpPassAdaptor adaptor)
                continue;
            MergeAsyncStatistics(adaptor);
            foreach (var nested in adaptor.Managers)
                Prepare(nested);
        }
    }

    internal static void MergeAsyncStatistics(OpToOpPassAdaptor adaptor)
    {
        foreach (var executor in adaptor.AsyncExecutors)
            for (int i = 0; i < executor.Length && i < adaptor.Managers.Count; i++)
            {
                Prepare(executor[i]);
                MergeInto(executor[i], adaptor.Managers[i]);
            }
    }

    private static void MergeInto(OpPassManager from, OpPassManager into)
    {
        for (int i = 0; i < from.Passes.Count && i < into.Passes.Count; i++)
        {
            var a = from.Passes[i];
            var b = into.Passes[i];
            if (a is OpToOpPassAdaptor aa && b is OpToOpPassAdaptor ba)
            {
                for (int m = 0; m < aa.Managers.Count && m < ba.Managers.Count; m++)
                    MergeInto(aa.Managers[m], ba.Managers[m]);
                continue;
            }
            var sa = a.Statistics;
            var sb = b.Statistics;
            for (int s = 0; s < sa.Count && s < sb.Count; s++)
            {
                sb[s].Add(sa[s].Value);
                sa[s].Value = 0;
            }
        }
    }

    private static void PrintList(StringBuilder sb, OpPassManager pm)
    {
        var merged = new Dictionary<string, List<(string Name, string Description, long Value)>>(System.StringComparer.Ordinal);
        var work = new Stack<Pass>();
        for (int i = pm.Passes.Count - 1; i >= 0; i--)
            work.Push(pm.Passes[i]);
        while (work.Count > 0)
        {
            var pass = work.Pop();
            if (pass is OpToOpPassAdaptor adaptor)
            {
                for (int m = adaptor.Managers.Count - 1; m >= 0; m--)
                    for (int i = adaptor.Managers[m].Passes.Count - 1; i >= 0; i--)
                        work.Push(adaptor.Managers[m].Passes[i]);
                continue;
            }
            var stats = pass.Statistics;
            if (stats.Count == 0)
                continue;
            if (!merged.TryGetValue(pass.Name, out var entry))
            {
                entry = new List<(string, string, long)>();
                foreach (var s in stats)
                    entry.Add((s.Name, s.Description, s.Value));
                merged[pass.Name] = entry;
            }
            else
            {
                for (int i = 0; i < stats.Count && i < entry.Count; i++)
                    entry[i] = (entry[i].Name, entry[i].Description, entry[i].Value + stats[i].Value);
            }
        }
        var names = new List<string>(merged.Keys);
        names.Sort(System.StringComparer.Ordinal);
        foreach (var name in names)
            PrintEntry(sb, 2, name, merged[name]);
    }

    private static void PrintPipeline(StringBuilder sb, int indent, Pass pass)
    {
        if (pass is OpToOpPassAdaptor adaptor)
        {
            if (adaptor.Managers.Count > 1)
            {
                PrintEntry(sb, indent, adaptor.Name, null);
                indent += 2;
            }
            foreach (var pm in adaptor.Managers)
            {
                PrintEntry(sb, indent, "'" + pm.AnchorName + "' Pipeline", null);
                foreach (var p in pm.Passes)
                    PrintPipeline(sb, indent + 2, p);
            }
            return;
        }
        var stats = new List<(string, string, long)>();
        foreach (var s in pass.Statistics)
            stats.Add((s.Name, s.Description, s.Value));
        PrintEntry(sb, indent, pass.Name, stats);
    }

    /// <summary>The pass name, then its statistics sorted by name: <c>(S) value name - description</c> with values
    /// right-aligned and names left-aligned.</summary>
    private static void PrintEntry(StringBuilder sb, int indent, string pass, List<(string Name, string Description, long Value)>? stats)
    {
        sb.Append(' ', indent).Append(pass).Append('\n');
        if (stats == null || stats.Count == 0)
            return;
        stats.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        int nameWidth = 0, valueWidth = 0;
        foreach (var s in stats)
        {
            nameWidth = System.Math.Max(nameWidth, s.Name.Length);
            valueWidth = System.Math.Max(valueWidth, ((ulong)s.Value).ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        }
        foreach (var s in stats)
        {
            sb.Append(' ', indent + 2).Append("(S) ")
                .Append(((ulong)s.Value).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(valueWidth)).Append(' ')
                .Append(s.Name.PadRight(nameWidth)).Append(" - ").Append(s.Description).Append('\n');
        }
    }
}
