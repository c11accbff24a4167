namespace Dialectic.Core.Pass;

/// <summary>
/// Splits pass option text the way MLIR's <c>PassOptions::parseFromString</c> does: space-separated
/// <c>key=value</c> pairs whose values may be quoted (<c>'...'</c>, <c>"..."</c>) or braced (<c>{...}</c>, nesting
/// allowed), and comma-separated list elements that skip over nested braces, brackets, parentheses and quotes.
/// </summary>
internal static class PassOptionLexer
{
    /// <summary>
    /// The next <c>key[=value]</c> of <paramref name="options"/>: the key, the value (null without <c>=</c>) and the
    /// unprocessed rest.
    /// </summary>
    public static (string Key, string? Value, string Remainder) NextArgument(string options)
    {
        int i = 0;
        string key;
        for (; ; i++)
        {
            if (i == options.Length || options[i] == ' ')
            {
                key = Extract(options, i, out string rest);
                return (key, null, rest);
            }
            if (options[i] == '=')
            {
                key = Extract(options, i, out string rest);
                options = rest.Substring(1);
                break;
            }
        }
        for (i = 0; ; i++)
        {
            if (i == options.Length || options[i] == ' ')
            {
                string value = Extract(options, i, out string rest);
                return (key, value, rest);
            }
            char c = options[i];
            if (c is '\'' or '"')
            {
                int close = options.IndexOf(c, i + 1);
                if (close >= 0)
                    i = close;
                continue;
            }
            if (c == '{')
            {
                int depth = 1;
                for (i++; i < options.Length; i++)
                {
                    char d = options[i];
                    if (d is '\'' or '"')
                    {
                        int close = options.IndexOf(d, i + 1);
                        if (close >= 0)
                            i = close;
                        continue;
                    }
                    if (d == '{')
                        depth++;
                    else if (d == '}' && --depth == 0)
                        break;
                }
                // Back one: the loop's increment lands on the closing brace (or the end), scanned as a plain char.
                i--;
            }
        }
    }

    /// <summary>
    /// The first <paramref name="size"/> chars, trimmed, without enclosing quotes, or without enclosing braces
    /// when they match each other; <paramref name="rest"/> is the text after them, left-trimmed.
    /// </summary>
    public static string Extract(string options, int size, out string rest)
    {
        string str = options.Substring(0, size).Trim(' ', '\t', '\n', '\v', '\f', '\r');
        rest = options.Substring(size).TrimStart(' ', '\t', '\n', '\v', '\f', '\r');
        if (str.Length <= 1)
            return str;
        foreach (char q in "'\"")
            if (str[0] == q && str[^1] == q)
                return str.Substring(1, str.Length - 2).Trim(' ', '\t', '\n', '\v', '\f', '\r');
        if (str[0] == '{' && FindChar(str, 1, '}') == str.Length - 1)
            str = str.Substring(1, str.Length - 2).Trim(' ', '\t', '\n', '\v', '\f', '\r');
        return str;
    }

    /// <summary>The index of <paramref name="c"/> at or after <paramref name="index"/> outside nested ranges and
    /// quotes; -1 when there is none.</summary>
    public static int FindChar(string str, int index, char c)
    {
        for (int i = index; i < str.Length; i++)
        {
            if (str[i] == c)
                return i;
            if (str[i] == '{')
                i = FindChar(str, i + 1, '}');
            else if (str[i] == '(')
                i = FindChar(str, i + 1, ')');
            else if (str[i] == '[')
                i = FindChar(str, i + 1, ']');
            else if (str[i] is '"' or '\'')
                i = str.IndexOf(str[i], i + 1);
            if (i < 0)
                return -1;
        }
        return -1;
    }

    /// <summary>The comma-separated elements of a list value (none for empty text), each extracted as a value.</summary>
    public static System.Collections.Generic.List<string> SplitList(string text)
    {
        var elements = new System.Collections.Generic.List<string>();
        if (text.Length == 0)
            return elements;
        int next = FindChar(text, 0, ',');
        while (next >= 0)
        {
            elements.Add(Extract(text, next, out string rest));
            text = rest.Substring(1);
            next = FindChar(text, 0, ',');
        }
        elements.Add(Extract(text, text.Length, out _));
        return elements;
    }
}
