using System.Text;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// Rewrites generic-form text so that every operation's properties (<c>&lt;{...}&gt;</c>) are given in its
/// attribute dictionary instead, which MLIR accepts (inherent attributes are converted to properties while
/// parsing). Both tools must print the result as they print the original.
/// </summary>
internal static class PropertiesAsAttributes
{
    public static string Rewrite(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (string line in text.Split('\n'))
        {
            if (sb.Length > 0)
                sb.Append('\n');
            sb.Append(RewriteLine(line));
        }
        return sb.ToString();
    }

    private static string RewriteLine(string line)
    {
        int open = line.IndexOf(" <{", System.StringComparison.Ordinal);
        if (open < 0 || !line.TrimStart().StartsWith('%') && !line.TrimStart().StartsWith('"'))
            return line;
        // Find the matching "}>" by bracket depth (the '>' of "->" is no bracket), skipping string literals.
        int depth = 0, i = open + 1;
        bool inString = false;
        for (; i < line.Length; i++)
        {
            char c = line[i];
            if (inString)
            {
                if (c == '\\')
                    i++;
                else if (c == '"')
                    inString = false;
                continue;
            }
            if (c == '"')
                inString = true;
            else if (c is '{' or '[' or '(' or '<')
                depth++;
            else if (c is '}' or ']' or ')' or '>' && line[i - 1] != '-')
            {
                depth--;
                if (depth == 0)
                    break;
            }
        }
        if (i >= line.Length || line[i] != '>' || line[i - 1] != '}')
            return line;
        string props = line[(open + 3)..(i - 1)];
        string rest = line[(i + 1)..];
        // Merge into a dictionary that follows right away, or make one before the type. Operations with regions
        // (whose dictionary comes after the regions, lines below) are left alone.
        if (rest.StartsWith(" {", System.StringComparison.Ordinal))
            return line[..open] + " {" + props + ", " + rest[2..];
        if (rest.StartsWith(" : ", System.StringComparison.Ordinal))
            return line[..open] + " {" + props + "}" + rest;
        return line;
    }
}
