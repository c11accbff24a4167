using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Dialectic.Lit;

/// <summary>
/// One parsed check pattern: either a fixed string (searched with an ordinal IndexOf) or a .NET regex assembled
/// from literal text, <c>{{regex}}</c> blocks and <c>[[...]]</c> substitution blocks. Substitutions of variables
/// defined on earlier lines are spliced in (escaped) at match time; uses of a variable defined earlier on the
/// same line become backreferences.
/// </summary>
internal sealed partial class FileCheckPattern
{
    private enum SegmentKind
    {
        Regex,
        StringUse,
        NumericUse,
    }

    // A regex piece or a deferred substitution; Offset is where its text starts in the check buffer.
    private sealed record Segment(SegmentKind Kind, string Text, int Offset, FileCheckExpression? Expression = null,
        FileCheckNumericFormat? Format = null, string? GroupName = null, string? DefineName = null);

    // Variables defined by a successful match: the named group that captures them.
    private sealed record Definition(string GroupName, string Name, bool Numeric, FileCheckNumericFormat Format);

    private readonly List<Segment> segments = new();
    private readonly List<Definition> definitions = new();
    private string? fixedString;
    private Regex? cachedRegex;
    private bool hasSubstitutions;
    private RegexOptions regexOptions;

    private FileCheckPattern(CheckKind kind, string prefix, int offset, int line)
    {
        Kind = kind;
        Prefix = prefix;
        Offset = offset;
        Line = line;
    }

    public CheckKind Kind { get; }

    /// <summary>The prefix that introduced this directive (<c>CHECK</c>, or <c>IMPLICIT-CHECK</c>).</summary>
    public string Prefix { get; }

    /// <summary>Offset of the pattern text in its source buffer (the check file or the command line).</summary>
    public int Offset { get; }

    /// <summary>1-based line of the directive; the value of <c>@LINE</c>.</summary>
    public int Line { get; }

    /// <summary>How many consecutive matches a CHECK-COUNT-n requires; 1 otherwise.</summary>
    public int Count { get; private init; } = 1;

    /// <summary>The buffer diagnostics about this pattern point into.</summary>
    public FileCheckSource Source { get; private init; } = null!;

    /// <summary>The directive name as FileCheck prints it: <c>CHECK-NEXT</c>, <c>CHECK-COUNT</c>, ...</summary>
    public string DirectiveName => Prefix + Kind switch
    {
        CheckKind.Next => "-NEXT",
        CheckKind.Same => "-SAME",
        CheckKind.Not => "-NOT",
        CheckKind.Dag => "-DAG",
        CheckKind.Label => "-LABEL",
        CheckKind.Empty => "-EMPTY",
        CheckKind.Count => "-COUNT",
        _ => "",
    };

    /// <summary>The synthetic pattern that matches the end of the input.</summary>
    public static FileCheckPattern EndOfInput(string prefix, FileCheckSource source) =>
        new(CheckKind.Eof, prefix, source.Text.Length, source.LineCount) { Source = source };

    /// <summary>
    /// Parses the pattern text <paramref name="text"/> found at <paramref name="offset"/> of
    /// <paramref name="source"/>. On a syntax error, reports it to <paramref name="errors"/> and returns null.
    /// </summary>
    public static FileCheckPattern? Parse(FileCheckSource source, int offset, string text, CheckKind kind,
        string prefix, int count, bool literal, FileCheckOptions options, StringBuilder errors)
    {
        var pattern = new FileCheckPattern(kind, prefix, offset, source.LineOf(offset))
        {
            Count = count,
            Source = source,
        };
        pattern.regexOptions = RegexOptions.Multiline | RegexOptions.CultureInvariant
            | (options.IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        bool strictFullLines = options.StrictWhitespace && options.MatchFullLines;
        if (!strictFullLines)
            text = text.TrimEnd(' ', '\t');
        if (kind == CheckKind.Empty)
        {
            // The newline ending the previous line, then an empty line; the match is moved past the newline.
            pattern.segments.Add(new Segment(SegmentKind.Regex, "\\n$", offset));
            return pattern.Compile(errors) ? pattern : null;
        }
        // Positive patterns only: CHECK-NOT and CHECK-DAG are not anchored to whole lines.
        bool fullLines = options.MatchFullLines && kind != CheckKind.Not && kind != CheckKind.Dag;
        if (!fullLines && (literal || (!text.Contains("{{", StringComparison.Ordinal)
            && !text.Contains("[[", StringComparison.Ordinal))))
        {
            pattern.fixedString = text;
            return pattern;
        }
        string spaces = options.StrictWhitespace ? "" : " *";
        var regex = new StringBuilder();
        if (fullLines)
            regex.Append('^').Append(spaces);
        if (literal)
            regex.Append(Regex.Escape(text));
        else if (!pattern.ParseBlocks(text, offset, regex, errors))
            return null;
        if (fullLines)
            regex.Append(spaces).Append('$');
        pattern.Flush(regex, offset);
        return pattern.Compile(errors) ? pattern : null;
    }

    // Checks that the regex compiles now, so a bad regex is a check-file error (exit 2), and caches it.
    private bool Compile(StringBuilder errors)
    {
        try
        {
            var regex = new Regex(BuildRegex(null, null, null), regexOptions);
            if (!hasSubstitutions)
                cachedRegex = regex;
            return true;
        }
        catch (ArgumentException ex)
        {
            Source.Report(errors, Offset, "error", "invalid regex: " + ex.Message);
            return false;
        }
    }

    /// <summary>
    /// Searches <paramref name="input"/>[<paramref name="start"/>, <paramref name="end"/>) as if it were the whole
    /// text (so <c>^</c> matches at <paramref name="start"/>). On success, records the variables it defines.
    /// </summary>
    public FileCheckMatch Match(string input, int start, int end, FileCheckVariables variables)
    {
        if (Kind == CheckKind.Eof)
            return new FileCheckMatch { Found = true, Position = end, Length = 0 };
        if (fixedString != null)
        {
            StringComparison comparison = (regexOptions & RegexOptions.IgnoreCase) != 0
                ? StringComparison.OrdinalIgnoreCase
                : StringComparison.Ordinal;
            int index = input.IndexOf(fixedString, start, end - start, comparison);
            return index < 0
                ? new FileCheckMatch()
                : new FileCheckMatch { Found = true, Position = index, Length = fixedString.Length };
        }
        var result = new FileCheckMatch();
        var numericDefinitions = new List<(string Name, long Value, FileCheckNumericFormat Format)>();
        Regex regex;
        if (cachedRegex != null)
        {
            regex = cachedRegex;
        }
        else
        {
            string text = BuildRegex(variables, result, numericDefinitions);
            if (result.Undefined.Count > 0)
                return result;
            regex = new Regex(text, regexOptions);
        }
        System.Text.RegularExpressions.Match match = regex.Match(input, start, end - start);
        if (!match.Success)
        {
            var failed = new FileCheckMatch();
            failed.Substitutions.AddRange(result.Substitutions);
            return failed;
        }
        foreach (Definition definition in definitions)
        {
            string value = match.Groups[definition.GroupName].Value;
            if (!definition.Numeric)
                variables.SetString(definition.Name, value);
            else if (definition.Format.TryParse(value, out long number))
                variables.SetNumeric(definition.Name, number, definition.Format);
        }
        foreach (var (name, value, format) in numericDefinitions)
            variables.SetNumeric(name, value, format);
        // CHECK-EMPTY consumes the newline that precedes the empty line; its match starts after it.
        int skip = Kind == CheckKind.Empty ? 1 : 0;
        var found = new FileCheckMatch { Found = true, Position = match.Index + skip, Length = match.Length - skip };
        found.Substitutions.AddRange(result.Substitutions);
        return found;
    }

    // Joins the segments into one .NET regex. With variables == null (compile-time check) substitutions are
    // replaced by an empty match; otherwise undefined names are recorded on result.
    private string BuildRegex(FileCheckVariables? variables, FileCheckMatch? result,
        List<(string, long, FileCheckNumericFormat)>? numericDefinitions)
    {
        var builder = new StringBuilder();
        foreach (Segment segment in segments)
        {
            switch (segment.Kind)
            {
                case SegmentKind.Regex:
                    builder.Append(segment.Text);
                    break;
                case SegmentKind.StringUse:
                    if (variables == null)
                        break;
                    if (variables.TryGetString(segment.Text, out string value))
                    {
                        builder.Append(Regex.Escape(value));
                        result!.Substitutions.Add((segment.Text, value));
                    }
                    else
                    {
                        result!.Undefined.Add((segment.Text, segment.Offset));
                    }
                    break;
                case SegmentKind.NumericUse:
                    if (variables == null)
                        break;
                    var undefined = new List<string>();
                    if (segment.Expression!.TryEvaluate(variables, Line, undefined, out long number,
                            out FileCheckNumericFormat implicitFormat))
                    {
                        FileCheckNumericFormat format = segment.Format ?? implicitFormat;
                        string text = format.Format(number);
                        if (segment.GroupName != null)
                            numericDefinitions!.Add((segment.DefineName!, number, format));
                        builder.Append(Regex.Escape(text));
                        result!.Substitutions.Add((segment.Expression.Text, text));
                    }
                    else
                    {
                        foreach (string name in undefined)
                            result!.Undefined.Add((name, segment.Offset));
                    }
                    break;
            }
        }
        return builder.ToString();
    }
}
