using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;

namespace Dialectic.Core.Pass.Instrumentation;

/// <summary>
/// Collects timers under a root and prints mlir-opt's execution time report (MLIR's <c>DefaultTimingManager</c>):
/// <code>
/// ===-------------------------------------------------------------------------===
///                          ... Execution time report ...
/// ===-------------------------------------------------------------------------===
///   Total Execution Time: 0.0011 seconds
///
///   ----Wall Time----  ----Name----
///     0.0006 ( 52.7%)  Parser
/// </code>
/// A User Time column appears when parallel work made user time differ from wall time.
/// </summary>
public sealed class TimingManager
{
    private const string Description = "... Execution time report ...";
    private readonly TimerNode _root = new("root") { Hidden = true };

    public TimingManager(TimingDisplayMode displayMode = TimingDisplayMode.Tree)
    {
        DisplayMode = displayMode;
        RootScope = new TimingScope(_root);
    }

    public TimingDisplayMode DisplayMode { get; }

    /// <summary>The root timer, running since the manager was created.</summary>
    public TimingScope RootScope { get; }

    /// <summary>Stops the root timer and writes the report.</summary>
    public void Print(TextWriter output)
    {
        RootScope.Stop();
        _root.FinalizeTree();
        var total = Record(_root);
        var sb = new StringBuilder();
        sb.Append("===").Append('-', 73).Append("===\n");
        sb.Append(' ', (80 - Description.Length) / 2).Append(Description).Append('\n');
        sb.Append("===").Append('-', 73).Append("===\n");
        sb.Append("  Total Execution Time: ").Append(Fixed(total.Wall, 4)).Append(" seconds\n\n");
        bool showUser = total.User != total.Wall;
        if (showUser)
            sb.Append("  ----User Time----");
        sb.Append("  ----Wall Time----  ----Name----\n");
        if (DisplayMode == TimingDisplayMode.List)
            PrintList(sb, total, showUser);
        else
            PrintTree(sb, _root, total, 0, showUser);
        var rest = total;
        foreach (var c in _root.Children)
        {
            var r = Record(c);
            rest = (rest.Wall - r.Wall, rest.User - r.User);
        }
        PrintRow(sb, rest, total, showUser, 0, "Rest");
        PrintRow(sb, total, total, showUser, 0, "Total");
        output.Write(sb.ToString());
        output.Flush();
    }

    private static (double Wall, double User) Record(TimerNode node) =>
        ((double)node.WallTicks / Stopwatch.Frequency, (double)node.UserTicks / Stopwatch.Frequency);

    private static void PrintTree(StringBuilder sb, TimerNode node, (double Wall, double User) total, int indent, bool showUser)
    {
        // Iterative pre-order over (node, indent).
        var stack = new Stack<(TimerNode Node, int Indent)>();
        stack.Push((node, indent));
        while (stack.Count > 0)
        {
            var (n, ind) = stack.Pop();
            int childIndent = ind;
            if (!n.Hidden)
            {
                PrintRow(sb, Record(n), total, showUser, ind, n.Name);
                childIndent += 2;
            }
            for (int i = n.Children.Count - 1; i >= 0; i--)
                stack.Push((n.Children[i], childIndent));
        }
    }

    private void PrintList(StringBuilder sb, (double Wall, double User) total, bool showUser)
    {
        var merged = new Dictionary<string, (double Wall, double User)>(StringComparer.Ordinal);
        var order = new List<string>();
        var stack = new Stack<TimerNode>();
        stack.Push(_root);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            var r = Record(n);
            if (merged.TryGetValue(n.Name, out var m))
                merged[n.Name] = (m.Wall + r.Wall, m.User + r.User);
            else
            {
                merged[n.Name] = r;
                order.Add(n.Name);
            }
            for (int i = n.Children.Count - 1; i >= 0; i--)
                stack.Push(n.Children[i]);
        }
        // By wall time, longest first (stable for equal times).
        var sorted = new List<(string Name, int Index)>();
        for (int i = 0; i < order.Count; i++)
            sorted.Add((order[i], i));
        sorted.Sort((a, b) =>
        {
            int c = merged[b.Name].Wall.CompareTo(merged[a.Name].Wall);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        foreach (var (name, _) in sorted)
            PrintRow(sb, merged[name], total, showUser, 0, name);
    }

    private static void PrintRow(StringBuilder sb, (double Wall, double User) time, (double Wall, double User) total,
        bool showUser, int indent, string name)
    {
        if (showUser)
            sb.Append("  ").Append(Fixed(time.User, 4).PadLeft(8)).Append(" (").Append(Percent(time.User, total.User)).Append("%)");
        sb.Append("  ").Append(Fixed(time.Wall, 4).PadLeft(8)).Append(" (").Append(Percent(time.Wall, total.Wall)).Append("%)  ");
        sb.Append(' ', indent).Append(name).Append('\n');
    }

    private static string Percent(double part, double whole)
    {
        double p = 100.0 * part / whole;
        return double.IsNaN(p) ? "  nan" : Fixed(p, 1).PadLeft(5);
    }

    private static string Fixed(double value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
