using System.Text;

namespace Dialectic.Lit;

/// <summary>
/// Translates FileCheck's regex dialect (LLVM's POSIX extended regular expressions, compiled with
/// <c>Regex::Newline</c>) into .NET regex syntax with the same meaning:
/// <list type="bullet">
/// <item><c>\c</c> is the literal character <c>c</c> (so <c>\d</c> is a <c>d</c>, as in LLVM);
/// <c>\1</c>..<c>\9</c> stay backreferences.</item>
/// <item>Inside brackets a backslash is literal, <c>[:class:]</c> names a POSIX class, and a negated class never
/// matches a newline.</item>
/// <item><c>.</c> never matches a newline; <c>^</c>/<c>$</c> match at line boundaries (the caller compiles with
/// <c>RegexOptions.Multiline</c>).</item>
/// </list>
/// </summary>
internal static class FileCheckRegex
{
    /// <summary>Translates <paramref name="posix"/>; null with <paramref name="error"/> on bad syntax.</summary>
    public static string? Translate(string posix, out string? error)
    {
        error = null;
        var output = new StringBuilder(posix.Length + 8);
        int i = 0;
        while (i < posix.Length)
        {
            char c = posix[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 >= posix.Length)
                    {
                        error = "trailing backslash (\\)";
                        return null;
                    }
                    char escaped = posix[i + 1];
                    if (escaped >= '1' && escaped <= '9')
                        output.Append('\\').Append(escaped);
                    else
                        AppendLiteral(output, escaped);
                    i += 2;
                    break;
                case '[':
                    i = TranslateBracket(posix, i, output, out error);
                    if (error != null)
                        return null;
                    break;
                case '(':
                    // "(?" is not POSIX; keep it from becoming a .NET group construct.
                    output.Append('(');
                    if (i + 1 < posix.Length && posix[i + 1] == '?')
                    {
                        error = "repetition-operator operand invalid";
                        return null;
                    }
                    i++;
                    break;
                default:
                    output.Append(c);
                    i++;
                    break;
            }
        }
        return output.ToString();
    }

    /// <summary>Appends <paramref name="c"/> so that .NET reads it as that literal character.</summary>
    public static void AppendLiteral(StringBuilder output, char c)
    {
        if (char.IsLetterOrDigit(c) || c == '_' || c == ' ' || c > 127)
            output.Append(c);
        else if (c == '\n')
            output.Append("\\n");
        else if (c == '\t')
            output.Append("\\t");
        else if (c == '\r')
            output.Append("\\r");
        else if (c < ' ')
            output.Append("\\x").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        else
            output.Append('\\').Append(c);
    }

    // Translates the bracket expression starting at posix[start] == '['; returns the index after its ']'.
    private static int TranslateBracket(string posix, int start, StringBuilder output, out string? error)
    {
        error = null;
        int i = start + 1;
        bool negated = i < posix.Length && posix[i] == '^';
        if (negated)
            i++;
        output.Append(negated ? "[^" : "[");
        if (negated)
            output.Append("\\n");
        bool first = true;
        // True when the last element was a single character that may start a range ("a" in "a-z").
        bool canStartRange = false;
        while (true)
        {
            if (i >= posix.Length)
            {
                error = "brackets ([ ]) not balanced";
                return i;
            }
            char c = posix[i];
            if (c == ']' && !first)
            {
                output.Append(']');
                return i + 1;
            }
            first = false;
            if (c == '[' && i + 1 < posix.Length && (posix[i + 1] == ':' || posix[i + 1] == '=' || posix[i + 1] == '.'))
            {
                char delimiter = posix[i + 1];
                int close = posix.IndexOf(delimiter + "]", i + 2, System.StringComparison.Ordinal);
                if (close < 0)
                {
                    error = "brackets ([ ]) not balanced";
                    return i;
                }
                string name = posix.Substring(i + 2, close - (i + 2));
                i = close + 2;
                if (delimiter == ':')
                {
                    string? cls = ClassBody(name);
                    if (cls == null)
                    {
                        error = "invalid character class";
                        return i;
                    }
                    output.Append(cls);
                }
                else
                {
                    foreach (char literal in name)
                        AppendClassChar(output, literal);
                }
                canStartRange = false;
                continue;
            }
            // A '-' between two characters is a range; at either end of the list it is literal.
            if (c == '-' && canStartRange && i + 1 < posix.Length && posix[i + 1] != ']')
            {
                output.Append('-');
                AppendClassChar(output, posix[i + 1]);
                i += 2;
                canStartRange = false;
                continue;
            }
            AppendClassChar(output, c);
            canStartRange = true;
            i++;
        }
    }

    private static void AppendClassChar(StringBuilder output, char c)
    {
        if (c == '\\' || c == '[' || c == ']' || c == '^' || c == '-')
            output.Append('\\').Append(c);
        else if (c == '\n')
            output.Append("\\n");
        else if (c == '\t')
            output.Append("\\t");
        else
            output.Append(c);
    }

    private static string? ClassBody(string name) => name switch
    {
        "alpha" => "a-zA-Z",
        "digit" => "0-9",
        "alnum" => "a-zA-Z0-9",
        "upper" => "A-Z",
        "lower" => "a-z",
        "space" => " \\t\\n\\r\\f\\v",
        "blank" => " \\t",
        "punct" => "!-/:-@\\[-`{-~",
        "xdigit" => "0-9A-Fa-f",
        "cntrl" => "\\x00-\\x1f\\x7f",
        "print" => "\\x20-\\x7e",
        "graph" => "\\x21-\\x7e",
        _ => null,
    };
}
