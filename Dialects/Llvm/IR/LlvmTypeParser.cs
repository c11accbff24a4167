using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary>
/// Parses the body of an llvm type (<c>struct&lt;(ptr, array&lt;2 x i64&gt;)&gt;</c>): llvm types nested without
/// their <c>!llvm.</c> prefix, and any other type (<c>i32</c>, <c>vector&lt;4xf32&gt;</c>, <c>!llvm.ptr</c>) through
/// the core parser. Recursive over type nesting, bounded by <see cref="MaxDepth"/>. Errors set <see cref="Error"/>
/// and make the methods return null.
/// </summary>
internal sealed class LlvmTypeParser
{
    /// <summary>Deeper nesting is reported instead of risking the stack.</summary>
    private const int MaxDepth = 512;

    private readonly Context _context;
    private readonly string _text;
    private int _pos;
    private int _depth;

    public LlvmTypeParser(Context context, string text)
    {
        _context = context;
        _text = text;
    }

    /// <summary>The first error's message; null while none.</summary>
    public string? Error { get; private set; }

    /// <summary>Parses the whole text as one llvm type body (it must start with an llvm type keyword).</summary>
    public Type? ParseBody()
    {
        SkipSpace();
        string keyword = PeekIdentifier();
        if (keyword.Length == 0 || !IsLlvmKeyword(keyword))
            return Fail($"unknown LLVM type: {keyword}");
        var type = ParseNested();
        if (type == null)
            return null;
        SkipSpace();
        if (_pos != _text.Length)
            return Fail("expected '>'");
        return type;
    }

    private static bool IsLlvmKeyword(string keyword) =>
        keyword is "ptr" or "struct" or "array" or "func" || LlvmPrimitiveType.IsKeyword(keyword);

    /// <summary>One type nested in a body: an llvm type by its keyword, or anything else through the core parser.</summary>
    private Type? ParseNested()
    {
        SkipSpace();
        string keyword = PeekIdentifier();
        if (!IsLlvmKeyword(keyword))
            return ParseOtherType();
        if (++_depth > MaxDepth)
            return Fail("LLVM type nesting is too deep");
        _pos += keyword.Length;
        Type? result = keyword switch
        {
            "ptr" => ParsePointer(),
            "struct" => ParseStruct(),
            "array" => ParseArray(),
            "func" => ParseFunction(),
            _ => LlvmPrimitiveType.Get(_context, keyword),
        };
        _depth--;
        return result;
    }

    private Type? ParsePointer()
    {
        if (!TryEat('<'))
            return LlvmPointerType.Get(_context);
        if (!ParseUnsigned(out ulong space) || space > uint.MaxValue)
            return Fail("expected integer value");
        if (!TryEat('>'))
            return Fail("expected '>'");
        return LlvmPointerType.Get(_context, (uint)space);
    }

    private Type? ParseArray()
    {
        if (!TryEat('<'))
            return Fail("expected '<'");
        if (!ParseUnsigned(out ulong count))
            return Fail("expected integer value");
        if (!TryEatKeyword("x"))
            return Fail("expected 'x'");
        var element = ParseNested();
        if (element == null)
            return null;
        if (!TryEat('>'))
            return Fail("expected '>'");
        if (!LlvmTypes.IsValidElementType(element))
            return Fail($"invalid array element type: '{element}'");
        return LlvmArrayType.Get(element, count);
    }

    private Type? ParseFunction()
    {
        if (!TryEat('<'))
            return Fail("expected '<'");
        var result = ParseNested();
        if (result == null)
            return null;
        if (!TryEat('('))
            return Fail("expected '('");
        var parameters = new List<Type>();
        bool vararg = false;
        if (!TryEat(')'))
        {
            do
            {
                SkipSpace();
                if (_text.AsSpan(_pos).StartsWith("..."))
                {
                    _pos += 3;
                    vararg = true;
                    break;
                }
                var p = ParseNested();
                if (p == null)
                    return null;
                parameters.Add(p);
            }
            while (TryEat(','));
            if (!TryEat(')'))
                return Fail("expected ')'");
        }
        if (!TryEat('>'))
            return Fail("expected '>'");
        if (!LlvmTypes.IsValidResultType(result))
            return Fail($"invalid function result type: '{result}'");
        foreach (var p in parameters)
            if (!LlvmTypes.IsValidArgumentType(p))
                return Fail($"invalid function argument type: '{p}'");
        return LlvmFunctionType.Get(result, parameters.ToArray(), vararg);
    }

    private Type? ParseStruct()
    {
        if (!TryEat('<'))
            return Fail("expected '<'");
        string? name = null;
        SkipSpace();
        if (_pos < _text.Length && _text[_pos] == '"')
        {
            name = ParseString();
            if (name == null)
                return Fail("expected string");
            if (!TryEat(','))
            {
                if (TryEat('>'))
                    return Fail("struct without a body only allowed in a recursive struct");
                return Fail("expected ','");
            }
            if (TryEatKeyword("opaque"))
            {
                if (!TryEat('>'))
                    return Fail("expected '>'");
                return LlvmStructType.GetOpaque(_context, name) ?? Fail("identified type already used with a different body");
            }
        }
        bool packed = TryEatKeyword("packed");
        if (!TryEat('('))
            return Fail("expected '('");
        var body = new List<Type>();
        if (!TryEat(')'))
        {
            do
            {
                var e = ParseNested();
                if (e == null)
                    return null;
                if (!LlvmTypes.IsValidElementType(e))
                    return Fail($"invalid LLVM structure element type: '{e}'");
                body.Add(e);
            }
            while (TryEat(','));
            if (!TryEat(')'))
                return Fail("expected ')'");
        }
        if (!TryEat('>'))
            return Fail("expected '>'");
        if (name == null)
            return LlvmStructType.GetLiteral(_context, body.ToArray(), packed);
        return LlvmStructType.GetIdentified(_context, name, body.ToArray(), packed)
            ?? Fail("identified type already used with a different body");
    }

    /// <summary>
    /// A non-llvm type: the text up to the next top-level space, <c>,</c>, <c>)</c> or <c>&gt;</c>, parsed by the
    /// core parser (integers and common floats directly).
    /// </summary>
    private Type? ParseOtherType()
    {
        int start = _pos;
        int depth = 0;
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c is '<' or '(' or '[' or '{')
                depth++;
            else if (c == '>' && _pos > start && _text[_pos - 1] == '-')
            {
                // the '>' of an arrow closes nothing
            }
            else if (c is '>' or ')' or ']' or '}')
            {
                if (depth == 0)
                    break;
                depth--;
            }
            else if (c == '"')
            {
                _pos++;
                while (_pos < _text.Length && _text[_pos] != '"')
                    _pos += _text[_pos] == '\\' ? 2 : 1;
            }
            else if (depth == 0 && (c == ',' || char.IsWhiteSpace(c)))
                break;
            _pos++;
        }
        if (_pos > _text.Length)
            _pos = _text.Length;
        var span = _text.AsSpan(start, _pos - start);
        if (span.IsEmpty)
            return Fail("expected type");
        if (span[0] == 'i' && span.Length > 1 && int.TryParse(span[1..], System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out int width) && width <= IntegerType.MaxWidth)
            return _context.I(width);
        string text = span.ToString();
        if (FloatType.TryGetKind(text, out var kind))
            return FloatType.Get(_context, kind);
        var type = Core.Syntax.SourceParser.ParseType(_context, text);
        if (type == null)
            return Fail($"invalid type '{text}'");
        return type;
    }

    private string? ParseString()
    {
        var sb = new System.Text.StringBuilder();
        _pos++;
        while (_pos < _text.Length && _text[_pos] != '"')
        {
            char c = _text[_pos];
            if (c == '\\' && _pos + 1 < _text.Length)
            {
                char n = _text[_pos + 1];
                if (n is '"' or '\\')
                {
                    sb.Append(n);
                    _pos += 2;
                    continue;
                }
                if (n == 'n')
                {
                    sb.Append('\n');
                    _pos += 2;
                    continue;
                }
                if (_pos + 2 < _text.Length && System.Uri.IsHexDigit(n) && System.Uri.IsHexDigit(_text[_pos + 2]))
                {
                    sb.Append((char)System.Convert.ToInt32(_text.Substring(_pos + 1, 2), 16));
                    _pos += 3;
                    continue;
                }
                return null;
            }
            sb.Append(c);
            _pos++;
        }
        if (_pos >= _text.Length)
            return null;
        _pos++;
        return sb.ToString();
    }

    private bool ParseUnsigned(out ulong value)
    {
        SkipSpace();
        int start = _pos;
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
            _pos++;
        return ulong.TryParse(_text.AsSpan(start, _pos - start), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    private string PeekIdentifier()
    {
        int end = _pos;
        while (end < _text.Length && (char.IsAsciiLetterOrDigit(_text[end]) || _text[end] is '_' or '$' or '.'))
            end++;
        return _text.Substring(_pos, end - _pos);
    }

    private bool TryEatKeyword(string keyword)
    {
        SkipSpace();
        if (!_text.AsSpan(_pos).StartsWith(keyword, System.StringComparison.Ordinal))
            return false;
        int end = _pos + keyword.Length;
        if (end < _text.Length && (char.IsAsciiLetterOrDigit(_text[end]) || _text[end] is '_' or '$' or '.'))
            return false;
        _pos = end;
        return true;
    }

    private bool TryEat(char c)
    {
        SkipSpace();
        if (_pos < _text.Length && _text[_pos] == c)
        {
            _pos++;
            return true;
        }
        return false;
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
            _pos++;
    }

    private Type? Fail(string message)
    {
        Error ??= message;
        return null;
    }
}
