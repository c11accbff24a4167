using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Dialectic.Lit;

/// <summary>
/// Reads a (canonicalized) check file into <see cref="FileCheckString"/>s the way LLVM's ReadCheckFile does: it
/// scans for the earliest, longest prefix occurrence that is not the tail of a longer word and is followed by a
/// valid directive suffix; comment directives (<c>COM:</c>, <c>RUN:</c>) skip the rest of their line.
/// </summary>
internal static class FileCheckParser
{
    private static readonly (string Name, CheckKind Kind)[] Suffixes =
    {
        ("NEXT", CheckKind.Next), ("SAME", CheckKind.Same), ("NOT", CheckKind.Not), ("DAG", CheckKind.Dag),
        ("LABEL", CheckKind.Label), ("EMPTY", CheckKind.Empty),
    };

    /// <summary>Returns the check strings, or null after reporting an error to <paramref name="errors"/>.</summary>
    public static List<FileCheckString>? Parse(FileCheckSource check, FileCheckOptions options,
        IReadOnlyList<FileCheckPattern> implicitNots, StringBuilder errors)
    {
        string text = check.Text;
        IReadOnlyList<string> checkPrefixes = options.EffectivePrefixes;
        var all = checkPrefixes.Select(p => (Prefix: p, Comment: false))
            .Concat(options.CommentPrefixes.Select(p => (Prefix: p, Comment: true))).ToArray();
        // nextOccurrence[k] caches the next index of all[k] at or after the scan position (-1: none left).
        var nextOccurrence = new int[all.Length];
        Array.Fill(nextOccurrence, -2);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<FileCheckString>();
        var dagNots = new List<FileCheckPattern>(implicitNots);
        int position = 0;
        while (true)
        {
            int best = -1;
            for (int k = 0; k < all.Length; k++)
            {
                if (nextOccurrence[k] == -2 || (nextOccurrence[k] >= 0 && nextOccurrence[k] < position))
                    nextOccurrence[k] = text.IndexOf(all[k].Prefix, position, StringComparison.Ordinal);
                if (nextOccurrence[k] < 0)
                    continue;
                if (best < 0 || nextOccurrence[k] < nextOccurrence[best]
                    || (nextOccurrence[k] == nextOccurrence[best] && all[k].Prefix.Length > all[best].Prefix.Length))
                    best = k;
            }
            if (best < 0)
                break;
            int start = nextOccurrence[best];
            string prefix = all[best].Prefix;
            bool isComment = all[best].Comment;
            int afterPrefix = start + prefix.Length;
            CheckKind kind = CheckKind.Comment;
            int count = 1;
            bool literal = false;
            int afterSuffix = -1;
            bool partOfWord = start > 0 && IsPartOfWord(text[start - 1]);
            if (!partOfWord)
            {
                string? error = FindCheckType(text, afterPrefix, isComment, out kind, out count, out literal,
                    out afterSuffix);
                if (error != null)
                {
                    check.Report(errors, afterPrefix, "error", error + " on prefix '" + prefix + "'");
                    return null;
                }
            }
            if (partOfWord || afterSuffix < 0)
            {
                position = afterPrefix;
                while (position < text.Length && IsPartOfWord(text[position]))
                    position++;
                continue;
            }
            if (kind == CheckKind.Comment)
            {
                int newline = text.IndexOf('\n', afterSuffix);
                position = newline < 0 ? text.Length : newline;
                continue;
            }
            used.Add(prefix);
            int patternStart = afterSuffix;
            if (!(options.StrictWhitespace && options.MatchFullLines))
            {
                while (patternStart < text.Length && (text[patternStart] == ' ' || text[patternStart] == '\t'))
                    patternStart++;
            }
            int end = text.IndexOfAny(new[] { '\n', '\r' }, patternStart);
            if (end < 0)
                end = text.Length;
            string patternText = text.Substring(patternStart, end - patternStart);
            position = end;
            if (kind == CheckKind.Empty && patternText.Trim(' ', '\t').Length != 0)
            {
                check.Report(errors, patternStart, "error",
                    "found non-empty check string for empty check with prefix '" + prefix + ":'");
                return null;
            }
            if (kind != CheckKind.Empty && patternText.Trim(' ', '\t').Length == 0)
            {
                check.Report(errors, patternStart, "error", "found empty check string with prefix '" + prefix + ":'");
                return null;
            }
            if ((kind == CheckKind.Next || kind == CheckKind.Same || kind == CheckKind.Empty) && result.Count == 0)
            {
                string name = kind == CheckKind.Next ? "NEXT" : kind == CheckKind.Same ? "SAME" : "EMPTY";
                check.Report(errors, start, "error",
                    "found '" + prefix + "-" + name + "' without previous '" + prefix + ": line");
                return null;
            }
            FileCheckPattern? pattern = FileCheckPattern.Parse(check, patternStart, patternText, kind, prefix, count,
                literal, options, errors);
            if (pattern == null)
                return null;
            if (kind == CheckKind.Dag || kind == CheckKind.Not)
            {
                dagNots.Add(pattern);
                continue;
            }
            result.Add(new FileCheckString(pattern, dagNots));
            dagNots = new List<FileCheckPattern>(implicitNots);
        }
        if (dagNots.Count > 0)
            result.Add(new FileCheckString(FileCheckPattern.EndOfInput(checkPrefixes[0], check), dagNots));
        var unused = checkPrefixes.Where(p => !used.Contains(p)).Distinct().OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        if (used.Count == 0 || (!options.AllowUnusedPrefixes && unused.Count > 0))
        {
            errors.Append("error: no check strings found with prefix").Append(unused.Count > 1 ? "es " : " ")
                .Append(string.Join(", ", unused.Select(p => "'" + p + ":'"))).Append('\n');
            return null;
        }
        return result;
    }

    private static bool IsPartOfWord(char c) => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_';

    // Decodes the directive suffix at text[i] (just after the prefix). afterSuffix is -1 when there is no valid
    // directive here; a non-null return is a malformed directive (an error).
    private static string? FindCheckType(string text, int i, bool isComment, out CheckKind kind, out int count,
        out bool literal, out int afterSuffix)
    {
        kind = CheckKind.Plain;
        count = 1;
        literal = false;
        afterSuffix = -1;
        if (i >= text.Length)
            return null;
        if (isComment)
        {
            kind = CheckKind.Comment;
            if (text[i] == ':')
                afterSuffix = i + 1;
            return null;
        }
        if (text[i] == ':' || text[i] == '{')
            return FinishDirective(text, i, ref literal, ref afterSuffix);
        if (text[i] != '-')
            return null;
        int rest = i + 1;
        if (string.CompareOrdinal(text, rest, "COUNT-", 0, 6) == 0)
        {
            int digits = rest + 6;
            int j = digits;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
                j++;
            if (j == digits || !int.TryParse(text.AsSpan(digits, j - digits), out count) || count == 0)
                return "invalid count in -COUNT specification";
            kind = CheckKind.Count;
            return FinishDirective(text, j, ref literal, ref afterSuffix);
        }
        foreach (var (name, suffixKind) in Suffixes)
        {
            if (string.CompareOrdinal(text, rest, name, 0, name.Length) == 0)
            {
                int j = rest + name.Length;
                if (j < text.Length && (text[j] == ':' || text[j] == '{'))
                {
                    kind = suffixKind;
                    return FinishDirective(text, j, ref literal, ref afterSuffix);
                }
            }
        }
        return null;
    }

    // Parses optional "{LITERAL}" modifiers and the ':' at text[j].
    private static string? FinishDirective(string text, int j, ref bool literal, ref int afterSuffix)
    {
        if (j < text.Length && text[j] == '{')
        {
            int close = text.IndexOf('}', j);
            if (close < 0)
                return null;
            foreach (string modifier in text.Substring(j + 1, close - j - 1).Split(','))
            {
                if (modifier.Trim() != "LITERAL")
                    return null;
                literal = true;
            }
            j = close + 1;
        }
        if (j < text.Length && text[j] == ':')
            afterSuffix = j + 1;
        return null;
    }
}
