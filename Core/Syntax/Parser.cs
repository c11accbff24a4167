using System;
using System.Collections.Generic;
using Dialectic.Core.Diagnostics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Syntax;

/// <summary>
/// Recursive-descent parser of MLIR's textual format (generic and custom op forms, builtin types and
/// attributes, aliases, locations, resources). Stops at the first error, which is emitted as a located
/// diagnostic; <see cref="ParseException"/> only unwinds to the entry point. Nesting deeper than
/// <see cref="ParserOptions.MaxNestingDepth"/> is an error, so callers need a stack proportional to that limit
/// (see <see cref="SourceParser"/>).
/// </summary>
public sealed partial class Parser
{
    private readonly Context _ctx;
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private readonly string _source;
    private Token _tok;
    private int _depth;

    private readonly Dictionary<string, Attribute> _attrAliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _typeAliases = new(StringComparer.Ordinal);
    private readonly Dictionary<long, DistinctAttr> _distincts = new();

    internal Parser(Context context, string source, ParserOptions options, int start = 0, int line = 1, int lineStart = 0)
    {
        _ctx = context;
        _source = source;
        _options = options;
        _lexer = new Lexer(source, start, line, lineStart);
        _fileAttr = options.FileName;
        _tok = _lexer.Next();
    }

    private readonly string _fileAttr;

    public Context Context => _ctx;

    // ---- token helpers ----

    internal Token Tok => _tok;

    internal ReadOnlySpan<char> Text(Token t) => _source.AsSpan(t.Start, t.Length);

    internal string TextString(Token t) => _source.Substring(t.Start, t.Length);

    internal void Consume()
    {
        if (_tok.Kind == TokenKind.Error)
            throw Error(_tok, _lexer.ErrorMessage);
        _tok = _lexer.Next();
        if (_tok.Kind == TokenKind.Error)
            throw Error(_tok, _lexer.ErrorMessage);
    }

    internal bool ConsumeIf(TokenKind kind)
    {
        if (_tok.Kind != kind)
            return false;
        Consume();
        return true;
    }

    internal void Expect(TokenKind kind, string message)
    {
        if (_tok.Kind != kind)
            throw WrongTokenError(message);
        Consume();
    }

    /// <summary>
    /// An "expected X" error, located as MLIR locates them: just after the last non-blank source text before
    /// the unexpected token (backing over blank lines and trailing <c>//</c> comments), so the error points at
    /// what is missing rather than at the next line.
    /// </summary>
    internal Exception WrongTokenError(string message)
    {
        int pos = _tok.Kind == TokenKind.Eof ? Math.Max(0, _tok.Start - 1) : _tok.Start;
        int originalPos = pos;
        int end = pos;
        while (true)
        {
            while (end > 0 && (_source[end - 1] == ' ' || _source[end - 1] == '\t'))
                end--;
            if (end == 0)
            {
                end = -1;
                break;
            }
            char c = _source[end - 1];
            if (c != '\n' && c != '\r')
                break;
            end--;
            // Look at the previous line; if it has a `//` comment, continue from before it.
            int lineStart = end;
            while (lineStart > 0 && _source[lineStart - 1] != '\n' && _source[lineStart - 1] != '\r')
                lineStart--;
            int comment = _source.AsSpan(lineStart, end - lineStart).IndexOf("//");
            if (comment >= 0)
                end = lineStart + comment;
        }
        int at = end < 0 ? originalPos : end;
        // Locate `at` (a source offset) by line and column.
        int line = _tok.Line, lineBegin = _tok.LineStart;
        while (at < lineBegin)
        {
            line--;
            int prev = lineBegin - 1;
            while (prev > 0 && _source[prev - 1] != '\n')
                prev--;
            lineBegin = prev;
        }
        return Error(new Token(TokenKind.Error, at, 1, line, lineBegin), message);
    }

    /// <summary>True when the current token is the bare identifier <paramref name="keyword"/>.</summary>
    internal bool IsKeyword(string keyword) =>
        _tok.Kind == TokenKind.BareIdentifier && Text(_tok).SequenceEqual(keyword);

    internal bool ConsumeKeyword(string keyword)
    {
        if (!IsKeyword(keyword))
            return false;
        Consume();
        return true;
    }

    /// <summary>Re-lexes from <paramref name="pos"/> (inside the current token), e.g. to split <c>4xf32</c>.</summary>
    internal void ResetLexer(int pos)
    {
        _lexer.ResetTo(pos, _tok);
        _tok = _lexer.Next();
        if (_tok.Kind == TokenKind.Error)
            throw Error(_tok, _lexer.ErrorMessage);
    }

    // ---- locations and errors ----

    /// <summary>The file location of token <paramref name="t"/>.</summary>
    internal LocationAttr LocOf(Token t) =>
        FileLineColRange.Get(_ctx, _fileAttr, (uint)(t.Line + _options.LineOffset), (uint)t.Column);

    /// <summary>Emits an error at <paramref name="t"/> and returns the exception that unwinds the parse.</summary>
    internal Exception Error(Token t, string message)
    {
        _ctx.EmitError(LocOf(t), message);
        return new ParseException();
    }

    internal Exception Error(string message) => Error(_tok, message);

    /// <summary>Emits an error with a note and returns the unwinding exception.</summary>
    internal Exception ErrorWithNote(Token t, string message, Token noteAt, string note)
    {
        _ctx.EmitError(LocOf(t), message).AttachNote(note, LocOf(noteAt));
        return new ParseException();
    }

    /// <summary>Enters one nesting level; errors once the configured depth is exceeded.</summary>
    internal void EnterNesting()
    {
        if (++_depth > _options.MaxNestingDepth)
            throw Error($"nesting depth exceeds the limit of {_options.MaxNestingDepth}");
    }

    internal void ExitNesting() => _depth--;

    // ---- top level ----

    /// <summary>
    /// Parses a whole source buffer into <paramref name="block"/>: aliases, operations and the trailing file
    /// metadata. Returns false after an error (already emitted).
    /// </summary>
    internal bool ParseTopLevel(Block block)
    {
        try
        {
            PushIsolatedScope();
            PushRegionScope();
            while (true)
            {
                switch (_tok.Kind)
                {
                    case TokenKind.Eof:
                        PopRegionScope();
                        PopIsolatedScope();
                        ResolveDeferredLocations();
                        return true;
                    case TokenKind.HashIdentifier:
                        ParseAttributeAliasDef();
                        break;
                    case TokenKind.ExclamationIdentifier:
                        ParseTypeAliasDef();
                        break;
                    case TokenKind.FileMetadataBegin:
                        ParseFileMetadata();
                        break;
                    case TokenKind.Error:
                        throw Error(_tok, _lexer.ErrorMessage);
                    default:
                        block.Append(ParseOperation());
                        break;
                }
            }
        }
        catch (ParseException)
        {
            return false;
        }
    }

    private void ParseAttributeAliasDef()
    {
        var nameTok = _tok;
        string name = _source.Substring(nameTok.Start + 1, nameTok.Length - 1);
        if (name.Contains('.'))
            throw Error("attribute names with a '.' are reserved for dialect-defined names");
        Consume();
        Expect(TokenKind.Equal, "expected '=' in attribute alias definition");
        if (_attrAliases.ContainsKey(name))
            throw Error(nameTok, $"redefinition of attribute alias id '{name}'");
        var attr = ParseAttribute();
        _attrAliases[name] = attr;
    }

    private void ParseTypeAliasDef()
    {
        var nameTok = _tok;
        string name = _source.Substring(nameTok.Start + 1, nameTok.Length - 1);
        if (name.Contains('.'))
            throw Error("type names with a '.' are reserved for dialect-defined names");
        Consume();
        Expect(TokenKind.Equal, "expected '=' in type alias definition");
        if (_typeAliases.ContainsKey(name))
            throw Error(nameTok, $"redefinition of type alias id '{name}'");
        if (!IsKeyword("type"))
        {
            // MLIR accepts `!alias = type` directly; the `type` keyword form is legacy.
        }
        else
        {
            Consume();
        }
        _typeAliases[name] = ParseType();
    }

    /// <summary>
    /// <c>{-# dialect_resources: { dialect: { key: value } }, external_resources: {...} #-}</c>. Blobs of the
    /// builtin dialect are stored in <see cref="Context.Resources"/>, external resources (strings and booleans) in
    /// <see cref="Context.ExternalResources"/>; other entries are validated and dropped.
    /// </summary>
    private void ParseFileMetadata()
    {
        Consume();
        bool first = true;
        while (_tok.Kind != TokenKind.FileMetadataEnd)
        {
            if (!first)
                Expect(TokenKind.Comma, "expected ',' or '#-}'");
            first = false;
            if (_tok.Kind != TokenKind.BareIdentifier)
                throw Error("expected identifier key in file metadata dictionary");
            var keyTok = _tok;
            string key = TextString(keyTok);
            Consume();
            Expect(TokenKind.Colon, "expected ':'");
            if (key == "dialect_resources" || key == "external_resources")
                ParseResourceSection(key == "dialect_resources");
            else
                throw Error(keyTok, $"unknown key '{key}' in file metadata dictionary");
        }
        Consume();
    }

    private void ParseResourceSection(bool isDialect)
    {
        Expect(TokenKind.LBrace, "expected '{'");
        while (!ConsumeIf(TokenKind.RBrace))
        {
            if (_tok.Kind != TokenKind.BareIdentifier)
                throw Error("expected identifier key for 'resource' entry");
            string owner = TextString(_tok);
            var ownerTok = _tok;
            Consume();
            Expect(TokenKind.Colon, "expected ':'");
            if (isDialect && owner != "builtin" && _ctx.GetDialect(owner) == null)
                throw Error(ownerTok, $"dialect '{owner}' is unknown");
            Expect(TokenKind.LBrace, "expected '{'");
            while (!ConsumeIf(TokenKind.RBrace))
            {
                if (_tok.Kind != TokenKind.BareIdentifier && _tok.Kind != TokenKind.String)
                    throw Error("expected identifier key for 'resource' entry");
                string handle = _tok.Kind == TokenKind.String ? ParseStringLiteralBytes(_tok) : TextString(_tok);
                Consume();
                Expect(TokenKind.Colon, "expected ':'");
                var valueTok = _tok;
                if (valueTok.Kind == TokenKind.String)
                {
                    string value = ParseStringLiteralBytes(valueTok);
                    Consume();
                    if (isDialect && owner == "builtin")
                    {
                        if (!TryDecodeHex(value, out var blob) || blob.Length < 4)
                            throw Error(valueTok, "expected hex string blob for key '" + handle + "'");
                        _ctx.Resources[handle] = blob;
                    }
                    else if (!isDialect)
                    {
                        StoreExternalResource(owner, handle, value);
                    }
                }
                else if (IsKeyword("true") || IsKeyword("false"))
                {
                    if (!isDialect)
                        StoreExternalResource(owner, handle, IsKeyword("true"));
                    Consume();
                }
                else
                {
                    throw Error("expected hex string blob, bool, or string for key '" + handle + "'");
                }
                if (!ConsumeIf(TokenKind.Comma) && _tok.Kind != TokenKind.RBrace)
                    throw Error("expected ',' or '}'");
            }
            if (!ConsumeIf(TokenKind.Comma) && _tok.Kind != TokenKind.RBrace)
                throw Error("expected ',' or '}'");
        }
    }

    /// <summary>Keeps an <c>external_resources</c> entry (e.g. <c>mlir_reproducer</c>'s pipeline) in
    /// <see cref="Context.ExternalResources"/> for the tool to read.</summary>
    private void StoreExternalResource(string owner, string key, object value)
    {
        if (!_ctx.ExternalResources.TryGetValue(owner, out var entries))
            _ctx.ExternalResources[owner] = entries = new Dictionary<string, object>(StringComparer.Ordinal);
        entries[key] = value;
    }

    /// <summary>Decodes <c>0x</c>-prefixed hex text; false when malformed.</summary>
    internal static bool TryDecodeHex(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length < 2 || text[0] != '0' || text[1] != 'x' || (text.Length & 1) != 0)
            return false;
        try
        {
            bytes = Convert.FromHexString(text.AsSpan(2));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    // ---- string literals ----

    /// <summary>
    /// Decodes a string literal token (quotes included) into a byte string (one char per byte, see
    /// <see cref="StringAttr.Bytes"/>): escapes <c>\" \\ \n \t \XX</c>; non-ASCII source chars become UTF-8 bytes.
    /// </summary>
    internal string ParseStringLiteralBytes(Token t)
    {
        var text = _source.AsSpan(t.Start, t.Length);
        int open = text.IndexOf('"');
        var body = text.Slice(open + 1, text.Length - open - 2);
        if (body.IndexOf('\\') < 0 && (IsAscii(body) || _options.SourceIsByteText))
            return body.ToString();
        var sb = new System.Text.StringBuilder(body.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '\\')
            {
                char n = body[i + 1];
                switch (n)
                {
                    case '"': sb.Append('"'); i++; continue;
                    case '\\': sb.Append('\\'); i++; continue;
                    case 'n': sb.Append('\n'); i++; continue;
                    case 't': sb.Append('\t'); i++; continue;
                }
                sb.Append((char)Convert.ToByte(body.Slice(i + 1, 2).ToString(), 16));
                i += 2;
                continue;
            }
            if (c < 0x80 || (_options.SourceIsByteText && c <= 0xff))
            {
                sb.Append(c);
                continue;
            }
            int len;
            if (char.IsHighSurrogate(c) && i + 1 < body.Length && char.IsLowSurrogate(body[i + 1]))
            {
                len = System.Text.Encoding.UTF8.GetBytes(body.Slice(i, 2), utf8);
                i++;
            }
            else
            {
                len = System.Text.Encoding.UTF8.GetBytes(body.Slice(i, 1), utf8);
            }
            for (int k = 0; k < len; k++)
                sb.Append((char)utf8[k]);
        }
        return sb.ToString();
    }

    private static bool IsAscii(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (c > 0x7f)
                return false;
        return true;
    }

    /// <summary>Parses the current string token and returns its bytes.</summary>
    internal string ParseStringBytes(string expected)
    {
        if (_tok.Kind != TokenKind.String)
            throw Error(expected);
        var s = ParseStringLiteralBytes(_tok);
        Consume();
        return s;
    }

    internal DiagnosticEngine Diagnostics => _ctx.Diagnostics;
}
