using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Dialectic.Lit;

/// <content>Parsing of literal text, <c>{{regex}}</c> and <c>[[...]]</c> blocks into segments.</content>
internal sealed partial class FileCheckPattern
{
    // Variables defined earlier in this same pattern: name -> named group (uses become backreferences).
    private readonly Dictionary<string, string> localDefinitions = new();

    private void Flush(StringBuilder regex, int offset)
    {
        if (regex.Length > 0)
            segments.Add(new Segment(SegmentKind.Regex, regex.ToString(), offset));
        regex.Clear();
    }

    private string NewGroupName() => "fcv" + (definitions.Count + segments.Count).ToString(
        System.Globalization.CultureInfo.InvariantCulture) + "_" + localDefinitions.Count.ToString(
        System.Globalization.CultureInfo.InvariantCulture);

    // Splits text into literal chunks, {{regex}} and [[substitution]] blocks, appending to regex and segments.
    private bool ParseBlocks(string text, int offset, StringBuilder regex, StringBuilder errors)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (string.CompareOrdinal(text, i, "{{", 0, 2) == 0)
            {
                int end = text.IndexOf("}}", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    Source.Report(errors, offset + i, "error", "found start of regex string with no end '}}'");
                    return false;
                }
                string translated = FileCheckRegex.Translate(text.Substring(i + 2, end - i - 2), out string? error)!;
                if (error != null)
                {
                    Source.Report(errors, offset + i + 2, "error", "invalid regex: " + error);
                    return false;
                }
                regex.Append("(?:").Append(translated).Append(')');
                i = end + 2;
                continue;
            }
            if (string.CompareOrdinal(text, i, "[[", 0, 2) == 0)
            {
                int end = FindBlockEnd(text, i + 2);
                if (end < 0)
                {
                    Source.Report(errors, offset + i, "error", "Invalid substitution block, no ]] found");
                    return false;
                }
                string body = text.Substring(i + 2, end - i - 2);
                bool ok = body.StartsWith('#') || body.StartsWith('@')
                    ? ParseNumericBlock(body, offset + i + 2, regex, errors)
                    : ParseStringBlock(body, offset + i + 2, regex, errors);
                if (!ok)
                    return false;
                i = end + 2;
                continue;
            }
            int next = NextBlockStart(text, i + 1);
            regex.Append(Regex.Escape(text.Substring(i, next - i)));
            i = next;
        }
        return true;
    }

    private static int NextBlockStart(string text, int from)
    {
        int regexStart = text.IndexOf("{{", from, StringComparison.Ordinal);
        int varStart = text.IndexOf("[[", from, StringComparison.Ordinal);
        if (regexStart < 0)
            regexStart = text.Length;
        if (varStart < 0)
            varStart = text.Length;
        return Math.Min(regexStart, varStart);
    }

    // Finds the "]]" closing a substitution block that starts at from, skipping balanced [...] and escapes.
    private static int FindBlockEnd(string text, int from)
    {
        int depth = 0;
        int i = from;
        while (i < text.Length)
        {
            if (depth == 0 && string.CompareOrdinal(text, i, "]]", 0, 2) == 0)
                return i;
            char c = text[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }
            if (c == '[')
                depth++;
            else if (c == ']')
            {
                if (depth == 0)
                    return -1;
                depth--;
            }
            i++;
        }
        return -1;
    }

    private static int ParseName(string body, int start)
    {
        int i = start;
        if (i < body.Length && body[i] == '$')
            i++;
        if (i >= body.Length || !(char.IsAsciiLetter(body[i]) || body[i] == '_'))
            return start;
        while (i < body.Length && (char.IsAsciiLetterOrDigit(body[i]) || body[i] == '_'))
            i++;
        return i;
    }

    // [[VAR]] (a use) or [[VAR:regex]] (a definition).
    private bool ParseStringBlock(string body, int offset, StringBuilder regex, StringBuilder errors)
    {
        int nameEnd = ParseName(body, 0);
        string name = body.Substring(0, nameEnd);
        if (name.Length == 0 || name == "$")
        {
            Source.Report(errors, offset, "error", "invalid variable name");
            return false;
        }
        if (nameEnd == body.Length)
        {
            if (localDefinitions.TryGetValue(name, out string? group))
            {
                regex.Append("\\k<").Append(group).Append('>');
            }
            else
            {
                Flush(regex, offset);
                segments.Add(new Segment(SegmentKind.StringUse, name, offset));
                hasSubstitutions = true;
            }
            return true;
        }
        if (body[nameEnd] != ':')
        {
            Source.Report(errors, offset + nameEnd, "error", "invalid name in string variable use");
            return false;
        }
        string translated = FileCheckRegex.Translate(body.Substring(nameEnd + 1), out string? error)!;
        if (error != null)
        {
            Source.Report(errors, offset + nameEnd + 1, "error", "invalid regex: " + error);
            return false;
        }
        string groupName = NewGroupName();
        localDefinitions[name] = groupName;
        definitions.Add(new Definition(groupName, name, false, FileCheckNumericFormat.Unsigned));
        regex.Append("(?<").Append(groupName).Append('>').Append(translated).Append(')');
        return true;
    }

    // [[#%fmt,NAME:expr]], [[#NAME:]], [[#expr]], and the legacy [[@LINE+n]].
    private bool ParseNumericBlock(string body, int offset, StringBuilder regex, StringBuilder errors)
    {
        int i = body[0] == '#' ? 1 : 0;
        while (i < body.Length && body[i] == ' ')
            i++;
        FileCheckNumericFormat? format = null;
        if (i < body.Length && body[i] == '%')
        {
            int comma = body.IndexOf(',', i);
            Match spec = Regex.Match(comma < 0 ? "" : body.Substring(i, comma - i), "^%(\\.([0-9]+))?([udxX])$");
            if (!spec.Success)
            {
                Source.Report(errors, offset + i, "error", "invalid format specifier in expression");
                return false;
            }
            int precision = spec.Groups[2].Success ? int.Parse(spec.Groups[2].Value,
                System.Globalization.CultureInfo.InvariantCulture) : 0;
            format = new FileCheckNumericFormat(spec.Groups[3].Value[0], precision);
            i = comma + 1;
        }
        string rest = body.Substring(i);
        string? defineName = null;
        int colon = rest.IndexOf(':');
        if (colon >= 0)
        {
            defineName = rest.Substring(0, colon).Trim();
            if (defineName.Length == 0 || ParseName(defineName, 0) != defineName.Length)
            {
                Source.Report(errors, offset + i, "error", "invalid variable name");
                return false;
            }
            rest = rest.Substring(colon + 1);
        }
        string expressionText = rest.Trim();
        if (expressionText.StartsWith("==", StringComparison.Ordinal))
            expressionText = expressionText.Substring(2);
        FileCheckExpression? expression = FileCheckExpression.Parse(expressionText, out string? error);
        if (expression == null)
        {
            Source.Report(errors, offset + i, "error", error!);
            return false;
        }
        if (defineName != null && expression.IsEmpty)
        {
            FileCheckNumericFormat definedFormat = format ?? FileCheckNumericFormat.Unsigned;
            string groupName = NewGroupName();
            definitions.Add(new Definition(groupName, defineName, true, definedFormat));
            regex.Append("(?<").Append(groupName).Append('>').Append(definedFormat.Regex).Append(')');
            return true;
        }
        if (expression.IsEmpty)
        {
            Source.Report(errors, offset, "error",
                "empty numeric expression should be followed by a matching constraint");
            return false;
        }
        Flush(regex, offset);
        segments.Add(new Segment(SegmentKind.NumericUse, expressionText, offset, expression, format,
            defineName == null ? null : NewGroupName(), defineName));
        hasSubstitutions = true;
        return true;
    }
}
