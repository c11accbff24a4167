using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Diagnostics;

/// <summary>
/// MLIR's <c>--verify-diagnostics</c>: reads <c>// expected-error {{text}}</c> (also warning, remark, note;
/// <c>@+N</c>, <c>@-N</c>, <c>@above</c>, <c>@below</c>, <c>@unknown</c>; <c>-re</c> variants where
/// <c>{{regex}}</c> parts inside the text are regular expressions) and checks that exactly those diagnostics
/// are emitted: each expectation matched at its line by a diagnostic of its severity containing the text.
/// </summary>
public sealed class ExpectedDiagnosticVerifier
{
    private sealed class Expectation
    {
        public required DiagnosticSeverity Severity;
        public required int Line;     // 0 for @unknown
        public required string Text;
        public required Regex? Pattern;
        public required int SourceLine;
        public required int SourceColumn;
        public bool Matched;
    }

    private static readonly Regex ExpectedRegex = new(
        @"expected-(error|warning|remark|note)(-re)? *(@([+-][0-9]+|above|below|unknown))? *\{\{(.*)\}\}\s*$",
        RegexOptions.Compiled);

    private readonly List<Expectation> _expectations = new();
    private readonly List<string> _errors = new();
    private readonly string _fileName;
    private readonly int _lineOffset;

    /// <summary>Collects expectations from <paramref name="text"/>, whose first line is line <paramref name="lineOffset"/> + 1.</summary>
    public ExpectedDiagnosticVerifier(string fileName, string text, int lineOffset)
    {
        _fileName = fileName;
        _lineOffset = lineOffset;
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int line = i + 1 + lineOffset;
            foreach (Match m in ExpectedRegex.Matches(lines[i]))
            {
                var severity = m.Groups[1].Value switch
                {
                    "error" => DiagnosticSeverity.Error,
                    "warning" => DiagnosticSeverity.Warning,
                    "remark" => DiagnosticSeverity.Remark,
                    _ => DiagnosticSeverity.Note,
                };
                int target = line;
                string offset = m.Groups[4].Value;
                if (offset == "unknown")
                    target = 0;
                else if (offset == "above")
                    target = line - 1;
                else if (offset == "below")
                    target = line + 1;
                else if (offset.Length > 0)
                    target = line + int.Parse(offset);
                string body = m.Groups[5].Value;
                _expectations.Add(new Expectation
                {
                    Severity = severity,
                    Line = target,
                    Text = body,
                    Pattern = m.Groups[2].Success ? BuildRegex(body) : null,
                    SourceLine = line,
                    SourceColumn = m.Index + 1,
                });
            }
        }
    }

    /// <summary>Literal text with embedded <c>{{regex}}</c> parts, as FileCheck and MLIR's <c>-re</c> checks.</summary>
    private static Regex BuildRegex(string body)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < body.Length)
        {
            int open = body.IndexOf("{{", i, StringComparison.Ordinal);
            if (open < 0)
            {
                sb.Append(Regex.Escape(body.Substring(i)));
                break;
            }
            sb.Append(Regex.Escape(body.Substring(i, open - i)));
            int close = body.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                sb.Append(Regex.Escape(body.Substring(open)));
                break;
            }
            sb.Append('(').Append(body, open + 2, close - open - 2).Append(')');
            i = close + 2;
        }
        return new Regex(sb.ToString());
    }

    /// <summary>Handler for the diagnostic engine: consumes every diagnostic (and its notes, checked later).</summary>
    public bool Handle(Diagnostic diag)
    {
        _emitted.Add(diag);
        return true;
    }

    private readonly List<Diagnostic> _emitted = new();

    /// <summary>Matches emitted diagnostics against expectations; writes mismatches and returns false on any.</summary>
    public bool Finish(TextWriter errorOutput, DiagnosticRenderer renderer)
    {
        bool ok = true;
        foreach (var diag in _emitted)
        {
            ok &= Process(diag, errorOutput, renderer);
            foreach (var note in diag.Notes)
                ok &= Process(note, errorOutput, renderer);
        }
        foreach (var e in _expectations)
        {
            if (e.Matched)
                continue;
            ok = false;
            string kind = DiagnosticRenderer.SeverityName(e.Severity);
            errorOutput.WriteLine($"{_fileName}:{e.SourceLine}:{e.SourceColumn}: error: expected {kind} \"{e.Text}\" was not produced");
        }
        return ok;
    }

    private bool Process(Diagnostic diag, TextWriter errorOutput, DiagnosticRenderer renderer)
    {
        var file = DiagnosticRenderer.FindFileLocation(diag.Location);
        int line = file != null && file.Filename == _fileName ? (int)file.StartLine : 0;
        if (file != null && file.Filename != _fileName && diag.Location is not UnknownLoc)
            line = 0;
        foreach (var e in _expectations)
        {
            if (e.Matched || e.Severity != diag.Severity || e.Line != line)
                continue;
            bool hit = e.Pattern != null ? e.Pattern.IsMatch(diag.Message) : diag.Message.Contains(e.Text, StringComparison.Ordinal);
            if (!hit)
                continue;
            e.Matched = true;
            return true;
        }
        var unexpected = new Diagnostic(diag.Location, DiagnosticSeverity.Error,
            $"unexpected {DiagnosticRenderer.SeverityName(diag.Severity)}: {diag.Message}");
        renderer.Render(unexpected, errorOutput);
        return false;
    }
}
