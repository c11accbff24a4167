using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Dialectic.Lit;

/// <summary>
/// The lit directives of one test file: RUN lines (joined across trailing-backslash continuations, with
/// <c>%(line)</c>/<c>%(line+n)</c> expanded), and the REQUIRES/UNSUPPORTED/XFAIL expression lists. Like lit, a
/// keyword counts anywhere on a line, whatever comment syntax precedes it; <c>END.</c> stops the scan.
/// </summary>
internal sealed class LitScript
{
    private static readonly string[] Keywords = { "RUN:", "REQUIRES:", "UNSUPPORTED:", "XFAIL:", "END." };
    private static readonly Regex LineExpression = new(@"%\(line *([+-]) *(\d+)\)", RegexOptions.CultureInvariant);

    /// <summary>RUN commands with the line number of their first RUN: line.</summary>
    public List<(int Line, string Command)> RunLines { get; } = new();

    public List<string> Requires { get; } = new();

    public List<string> Unsupported { get; } = new();

    public List<string> XFail { get; } = new();

    /// <summary>A malformed-script message (lit's UNRESOLVED), or null.</summary>
    public string? Error { get; private set; }

    public static LitScript Parse(string text)
    {
        var script = new LitScript();
        string[] lines = text.Split('\n');
        bool continuing = false;
        for (int index = 0; index < lines.Length; index++)
        {
            int lineNumber = index + 1;
            string line = lines[index].TrimEnd('\r');
            int best = -1;
            string? keyword = null;
            foreach (string candidate in Keywords)
            {
                int at = line.IndexOf(candidate, StringComparison.Ordinal);
                if (at >= 0 && (best < 0 || at < best))
                {
                    best = at;
                    keyword = candidate;
                }
            }
            if (keyword == null)
                continue;
            if (keyword == "END.")
            {
                if (line.Substring(best + keyword.Length).Trim().Length == 0)
                    break;
                continue;
            }
            string content = line.Substring(best + keyword.Length).TrimEnd();
            if (keyword == "RUN:")
            {
                content = content.Replace("%(line)", lineNumber.ToString(CultureInfo.InvariantCulture),
                    StringComparison.Ordinal);
                content = LineExpression.Replace(content, m =>
                {
                    int offset = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                    return (lineNumber + (m.Groups[1].Value == "+" ? offset : -offset)).ToString(
                        CultureInfo.InvariantCulture);
                });
                if (continuing)
                {
                    var (first, command) = script.RunLines[^1];
                    script.RunLines[^1] = (first, command.Substring(0, command.Length - 1) + content);
                }
                else
                {
                    script.RunLines.Add((lineNumber, content));
                }
                continuing = script.RunLines[^1].Command.EndsWith('\\');
                continue;
            }
            List<string> list = keyword switch
            {
                "REQUIRES:" => script.Requires,
                "UNSUPPORTED:" => script.Unsupported,
                _ => script.XFail,
            };
            foreach (string item in content.Split(','))
            {
                if (item.Trim().Length > 0)
                    list.Add(item.Trim());
            }
        }
        if (continuing)
            script.Error = "Test has unterminated RUN lines (with '\\')";
        else if (script.RunLines.Count == 0)
            script.Error = "Test has no 'RUN:' line";
        return script;
    }
}
