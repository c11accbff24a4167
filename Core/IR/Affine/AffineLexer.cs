using System;

namespace Dialectic.Core.IR.Affine;

/// <summary>Token kinds of the affine grammar (a subset of MLIR's lexer, with MLIR's token boundaries).</summary>
internal enum AffineTokenKind
{
    Eof,
    Identifier,
    Integer,
    Float,
    PercentIdentifier,
    LParen,
    RParen,
    LSquare,
    RSquare,
    Comma,
    Plus,
    Minus,
    Star,
    Arrow,
    Colon,
    Greater,
    Less,
    Equal,
    Other,

    /// <summary>A lexical error; <see cref="AffineLexer.LastError"/> holds MLIR's message.</summary>
    Error,
}

/// <summary>A token: kind plus its span in the source text.</summary>
internal readonly record struct AffineToken(AffineTokenKind Kind, int Start, int Length);

/// <summary>
/// Lexes affine map / integer set text the way MLIR's lexer splits it: bare identifiers
/// <c>[a-zA-Z_][a-zA-Z0-9_$.]*</c> (keywords such as <c>floordiv</c> are identifiers here and are
/// recognised by spelling), decimal and <c>0x</c> hex integers, floats (rejected by the parser), <c>-&gt;</c>,
/// single-character punctuation (<c>&gt;=</c> is two tokens, as in MLIR) and <c>//</c> line comments.
/// </summary>
internal sealed class AffineLexer
{
    private readonly string _text;
    private int _pos;

    public AffineLexer(string text, int start)
    {
        _text = text;
        _pos = start;
    }

    public AffineToken Next()
    {
        SkipTrivia();
        int start = _pos;
        if (_pos >= _text.Length)
            return new AffineToken(AffineTokenKind.Eof, _text.Length, 0);
        char c = _text[_pos++];
        switch (c)
        {
            case '(': return Tok(AffineTokenKind.LParen, start);
            case ')': return Tok(AffineTokenKind.RParen, start);
            case '[': return Tok(AffineTokenKind.LSquare, start);
            case ']': return Tok(AffineTokenKind.RSquare, start);
            case ',': return Tok(AffineTokenKind.Comma, start);
            case '+': return Tok(AffineTokenKind.Plus, start);
            case '*': return Tok(AffineTokenKind.Star, start);
            case ':': return Tok(AffineTokenKind.Colon, start);
            case '>': return Tok(AffineTokenKind.Greater, start);
            case '<': return Tok(AffineTokenKind.Less, start);
            case '=': return Tok(AffineTokenKind.Equal, start);
            case '-':
                if (_pos < _text.Length && _text[_pos] == '>')
                {
                    _pos++;
                    return Tok(AffineTokenKind.Arrow, start);
                }
                return Tok(AffineTokenKind.Minus, start);
            case '%':
                while (_pos < _text.Length && (IsIdentChar(_text[_pos]) || _text[_pos] == '-'))
                    _pos++;
                return _pos == start + 1
                    ? Error(start, "invalid SSA name")
                    : Tok(AffineTokenKind.PercentIdentifier, start);
            case '.':
                // Only "..." is a token; MLIR reports a lone '.' just after it.
                if (_pos + 1 < _text.Length && _text[_pos] == '.' && _text[_pos + 1] == '.')
                {
                    _pos += 2;
                    return Tok(AffineTokenKind.Other, start);
                }
                return Error(start, "expected three consecutive dots for an ellipsis", start + 1);
            case '/':
            case '\\':
            case '$':
            case '&':
            case ';':
            case '\'':
            case '`':
            case '~':
                return Error(start, "unexpected character");
        }
        if (IsLetter(c) || c == '_')
        {
            while (_pos < _text.Length && IsIdentChar(_text[_pos]))
                _pos++;
            return Tok(AffineTokenKind.Identifier, start);
        }
        if (IsDigit(c))
            return LexNumber(start);
        return Tok(AffineTokenKind.Other, start);
    }

    private AffineToken LexNumber(int start)
    {
        if (_text[start] == '0' && _pos + 1 < _text.Length && _text[_pos] == 'x' && Uri.IsHexDigit(_text[_pos + 1]))
        {
            _pos++;
            while (_pos < _text.Length && Uri.IsHexDigit(_text[_pos]))
                _pos++;
            return Tok(AffineTokenKind.Integer, start);
        }
        while (_pos < _text.Length && IsDigit(_text[_pos]))
            _pos++;
        if (_pos >= _text.Length || _text[_pos] != '.')
            return Tok(AffineTokenKind.Integer, start);
        // Float: digits '.' digits? ([eE][+-]?digits)?
        _pos++;
        while (_pos < _text.Length && IsDigit(_text[_pos]))
            _pos++;
        if (_pos < _text.Length && (_text[_pos] == 'e' || _text[_pos] == 'E'))
        {
            int save = _pos++;
            if (_pos < _text.Length && (_text[_pos] == '+' || _text[_pos] == '-'))
                _pos++;
            if (_pos < _text.Length && IsDigit(_text[_pos]))
            {
                while (_pos < _text.Length && IsDigit(_text[_pos]))
                    _pos++;
            }
            else
            {
                _pos = save;
            }
        }
        return Tok(AffineTokenKind.Float, start);
    }

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            {
                _pos++;
            }
            else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                    _pos++;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Message of the most recent <see cref="AffineTokenKind.Error"/> token.</summary>
    public string? LastError { get; private set; }

    /// <summary>Offset MLIR reports the most recent lexical error at (not always the token start).</summary>
    public int LastErrorOffset { get; private set; }

    private AffineToken Tok(AffineTokenKind kind, int start) => new(kind, start, _pos - start);

    private AffineToken Error(int start, string message, int? offset = null)
    {
        LastError = message;
        LastErrorOffset = offset ?? start;
        return Tok(AffineTokenKind.Error, start);
    }

    private static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsIdentChar(char c) => IsLetter(c) || IsDigit(c) || c == '_' || c == '$' || c == '.';
}
