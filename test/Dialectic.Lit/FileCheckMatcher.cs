using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dialectic.Lit;

/// <summary>
/// Runs check strings over the input with LLVM FileCheck's algorithm: CHECK-LABELs first split the input into
/// blocks; within a block each check string matches its CHECK-DAG group(s) (matches may not overlap within a
/// group), then its own pattern (COUNT times), then verifies NEXT/SAME/EMPTY line adjacency and that no CHECK-NOT
/// pattern occurs in the skipped region. Positions are absolute offsets into the input text.
/// </summary>
internal sealed class FileCheckMatcher
{
    private readonly FileCheckSource input;
    private readonly FileCheckVariables variables;
    private readonly StringBuilder errors;
    private readonly Dictionary<FileCheckPattern, string> implicitLabels = new();

    public FileCheckMatcher(FileCheckSource input, FileCheckVariables variables, StringBuilder errors,
        IReadOnlyList<FileCheckPattern> implicitNots)
    {
        this.input = input;
        this.variables = variables;
        this.errors = errors;
        for (int i = 0; i < implicitNots.Count; i++)
            implicitLabels[implicitNots[i]] = "imp" + (i + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Marks for the input dump, in the order they were produced.</summary>
    public List<FileCheckAnnotation> Annotations { get; } = new();

    /// <summary>Returns true when every check string matched.</summary>
    public bool Run(IReadOnlyList<FileCheckString> checks, bool enableVarScope)
    {
        bool failed = false;
        int bufferStart = 0;
        int bufferEnd = input.Text.Length;
        int i = 0;
        int j = 0;
        while (true)
        {
            int regionStart = bufferStart;
            int regionEnd = bufferEnd;
            if (j != checks.Count)
            {
                if (checks[j].Pattern.Kind != CheckKind.Label)
                {
                    j++;
                    continue;
                }
                // Label scan: find the next label ignoring DAG/NOT/NEXT, to bound the block before it.
                int labelPosition = Check(checks[j], bufferStart, bufferEnd, true, out int labelLength);
                if (labelPosition < 0)
                    return false;
                regionEnd = labelPosition + labelLength;
                bufferStart = regionEnd;
                j++;
            }
            if (i != 0 && enableVarScope)
                variables.ClearLocals();
            for (; i != j; i++)
            {
                int position = Check(checks[i], regionStart, regionEnd, false, out int length);
                if (position < 0)
                {
                    failed = true;
                    i = j;
                    break;
                }
                regionStart = position + length;
            }
            if (j == checks.Count)
                break;
        }
        return !failed;
    }

    private string Label(FileCheckPattern pattern, int countIndex = 0)
    {
        string kind = pattern.Kind switch
        {
            CheckKind.Next => "next",
            CheckKind.Same => "same",
            CheckKind.Not => "not",
            CheckKind.Dag => "dag",
            CheckKind.Label => "label",
            CheckKind.Empty => "empty",
            CheckKind.Count => "count",
            CheckKind.Eof => "eof",
            _ => "check",
        };
        string where = implicitLabels.TryGetValue(pattern, out string? implicitLabel)
            ? implicitLabel
            : pattern.Line.ToString(CultureInfo.InvariantCulture);
        return kind + ":" + where + (countIndex > 0 ? "'" + countIndex.ToString(CultureInfo.InvariantCulture) : "");
    }

    // Returns the absolute position of the first match of the check string (or -1), and the length through the
    // end of its last COUNT match.
    private int Check(FileCheckString check, int start, int end, bool labelScan, out int matchLength)
    {
        matchLength = 0;
        FileCheckPattern pattern = check.Pattern;
        var nots = new List<FileCheckPattern>();
        int lastPosition = start;
        if (!labelScan)
        {
            lastPosition = CheckDag(check, start, end, nots);
            if (lastPosition < 0)
                return -1;
        }
        int lastMatchEnd = lastPosition;
        int firstMatch = -1;
        for (int n = 1; n <= pattern.Count; n++)
        {
            FileCheckMatch match = pattern.Match(input.Text, lastMatchEnd, end, variables);
            if (!match.Found)
            {
                ReportNotFound(pattern, lastMatchEnd, end, match, pattern.Count > 1 ? n : 0);
                return -1;
            }
            if (!labelScan && pattern.Kind != CheckKind.Eof)
            {
                Annotations.Add(new FileCheckAnnotation(match.Position, match.Position + match.Length, '^',
                    Label(pattern, pattern.Count > 1 ? n : 0), null));
            }
            if (n == 1)
                firstMatch = match.Position;
            lastMatchEnd = match.Position + match.Length;
        }
        matchLength = lastMatchEnd - firstMatch;
        if (labelScan)
            return firstMatch;
        if (!CheckLineAdjacency(pattern, lastPosition, firstMatch, matchLength))
            return -1;
        if (CheckNots(nots, lastPosition, firstMatch))
            return -1;
        return firstMatch;
    }

    // CHECK-NEXT/-EMPTY need exactly one newline between the previous match and this one; CHECK-SAME needs none.
    private bool CheckLineAdjacency(FileCheckPattern pattern, int previousEnd, int matchStart, int matchLength)
    {
        if (pattern.Kind != CheckKind.Next && pattern.Kind != CheckKind.Empty && pattern.Kind != CheckKind.Same)
            return true;
        int newlines = 0;
        int firstNewline = -1;
        for (int k = previousEnd; k < matchStart; k++)
        {
            if (input.Text[k] == '\n')
            {
                if (newlines++ == 0)
                    firstNewline = k;
            }
        }
        string? message = null;
        if (pattern.Kind == CheckKind.Same && newlines > 0)
            message = "is not on the same line as the previous match";
        else if (pattern.Kind != CheckKind.Same && newlines == 0)
            message = "is on the same line as previous match";
        else if (pattern.Kind != CheckKind.Same && newlines > 1)
            message = "is not on the line after the previous match";
        if (message == null)
            return true;
        pattern.Source.Report(errors, pattern.Offset, "error", pattern.DirectiveName + ": " + message);
        input.Report(errors, matchStart, "note", "'next' match was here", matchLength);
        input.Report(errors, previousEnd, "note", "previous match ended here");
        if (pattern.Kind != CheckKind.Same && newlines > 1)
            input.Report(errors, firstNewline + 1, "note", "non-matching line after previous match is here");
        Annotations.RemoveAt(Annotations.Count - 1);
        Annotations.Add(new FileCheckAnnotation(matchStart, matchStart + matchLength, '!', Label(pattern),
            "error: match on wrong line"));
        return false;
    }

    // Returns true (after reporting) when some CHECK-NOT pattern matches in [start, end).
    private bool CheckNots(List<FileCheckPattern> nots, int start, int end)
    {
        bool failed = false;
        foreach (FileCheckPattern not in nots)
        {
            FileCheckMatch match = not.Match(input.Text, start, end, variables);
            if (match.Undefined.Count > 0)
            {
                ReportUndefined(not, match);
                failed = true;
                continue;
            }
            if (!match.Found)
                continue;
            not.Source.Report(errors, not.Offset, "error", not.DirectiveName + ": excluded string found in input");
            input.Report(errors, match.Position, "note", "found here", match.Length);
            foreach (var (name, value) in match.Substitutions)
                input.Report(errors, match.Position, "note", "with \"" + name + "\" equal to \"" + value + "\"");
            Annotations.Add(new FileCheckAnnotation(match.Position, match.Position + match.Length, '!', Label(not),
                "error: no match expected"));
            failed = true;
        }
        return failed;
    }

    // Matches the DAG/NOT directives before a check string; returns where the check string's own search starts.
    private int CheckDag(FileCheckString check, int start, int end, List<FileCheckPattern> nots)
    {
        IReadOnlyList<FileCheckPattern> dagNots = check.DagNots;
        if (dagNots.Count == 0)
            return start;
        int startPosition = start;
        // Matches of the current DAG group, sorted by position and pairwise disjoint.
        var ranges = new List<(int Start, int End)>();
        for (int k = 0; k < dagNots.Count; k++)
        {
            FileCheckPattern pattern = dagNots[k];
            if (pattern.Kind == CheckKind.Not)
            {
                nots.Add(pattern);
                continue;
            }
            int searchFrom = startPosition;
            while (true)
            {
                FileCheckMatch match = pattern.Match(input.Text, searchFrom, end, variables);
                if (!match.Found)
                {
                    ReportNotFound(pattern, searchFrom, end, match, 0);
                    return -1;
                }
                int matchEnd = match.Position + match.Length;
                int overlap = ranges.FindIndex(r => match.Position < r.End && r.Start < matchEnd);
                if (overlap < 0)
                {
                    int insertAt = ranges.FindIndex(r => r.Start > match.Position);
                    ranges.Insert(insertAt < 0 ? ranges.Count : insertAt, (match.Position, matchEnd));
                    Annotations.Add(new FileCheckAnnotation(match.Position, matchEnd, '^', Label(pattern), null));
                    break;
                }
                // Overlaps an earlier match of this group: retry after that match.
                searchFrom = ranges[overlap].End;
            }
            bool groupEnds = k + 1 == dagNots.Count || dagNots[k + 1].Kind == CheckKind.Not;
            if (groupEnds)
            {
                if (nots.Count > 0)
                {
                    if (CheckNots(nots, startPosition, ranges[0].Start))
                        return -1;
                    nots.Clear();
                }
                startPosition = ranges[^1].End;
                ranges.Clear();
            }
        }
        return startPosition;
    }

    private void ReportUndefined(FileCheckPattern pattern, FileCheckMatch match)
    {
        foreach (var (name, offset) in match.Undefined)
            pattern.Source.Report(errors, offset, "error", "undefined variable: " + name);
    }

    private void ReportNotFound(FileCheckPattern pattern, int searchStart, int searchEnd, FileCheckMatch match,
        int countIndex)
    {
        if (match.Undefined.Count > 0)
        {
            ReportUndefined(pattern, match);
            return;
        }
        string suffix = countIndex > 0
            ? " (" + countIndex.ToString(CultureInfo.InvariantCulture) + " out of "
                + pattern.Count.ToString(CultureInfo.InvariantCulture) + ")"
            : "";
        pattern.Source.Report(errors, pattern.Offset, "error",
            pattern.DirectiveName + ": expected string not found in input" + suffix);
        int scan = searchStart;
        while (scan < searchEnd && (input.Text[scan] == ' ' || input.Text[scan] == '\t'))
            scan++;
        input.Report(errors, scan, "note", "scanning from here");
        foreach (var (name, value) in match.Substitutions)
            input.Report(errors, scan, "note", "with \"" + name + "\" equal to \"" + value + "\"");
        Annotations.Add(new FileCheckAnnotation(scan, System.Math.Max(scan + 1, searchEnd), 'X',
            Label(pattern, countIndex), "error: no match found"));
    }
}
