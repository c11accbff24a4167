using System;
using System.Collections.Generic;

namespace Dialectic.Lit;

/// <summary>
/// Evaluates lit's boolean feature expressions (<c>a &amp;&amp; !(b || c)</c>, <c>true</c>, <c>false</c>) over a set
/// of available features; <c>*</c> is always true (as in <c>XFAIL: *</c>). Unknown identifiers are false.
/// </summary>
internal sealed class LitFeatureExpression
{
    private readonly List<string> tokens = new();
    private readonly IReadOnlySet<string> features;
    private int position;

    private LitFeatureExpression(string text, IReadOnlySet<string> features)
    {
        this.features = features;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(' || c == ')' || c == '!')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if ((c == '&' || c == '|') && i + 1 < text.Length && text[i + 1] == c)
            {
                tokens.Add(new string(c, 2));
                i += 2;
            }
            else
            {
                int start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && "()!&|".IndexOf(text[i]) < 0)
                    i++;
                if (i == start)
                    throw new FormatException("unexpected character '" + c + "' in '" + text + "'");
                tokens.Add(text.Substring(start, i - start));
            }
        }
    }

    /// <summary>Evaluates <paramref name="text"/>; throws <see cref="FormatException"/> on a syntax error.</summary>
    public static bool Evaluate(string text, IReadOnlySet<string> features)
    {
        var parser = new LitFeatureExpression(text, features);
        bool value = parser.ParseOr();
        if (parser.position != parser.tokens.Count)
            throw new FormatException("unexpected '" + parser.tokens[parser.position] + "' in '" + text + "'");
        return value;
    }

    private string? Peek => position < tokens.Count ? tokens[position] : null;

    private bool ParseOr()
    {
        bool value = ParseAnd();
        while (Peek == "||")
        {
            position++;
            value |= ParseAnd();
        }
        return value;
    }

    private bool ParseAnd()
    {
        bool value = ParseNot();
        while (Peek == "&&")
        {
            position++;
            value &= ParseNot();
        }
        return value;
    }

    private bool ParseNot()
    {
        if (Peek == "!")
        {
            position++;
            return !ParseNot();
        }
        if (Peek == "(")
        {
            position++;
            bool value = ParseOr();
            if (Peek != ")")
                throw new FormatException("missing ')'");
            position++;
            return value;
        }
        string? token = Peek ?? throw new FormatException("expected a feature name");
        if (token is "&&" or "||" or ")")
            throw new FormatException("expected a feature name before '" + token + "'");
        position++;
        return token switch
        {
            "true" or "*" => true,
            "false" => false,
            _ => features.Contains(token),
        };
    }
}
