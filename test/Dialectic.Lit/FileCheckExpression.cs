using System.Collections.Generic;
using System.Globalization;

namespace Dialectic.Lit;

/// <summary>
/// A numeric expression inside <c>[[#...]]</c>: operands (<c>NAME</c>, <c>@LINE</c>, integer literals) joined by
/// <c>+</c> and <c>-</c>, evaluated left to right at match time.
/// </summary>
internal sealed class FileCheckExpression
{
    // Terms in source order; Sign is +1 or -1; exactly one of Literal/Variable is meaningful per term.
    private readonly List<(int Sign, string? Variable, long Literal)> terms = new();

    private FileCheckExpression(string text) => Text = text;

    /// <summary>The expression as written, for "with X equal to Y" notes.</summary>
    public string Text { get; }

    public bool IsEmpty => terms.Count == 0;

    /// <summary>Variables the expression reads (for the no-definition-in-same-line check).</summary>
    public IEnumerable<string> Variables
    {
        get
        {
            foreach (var term in terms)
            {
                if (term.Variable != null)
                    yield return term.Variable;
            }
        }
    }

    public static FileCheckExpression? Parse(string text, out string? error)
    {
        error = null;
        var expression = new FileCheckExpression(text.Trim());
        int i = 0;
        int sign = 1;
        bool expectOperand = true;
        while (true)
        {
            while (i < text.Length && text[i] == ' ')
                i++;
            if (i >= text.Length)
                break;
            char c = text[i];
            if (!expectOperand)
            {
                if (c != '+' && c != '-')
                {
                    error = "unsupported operation '" + c + "'";
                    return null;
                }
                sign = c == '+' ? 1 : -1;
                expectOperand = true;
                i++;
                continue;
            }
            int start = i;
            if (c == '@' || char.IsLetter(c) || c == '_' || c == '$')
            {
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                    i++;
                string name = text.Substring(start, i - start);
                if (i < text.Length && text[i] == '(')
                {
                    error = "call to undefined function '" + name + "'";
                    return null;
                }
                if (name.StartsWith('@') && name != "@LINE")
                {
                    error = "invalid pseudo numeric variable '" + name + "'";
                    return null;
                }
                expression.terms.Add((sign, name, 0));
            }
            else if (char.IsDigit(c))
            {
                bool hex = c == '0' && i + 1 < text.Length && (text[i + 1] == 'x' || text[i + 1] == 'X');
                if (hex)
                    i += 2;
                int digitsStart = i;
                while (i < text.Length && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsDigit(text[i])))
                    i++;
                string digits = text.Substring(digitsStart, i - digitsStart);
                bool ok = hex
                    ? long.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out long v)
                    : long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out v);
                if (!ok)
                {
                    error = "invalid literal '" + text.Substring(start, i - start) + "'";
                    return null;
                }
                expression.terms.Add((sign, null, v));
            }
            else
            {
                error = "invalid operand format";
                return null;
            }
            expectOperand = false;
            sign = 1;
        }
        if (expectOperand && expression.terms.Count > 0)
        {
            error = "missing operand in expression";
            return null;
        }
        return expression;
    }

    /// <summary>
    /// Evaluates against <paramref name="variables"/>; <c>@LINE</c> is <paramref name="line"/>. Undefined names
    /// are appended to <paramref name="undefined"/> and make the result false. <paramref name="format"/> is the
    /// implicit format: that of the first variable operand, else unsigned.
    /// </summary>
    public bool TryEvaluate(FileCheckVariables variables, int line, List<string> undefined, out long value,
        out FileCheckNumericFormat format)
    {
        value = 0;
        format = FileCheckNumericFormat.Unsigned;
        bool formatFixed = false;
        bool ok = true;
        foreach (var term in terms)
        {
            long operand = term.Literal;
            if (term.Variable == "@LINE")
            {
                operand = line;
            }
            else if (term.Variable != null)
            {
                if (!variables.TryGetNumeric(term.Variable, out operand, out var variableFormat))
                {
                    undefined.Add(term.Variable);
                    ok = false;
                    continue;
                }
                if (!formatFixed)
                {
                    format = variableFormat;
                    formatFixed = true;
                }
            }
            value = unchecked(value + term.Sign * operand);
        }
        return ok;
    }
}
