using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// Breaks valid programs in small ways, to compare how mlir-opt-22 and dialectic-opt reject invalid IR. Custom
/// form mutants mostly hit the parsers (operand types, operand counts, keywords, block arguments, undefined
/// values); generic form mutants mostly hit the verifiers (result types, attribute values, missing attributes,
/// region arguments). Each mutant changes one line (or deletes one).
/// </summary>
internal static partial class Mutator
{
    public static readonly string[] CustomOperators =
    [
        "operand-type", "cast-result-type", "drop-operand", "duplicate-operand", "bogus-predicate", "bogus-flag",
        "block-arg-count", "yield-types", "memref-shape", "undefined-value", "attribute-value", "undefined-block",
        "remove-terminator",
    ];

    public static readonly string[] GenericOperators =
    [
        "generic-result-type", "generic-property-value", "generic-drop-property", "generic-operand-count",
        "generic-region-args", "generic-memref-shape",
    ];

    private static readonly string[] ScalarTypes = ["i1", "i8", "i16", "i32", "i64", "index", "f16", "bf16", "f32", "f64"];

    [GeneratedRegex(@"\b(i\d+|f16|bf16|f32|f64|index)\b")]
    private static partial Regex ScalarTypePattern();

    [GeneratedRegex(@"%[A-Za-z0-9_#]+")]
    private static partial Regex ValuePattern();

    [GeneratedRegex(@"(memref|tensor|vector)<(\d+)")]
    private static partial Regex ShapedPattern();

    [GeneratedRegex(@"\^bb\d+\(([^()]*)\)")]
    private static partial Regex SuccessorPattern();

    [GeneratedRegex(@"(alignment = |locality<|index\.constant |case )(-?\d+)")]
    private static partial Regex AttributeValuePattern();

    [GeneratedRegex(@"(overflow<[^>]*>|fastmath<[^>]*>"
        + @"|\b(?:to_nearest_even|downward|upward|toward_zero|to_nearest_away|exact|unsigned|no_inline)\b)")]
    private static partial Regex FlagPattern();

    [GeneratedRegex(@"(arith\.cmp[if] |index\.cmp )([a-z]+)")]
    private static partial Regex PredicatePattern();

    [GeneratedRegex(@"(\w+) = (-?\d+) : (i\d+)|(\w+) = array<(i32|i64)(?:: ([-\d, ]+))?>|(\w+) = #(\w+)\.(\w+)<([^>]*)>")]
    private static partial Regex PropertyPattern();

    /// <summary>Mutates one line of <paramref name="program"/> with operator <paramref name="op"/>; null when the
    /// operator finds nothing to change.</summary>
    public static string? Apply(string op, string program, Random rng)
    {
        string[] lines = program.Split('\n');
        var candidates = new List<int>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (Applies(op, lines[i]))
                candidates.Add(i);
        }
        // Try candidate lines in random order until one changes.
        while (candidates.Count > 0)
        {
            int pick = rng.Next(candidates.Count);
            int index = candidates[pick];
            candidates.RemoveAt(pick);
            string? changed = MutateLine(op, lines[index], rng);
            if (changed == null || changed == lines[index])
                continue;
            var result = new List<string>(lines);
            if (changed == "\0")
                result.RemoveAt(index);
            else
                result[index] = changed;
            return string.Join('\n', result);
        }
        return null;
    }

    // Lines that are no operation the mutations should touch.
    private static readonly string[] NotOps =
        ["func.func", "module", "//", "memref.global", "\"builtin.module\"", "\"func.func\""];

    [GeneratedRegex(@"^(scf\.yield|scf\.condition|scf\.reduce\.return|memref\.alloca_scope\.return|memref\.atomic_yield"
        + @"|return|func\.return) .*:")]
    private static partial Regex YieldWithTypesPattern();

    [GeneratedRegex(@"^(scf\.yield|scf\.condition|scf\.reduce\.return|memref\.alloca_scope\.return|memref\.atomic_yield"
        + @"|return|func\.return|cf\.br|cf\.cond_br|cf\.switch)\b")]
    private static partial Regex TerminatorPattern();

    private static bool IsOpLine(string line)
    {
        string t = line.TrimStart();
        if (t.Length == 0 || t.StartsWith('}'))
            return false;
        foreach (string prefix in NotOps)
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    private static bool Applies(string op, string line)
    {
        string t = line.TrimStart();
        return op switch
        {
            "operand-type" => IsOpLine(line) && t.Contains(" : ", StringComparison.Ordinal) && !t.StartsWith('^'),
            "cast-result-type" => IsOpLine(line) && t.Contains(" to ", StringComparison.Ordinal)
                && t.Contains(" : ", StringComparison.Ordinal),
            "drop-operand" or "duplicate-operand" or "undefined-value" =>
                IsOpLine(line) && !t.StartsWith('^') && t.Contains('%'),
            "bogus-predicate" => PredicatePattern().IsMatch(line),
            "bogus-flag" => IsOpLine(line) && FlagPattern().IsMatch(line),
            "block-arg-count" => SuccessorPattern().IsMatch(line)
                || (t.StartsWith("^bb", StringComparison.Ordinal) && t.Contains('%')),
            "yield-types" => YieldWithTypesPattern().IsMatch(t),
            "memref-shape" or "generic-memref-shape" => IsOpLine(line) && ShapedPattern().IsMatch(line),
            "attribute-value" => IsOpLine(line) && AttributeValuePattern().IsMatch(line),
            "undefined-block" => t.Contains("^bb", StringComparison.Ordinal) && !t.StartsWith('^'),
            "remove-terminator" => TerminatorPattern().IsMatch(t),
            "generic-result-type" => t.StartsWith('%') && t.Contains(") -> ", StringComparison.Ordinal),
            "generic-property-value" or "generic-drop-property" =>
                t.Contains("<{", StringComparison.Ordinal) && PropertyPattern().IsMatch(t),
            "generic-operand-count" => t.Contains("\"(%", StringComparison.Ordinal),
            "generic-region-args" => t.StartsWith("^bb", StringComparison.Ordinal) && t.Contains('%'),
            _ => false,
        };
    }

    private static string OtherScalar(string type, Random rng)
    {
        while (true)
        {
            string t = ScalarTypes[rng.Next(ScalarTypes.Length)];
            if (t != type)
                return t;
        }
    }

    // Replaces one scalar type token in line[from..].
    private static string? ReplaceTypeAfter(string line, int from, Random rng)
    {
        var matches = ScalarTypePattern().Matches(line[from..]);
        if (matches.Count == 0)
            return null;
        var m = matches[rng.Next(matches.Count)];
        int at = from + m.Index;
        return line[..at] + OtherScalar(m.Value, rng) + line[(at + m.Length)..];
    }

    private static string? MutateLine(string op, string line, Random rng)
    {
        switch (op)
        {
            case "operand-type":
                return ReplaceTypeAfter(line, line.LastIndexOf(" : ", StringComparison.Ordinal), rng);
            case "cast-result-type":
                return ReplaceTypeAfter(line, line.LastIndexOf(" to ", StringComparison.Ordinal), rng);
            case "drop-operand":
            case "duplicate-operand":
            case "undefined-value":
            {
                int eq = line.IndexOf(" = ", StringComparison.Ordinal);
                int start = line.TrimStart().StartsWith('%') && eq >= 0 ? eq + 3 : 0;
                var uses = ValuePattern().Matches(line[start..]);
                if (uses.Count == 0)
                    return null;
                var m = uses[rng.Next(uses.Count)];
                int at = start + m.Index;
                if (op == "undefined-value")
                    return line[..at] + "%undefined_value" + line[(at + m.Length)..];
                if (op == "duplicate-operand")
                    return line[..at] + m.Value + ", " + m.Value + line[(at + m.Length)..];
                // drop "%x, " or ", %x"
                if (line.AsSpan(at + m.Length).StartsWith(", "))
                    return line[..at] + line[(at + m.Length + 2)..];
                if (at >= 2 && line.Substring(at - 2, 2) == ", ")
                    return line[..(at - 2)] + line[(at + m.Length)..];
                return line[..at] + line[(at + m.Length)..];
            }
            case "bogus-predicate":
            {
                var m = PredicatePattern().Match(line);
                string[] bogus = ["bogus", "oeq", "slt", "uno", "eq", "lt", "true"];
                string p = bogus[rng.Next(bogus.Length)];
                return line[..m.Groups[2].Index] + p + line[(m.Groups[2].Index + m.Groups[2].Length)..];
            }
            case "bogus-flag":
            {
                var all = FlagPattern().Matches(line);
                var m = all[rng.Next(all.Count)];
                string replacement = m.Value.StartsWith("overflow", StringComparison.Ordinal) ? "overflow<nsw, bogus>"
                    : m.Value.StartsWith("fastmath", StringComparison.Ordinal)
                        ? (rng.Next(2) == 0 ? "fastmath<slow>" : "fastmath<nnan ninf>")
                    : m.Value == "exact" ? "exakt"
                    : m.Value == "unsigned" ? "signed"
                    : m.Value == "no_inline" ? "noinline"
                    : "to_nowhere";
                return line[..m.Index] + replacement + line[(m.Index + m.Length)..];
            }
            case "block-arg-count":
            {
                var succ = SuccessorPattern().Matches(line);
                if (succ.Count > 0)
                {
                    var m = succ[rng.Next(succ.Count)];
                    string inner = m.Groups[1].Value;
                    int colon = inner.IndexOf(" : ", StringComparison.Ordinal);
                    if (colon < 0)
                        return null;
                    var values = new List<string>(inner[..colon].Split(", "));
                    var types = SplitTypes(inner[(colon + 3)..]);
                    if (values.Count != types.Count)
                        return null;
                    values.RemoveAt(values.Count - 1);
                    types.RemoveAt(types.Count - 1);
                    string newInner = values.Count == 0 ? "" : string.Join(", ", values) + " : " + string.Join(", ", types);
                    string target = line.Substring(m.Index, m.Value.IndexOf('(', StringComparison.Ordinal));
                    string rebuilt = values.Count == 0 ? target : target + "(" + newInner + ")";
                    return line[..m.Index] + rebuilt + line[(m.Index + m.Length)..];
                }
                // Block header: drop the last argument.
                int open = line.IndexOf('(', StringComparison.Ordinal), close = line.LastIndexOf(')');
                if (open < 0 || close < open)
                    return null;
                var args = SplitTypes(line[(open + 1)..close]);
                args.RemoveAt(args.Count - 1);
                return line[..(open + 1)] + string.Join(", ", args) + line[close..];
            }
            case "yield-types":
            {
                int colon = line.LastIndexOf(" : ", StringComparison.Ordinal);
                if (rng.Next(2) == 0)
                    return ReplaceTypeAfter(line, colon, rng);
                var types = SplitTypes(line[(colon + 3)..]);
                string head = line[..colon];
                int lastComma = head.LastIndexOf(", ", StringComparison.Ordinal);
                if (types.Count < 2 || lastComma < 0)
                {
                    // Add a value instead.
                    var values = ValuePattern().Matches(head);
                    if (values.Count == 0)
                        return null;
                    return head + ", " + values[0].Value + " : " + string.Join(", ", types) + ", " + types[0];
                }
                types.RemoveAt(types.Count - 1);
                return head[..lastComma] + " : " + string.Join(", ", types);
            }
            case "memref-shape":
            case "generic-memref-shape":
            {
                var all = ShapedPattern().Matches(line);
                var m = all[rng.Next(all.Count)];
                var g = m.Groups[2];
                string n = (long.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture) + 1 + rng.Next(3))
                    .ToString(System.Globalization.CultureInfo.InvariantCulture);
                return line[..g.Index] + n + line[(g.Index + g.Length)..];
            }
            case "attribute-value":
            {
                var all = AttributeValuePattern().Matches(line);
                var m = all[rng.Next(all.Count)];
                var g = m.Groups[2];
                string[] values = ["3", "0", "-1", "7", "1000000000000000000000"];
                return line[..g.Index] + values[rng.Next(values.Length)] + line[(g.Index + g.Length)..];
            }
            case "undefined-block":
            {
                int at = line.IndexOf("^bb", StringComparison.Ordinal);
                int end = at + 3;
                while (end < line.Length && char.IsAsciiDigit(line[end]))
                    end++;
                return line[..at] + "^bb999" + line[end..];
            }
            case "remove-terminator":
                return "\0";
            case "generic-result-type":
            {
                int arrow = line.LastIndexOf(") -> ", StringComparison.Ordinal);
                return ReplaceTypeAfter(line, arrow + 5, rng);
            }
            case "generic-property-value":
            case "generic-drop-property":
                return MutateProperty(op, line, rng);
            case "generic-operand-count":
            {
                int open = line.IndexOf("\"(%", StringComparison.Ordinal) + 1;
                int close = line.IndexOf(')', open);
                var operands = new List<string>(line[(open + 1)..close].Split(", "));
                if (rng.Next(2) == 0 || operands.Count == 1)
                    operands.Add(operands[0]);
                else
                    operands.RemoveAt(operands.Count - 1);
                // The functional type keeps its operand list: the count mismatch is a parse error there.
                return line[..(open + 1)] + string.Join(", ", operands) + line[close..];
            }
            case "generic-region-args":
            {
                int open = line.IndexOf('('), close = line.LastIndexOf(')');
                if (open < 0 || close < open)
                    return null;
                var args = SplitTypes(line[(open + 1)..close]);
                if (rng.Next(2) == 0)
                {
                    args.RemoveAt(args.Count - 1);
                    return line[..(open + 1)] + string.Join(", ", args) + line[close..];
                }
                return ReplaceTypeAfter(line, open, rng);
            }
        }
        return null;
    }

    private static string? MutateProperty(string op, string line, Random rng)
    {
        int open = line.IndexOf("<{", StringComparison.Ordinal);
        int close = line.IndexOf("}>", open, StringComparison.Ordinal);
        if (close < 0)
            return null;
        var all = PropertyPattern().Matches(line[open..close]);
        if (all.Count == 0)
            return null;
        var m = all[rng.Next(all.Count)];
        int at = open + m.Index;
        if (op == "generic-drop-property")
        {
            // Remove "name = value" with its separator.
            int end = at + m.Length;
            if (line.AsSpan(end).StartsWith(", "))
                end += 2;
            else if (line.Substring(at - 2, 2) == ", ")
                at -= 2;
            return line[..at] + line[end..];
        }
        string replacement;
        if (m.Groups[1].Success)
        {
            string[] values = ["99", "-1", "16", "1024"];
            replacement = m.Groups[1].Value + " = " + values[rng.Next(values.Length)] + " : " + m.Groups[3].Value;
        }
        else if (m.Groups[4].Success)
        {
            // array<i64: a, b> -> one element more or less
            var elements = m.Groups[6].Success ? new List<string>(m.Groups[6].Value.Split(", ")) : [];
            if (elements.Count > 0 && rng.Next(2) == 0)
                elements.RemoveAt(elements.Count - 1);
            else
                elements.Add("1");
            replacement = m.Groups[4].Value + " = array<" + m.Groups[5].Value
                + (elements.Count > 0 ? ": " + string.Join(", ", elements) : "") + ">";
        }
        else
        {
            string[] bodies = ["bogus", "nsw, nsw", "", "fast, nnan"];
            replacement = m.Groups[7].Value + " = #" + m.Groups[8].Value + "." + m.Groups[9].Value + "<"
                + bodies[rng.Next(bodies.Length)] + ">";
        }
        return line[..at] + replacement + line[(at + m.Length)..];
    }

    /// <summary>Splits a comma-separated list at top level (not inside &lt;&gt;, (), []).</summary>
    public static List<string> SplitTypes(string text)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '<' or '(' or '[' or '{')
                depth++;
            else if (c is '>' or ')' or ']' or '}')
                depth--;
            else if (c == ',' && depth == 0)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }
        parts.Add(text[start..].Trim());
        return parts;
    }
}
