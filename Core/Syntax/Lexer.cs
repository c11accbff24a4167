using System;

namespace Dialectic.Core.Syntax;

/// <summary>
/// MLIR's lexer over a UTF-16 source text. Produces one <see cref="Token"/> per call without allocating; tracks
/// lines while skipping whitespace (MLIR tokens never span lines), so token positions are O(1) to locate.
/// An invalid character or malformed token yields <see cref="TokenKind.Error"/> with <see cref="ErrorMessage"/>.
/// </summary>
public sealed class Lexer
{
    private readonly string _src;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    public Lexer(string source, int start = 0, int line = 1, int lineStart = 0)
    {
        _src = source;
        _pos = start;
        _line = line;
        _lineStart = lineStart;
    }

    public string Source => _src;

    /// <summary>Message of the last <see cref="TokenKind.Error"/> token.</summary>
    public string ErrorMessage { get; private set; } = "";

    /// <summary>Restarts lexing at <paramref name="pos"/> on the same line as <paramref name="within"/>.</summary>
    public void ResetTo(int pos, Token within)
    {
        _pos = pos;
        _line = within.Line;
        _lineStart = within.LineStart;
    }

    /// <summary>Current position (the start of the next token, before whitespace).</summary>
    public int Position => _pos;

    public Token Next()
    {
        var src = _src;
        int p = _pos;
        // Skip whitespace and comments, counting lines.
        while (true)
        {
            if (p >= src.Length)
            {
                _pos = p;
                return new Token(TokenKind.Eof, p, 0, _line, _lineStart);
            }
            char c = src[p];
            if (c == ' ' || c == '\t' || c == '\r')
            {
                p++;
                continue;
            }
            if (c == '\n')
            {
                p++;
                _line++;
                _lineStart = p;
                continue;
            }
            if (c == '/' && p + 1 < src.Length && src[p + 1] == '/')
            {
                p += 2;
                while (p < src.Length && src[p] != '\n')
                    p++;
                continue;
            }
            break;
        }
        int start = p;
        char ch = src[p];
        switch (ch)
        {
            case ':': return Make(TokenKind.Colon, start, 1);
            case ',': return Make(TokenKind.Comma, start, 1);
            case '(': return Make(TokenKind.LParen, start, 1);
            case ')': return Make(TokenKind.RParen, start, 1);
            case '[': return Make(TokenKind.LSquare, start, 1);
            case ']': return Make(TokenKind.RSquare, start, 1);
            case '}': return Make(TokenKind.RBrace, start, 1);
            case '<': return Make(TokenKind.Less, start, 1);
            case '>': return Make(TokenKind.Greater, start, 1);
            case '=': return Make(TokenKind.Equal, start, 1);
            case '?': return Make(TokenKind.Question, start, 1);
            case '*': return Make(TokenKind.Star, start, 1);
            case '|': return Make(TokenKind.VerticalBar, start, 1);
            case '+': return Make(TokenKind.Plus, start, 1);
            case '{':
                if (p + 2 < src.Length && src[p + 1] == '-' && src[p + 2] == '#')
                    return Make(TokenKind.FileMetadataBegin, start, 3);
                return Make(TokenKind.LBrace, start, 1);
            case '-':
                if (p + 1 < src.Length && src[p + 1] == '>')
                    return Make(TokenKind.Arrow, start, 2);
                return Make(TokenKind.Minus, start, 1);
            case '.':
                if (p + 2 < src.Length && src[p + 1] == '.' && src[p + 2] == '.')
                    return Make(TokenKind.Ellipsis, start, 3);
                return Error(start, 1, "expected three consecutive dots for an ellipsis");
            case '"':
                return LexString(start);
            case '@':
                return LexAtIdentifier(start);
            case '#':
                if (p + 2 < src.Length && src[p + 1] == '-' && src[p + 2] == '}')
                    return Make(TokenKind.FileMetadataEnd, start, 3);
                return LexPrefixed(start, TokenKind.HashIdentifier, "invalid attribute name");
            case '%':
                return LexPrefixed(start, TokenKind.PercentIdentifier, "invalid SSA name");
            case '^':
                return LexPrefixed(start, TokenKind.CaretIdentifier, "invalid block name");
            case '!':
                return LexPrefixed(start, TokenKind.ExclamationIdentifier, "invalid type identifier");
        }
        if (ch >= '0' && ch <= '9')
            return LexNumber(start);
        if (IsLetter(ch) || ch == '_')
            return LexBareIdentifier(start);
        return Error(start, 1, "unexpected character");
    }

    private Token Make(TokenKind kind, int start, int length)
    {
        _pos = start + length;
        return new Token(kind, start, length, _line, _lineStart);
    }

    private Token Error(int start, int length, string message)
    {
        ErrorMessage = message;
        _pos = start + length;
        return new Token(TokenKind.Error, start, length, _line, _lineStart);
    }

    private static bool IsLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsHexDigit(char c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 5;

    private Token LexBareIdentifier(int start)
    {
        var src = _src;
        int p = start + 1;
        while (p < src.Length && (IsLetter(src[p]) || IsDigit(src[p]) || src[p] == '_' || src[p] == '$' || src[p] == '.'))
            p++;
        var text = src.AsSpan(start, p - start);
        // iN / siN / uiN are integer types.
        int digitsFrom = text[0] == 'i' ? 1 : (text.Length > 2 && (text[0] == 's' || text[0] == 'u') && text[1] == 'i') ? 2 : -1;
        if (digitsFrom > 0 && text.Length > digitsFrom)
        {
            bool allDigits = true;
            for (int i = digitsFrom; i < text.Length; i++)
                if (!IsDigit(text[i]))
                {
                    allDigits = false;
                    break;
                }
            if (allDigits)
                return Make(TokenKind.IntegerType, start, p - start);
        }
        return Make(TokenKind.BareIdentifier, start, p - start);
    }

    private Token LexNumber(int start)
    {
        var src = _src;
        int p = start;
        if (src[p] == '0' && p + 2 < src.Length && src[p + 1] == 'x' && IsHexDigit(src[p + 2]))
        {
            p += 2;
            while (p < src.Length && IsHexDigit(src[p]))
                p++;
            return Make(TokenKind.Integer, start, p - start);
        }
        while (p < src.Length && IsDigit(src[p]))
            p++;
        if (p >= src.Length || src[p] != '.')
            return Make(TokenKind.Integer, start, p - start);
        p++;
        while (p < src.Length && IsDigit(src[p]))
            p++;
        if (p < src.Length && (src[p] == 'e' || src[p] == 'E'))
        {
            int q = p + 1;
            if (q < src.Length && (src[q] == '+' || src[q] == '-'))
                q++;
            if (q < src.Length && IsDigit(src[q]))
            {
                p = q;
                while (p < src.Length && IsDigit(src[p]))
                    p++;
            }
        }
        return Make(TokenKind.Float, start, p - start);
    }

    private Token LexString(int start)
    {
        var src = _src;
        int p = start + 1;
        while (true)
        {
            if (p >= src.Length || src[p] == '\n' || src[p] == '\v' || src[p] == '\f')
                return Error(p, 1, "expected '\"' in string literal");
            char c = src[p];
            if (c == '"')
                return Make(TokenKind.String, start, p + 1 - start);
            if (c == '\\')
            {
                if (p + 1 < src.Length && (src[p + 1] == '"' || src[p + 1] == '\\' || src[p + 1] == 'n' || src[p + 1] == 't'))
                {
                    p += 2;
                    continue;
                }
                if (p + 2 < src.Length && IsHexDigit(src[p + 1]) && IsHexDigit(src[p + 2]))
                {
                    p += 3;
                    continue;
                }
                return Error(p, 1, "unknown escape in string literal");
            }
            p++;
        }
    }

    private Token LexAtIdentifier(int start)
    {
        var src = _src;
        int p = start + 1;
        if (p < src.Length && src[p] == '"')
        {
            var t = LexString(p);
            if (t.Kind == TokenKind.Error)
                return t;
            return Make(TokenKind.AtIdentifier, start, t.End - start);
        }
        if (p >= src.Length || !(IsLetter(src[p]) || src[p] == '_'))
            return Error(start, 1, "@ identifier expected to start with letter or '_'");
        p++;
        while (p < src.Length && (IsLetter(src[p]) || IsDigit(src[p]) || src[p] == '_' || src[p] == '$' || src[p] == '.'))
            p++;
        return Make(TokenKind.AtIdentifier, start, p - start);
    }

    /// <summary>suffix-id ::= digit+ | [a-zA-Z$._-][a-zA-Z0-9$._-]*</summary>
    private Token LexPrefixed(int start, TokenKind kind, string error)
    {
        var src = _src;
        int p = start + 1;
        if (p < src.Length && IsDigit(src[p]))
        {
            while (p < src.Length && IsDigit(src[p]))
                p++;
            return Make(kind, start, p - start);
        }
        if (p < src.Length && (IsLetter(src[p]) || src[p] == '$' || src[p] == '.' || src[p] == '_' || src[p] == '-'))
        {
            p++;
            while (p < src.Length && (IsLetter(src[p]) || IsDigit(src[p]) || src[p] == '$' || src[p] == '.' || src[p] == '_' || src[p] == '-'))
                p++;
            return Make(kind, start, p - start);
        }
        return Error(start, 1, error);
    }
}
