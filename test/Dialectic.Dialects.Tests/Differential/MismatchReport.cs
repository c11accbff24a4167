using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// Groups mismatches by kind and operation, so each group can be routed to the dialect that owns it, and renders
/// the assertion message: a count per group and, for each group, the smallest program that shows it with both
/// tools' lines and the program's seed. The full report goes to a file (and to <c>DIALECTIC_DIFF_DUMP</c>).
/// </summary>
internal sealed class MismatchReport
{
    private readonly List<Mismatch> _all = [];
    private readonly Dictionary<Mismatch, string> _reduced = [];

    public int Count => _all.Count;

    public IReadOnlyList<Mismatch> All => _all;

    public void Add(Mismatch m) => _all.Add(m);

    /// <summary>Mismatches grouped by (kind, op), largest groups first.</summary>
    public List<(string Key, List<Mismatch> Items)> Groups()
    {
        var groups = new Dictionary<string, List<Mismatch>>(StringComparer.Ordinal);
        foreach (var m in _all)
        {
            string key = m.Key;
            if (!groups.TryGetValue(key, out var list))
                groups[key] = list = [];
            list.Add(m);
        }
        var result = new List<(string, List<Mismatch>)>();
        foreach (var kv in groups)
            result.Add((kv.Key, kv.Value));
        result.Sort((a, b) => b.Item2.Count != a.Item2.Count ? b.Item2.Count.CompareTo(a.Item2.Count)
            : string.CompareOrdinal(a.Item1, b.Item1));
        return result;
    }

    /// <summary>The report: a summary line per group, then one example per group (the shortest program).</summary>
    public string Render(string title, int maxExamples, int maxProgramChars)
    {
        var sb = new StringBuilder();
        var groups = Groups();
        sb.Append(title).Append(": ").Append(_all.Count).Append(" mismatches in ").Append(groups.Count)
            .Append(" groups (kind | op: count)\n");
        foreach (var (key, items) in groups)
            sb.Append("  ").Append(key).Append(": ").Append(items.Count).Append('\n');
        int shown = 0;
        foreach (var (key, items) in groups)
        {
            if (shown++ >= maxExamples)
            {
                sb.Append("... ").Append(groups.Count - maxExamples).Append(" more groups in the full report\n");
                break;
            }
            Mismatch example = Example(items);
            sb.Append("\n== ").Append(key).Append(" (seed ").Append(example.Seed.ToString(CultureInfo.InvariantCulture))
                .Append(")\n");
            sb.Append("  mlir-opt:  ").Append(example.Expected).Append('\n');
            sb.Append("  dialectic: ").Append(example.Actual).Append('\n');
            if (example.Detail.Length > 0)
                sb.Append(Indent(example.Detail));
            bool reduced = _reduced.TryGetValue(example, out string? small);
            string text = reduced ? small! : example.Program;
            string program = text.Length <= maxProgramChars ? text : text[..maxProgramChars] + "\n...";
            sb.Append(reduced ? "  reduced program (still shows this mismatch):\n" : "  program:\n").Append(Indent(program));
        }
        return sb.ToString();
    }

    /// <summary>The example shown for a group: its shortest program.</summary>
    private static Mismatch Example(List<Mismatch> items)
    {
        Mismatch example = items[0];
        foreach (var m in items)
        {
            if (m.Program.Length < example.Program.Length)
                example = m;
        }
        return example;
    }

    /// <summary>
    /// Shrinks the example program of the first <paramref name="maxGroups"/> groups with
    /// <see cref="Reducer"/>, within <paramref name="budget"/> (off with <c>DIALECTIC_DIFF_REDUCE=0</c>).
    /// <paramref name="classify"/> maps a batch of candidate programs to their mismatch keys for the example's
    /// kind, or is null for kinds that are not reduced.
    /// </summary>
    public void ReduceExamples(int maxGroups, Func<Mismatch, Func<List<string>, string?[]>?> classify, TimeSpan budget,
        Func<Mismatch, string>? reductionKey = null)
    {
        if (Environment.GetEnvironmentVariable("DIALECTIC_DIFF_REDUCE") == "0")
            return;
        DateTime deadline = DateTime.UtcNow + budget;
        int done = 0;
        foreach (var (key, items) in Groups())
        {
            if (done++ >= maxGroups || DateTime.UtcNow >= deadline)
                break;
            var example = Example(items);
            var classifier = classify(example);
            if (classifier == null)
                continue;
            string target = reductionKey != null ? reductionKey(example) : key;
            _reduced[example] = Reducer.Reduce(example.Program, target, classifier, deadline);
        }
    }

    /// <summary>Writes the full report to a temporary file (and the dump directory); returns its path.</summary>
    public string WriteFull(string name, string title)
    {
        string text = Render(title, int.MaxValue, 20000);
        string path = Path.Combine(Path.GetTempPath(), "dialectic-diff-" + name + ".txt");
        File.WriteAllText(path, text);
        DiffDump.Write("report-" + name + ".txt", text);
        return path;
    }

    private static string Indent(string text)
    {
        var sb = new StringBuilder();
        foreach (string line in text.TrimEnd('\n').Split('\n'))
            sb.Append("    ").Append(line).Append('\n');
        return sb.ToString();
    }
}
