using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;

namespace Dialectic.Core.Syntax;

/// <summary>Dialect types and attributes: <c>!ns.body</c>, <c>#ns&lt;body&gt;</c>, aliases, and the balanced body scanner.</summary>
public sealed partial class Parser
{
    /// <summary>!alias | !dialect.body | !dialect&lt;body&gt;</summary>
    private Type ParseExtendedType()
    {
        var tok = _tok;
        if (TryGetCachedSymbol(tok, out var cached, out int symEnd))
            return (Type)cached;
        var result = ParseExtendedTypeUncached(tok);
        if (symEnd > 0)
            _symbolCache[_source.Substring(tok.Start, symEnd - tok.Start)] = result;
        return result;
    }

    /// <summary>Dialect types and attributes by their exact source text (<c>!llvm.ptr</c>, <c>#arith.fastmath&lt;fast&gt;</c>).</summary>
    private readonly Dictionary<string, Support.Uniqued> _symbolCache = new(StringComparer.Ordinal);

    /// <summary>
    /// Looks up a dialect symbol (not an alias) by its source text; on a hit the symbol is consumed.
    /// <paramref name="symEnd"/> is the end of the symbol's text, or -1 for an alias.
    /// </summary>
    private bool TryGetCachedSymbol(Token tok, out Support.Uniqued cached, out int symEnd)
    {
        cached = null!;
        var ident = _source.AsSpan(tok.Start + 1, tok.Length - 1);
        bool hasBody = tok.End < _source.Length && _source[tok.End] == '<';
        if (ident.IndexOf('.') < 0 && !hasBody)
        {
            symEnd = -1;
            return false;
        }
        symEnd = hasBody ? ScanDialectBody(tok.End, tok) : tok.End;
        if (!_symbolCache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(_source.AsSpan(tok.Start, symEnd - tok.Start), out var hit))
            return false;
        cached = hit;
        RepositionAfter(symEnd, tok);
        return true;
    }

    private Type ParseExtendedTypeUncached(Token tok)
    {
        var (ns, body, isAlias) = ParseExtendedSymbol(tok);
        if (isAlias)
        {
            if (!_typeAliases.TryGetValue(ns, out var aliased))
                throw Error(tok, $"undefined symbol alias id '{ns}'");
            return aliased;
        }
        var dialect = _ctx.GetDialect(ns);
        if (dialect != null)
        {
            var sub = new DialectAsmParser(this, tok, body);
            var t = dialect.ParseType(sub);
            if (t != null)
                return t;
            if (sub.HadError)
                throw new ParseException();
            throw Error(tok, $"dialect '{ns}' provides no type parsing hook");
        }
        if (!_ctx.AllowUnregisteredDialects)
            throw Error(tok, $"`!\"{ns}\"<\"{body}\">` type created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used");
        return OpaqueType.Get(_ctx, ns, body);
    }

    /// <summary>
    /// Splits <c>!ns.ident&lt;...&gt;</c> / <c>#ns&lt;...&gt;</c> / <c>!alias</c> into namespace and raw body text,
    /// consuming the whole symbol. For an alias (no dot, no <c>&lt;</c>) returns the alias name.
    /// </summary>
    private (string Ns, string Body, bool IsAlias) ParseExtendedSymbol(Token tok)
    {
        var ident = _source.AsSpan(tok.Start + 1, tok.Length - 1);
        int dot = ident.IndexOf('.');
        int after = tok.End;
        bool hasBody = after < _source.Length && _source[after] == '<';
        if (dot < 0 && !hasBody)
        {
            Consume();
            return (ident.ToString(), "", true);
        }
        string ns = dot < 0 ? ident.ToString() : ident.Slice(0, dot).ToString();
        string body;
        if (hasBody)
        {
            int end = ScanDialectBody(after, tok);
            body = dot < 0
                ? _source.Substring(after + 1, end - after - 2)
                : ident.Slice(dot + 1).ToString() + _source.Substring(after, end - after);
            _lexer.ResetTo(end, tok);
            _tok = _lexer.Next();
            if (_tok.Kind == TokenKind.Error)
                throw Error(_tok, _lexer.ErrorMessage);
        }
        else
        {
            body = ident.Slice(dot + 1).ToString();
            Consume();
        }
        return (ns, body, false);
    }

    /// <summary>
    /// Scans a balanced <c>&lt;...&gt;</c> body starting at <paramref name="open"/> (the <c>&lt;</c>); returns the
    /// index just past the closing <c>&gt;</c>. Brackets of all kinds nest, strings are skipped, and the
    /// <c>&gt;</c> of an arrow <c>-&gt;</c> does not close.
    /// </summary>
    private readonly Stack<char> _bodyScanStack = new();

    private int ScanDialectBody(int open, Token tok)
    {
        // Errors are located at the body's '<' and name the innermost unclosed bracket, as in MLIR.
        var openTok = new Token(TokenKind.Less, open, 1, tok.Line, tok.LineStart);
        var stack = _bodyScanStack;
        stack.Clear();
        int p = open;
        while (true)
        {
            if (p >= _source.Length || _source[p] == '\0')
                throw Error(openTok, $"unbalanced '{stack.Peek()}' character in pretty dialect name");
            char c = _source[p];
            switch (c)
            {
                case '<':
                case '(':
                case '[':
                case '{':
                    stack.Push(c);
                    break;
                case '>':
                    if (p > open && _source[p - 1] == '-')
                        break;
                    CloseDialectBodyBracket(stack, '<', openTok);
                    break;
                case ')':
                    CloseDialectBodyBracket(stack, '(', openTok);
                    break;
                case ']':
                    CloseDialectBodyBracket(stack, '[', openTok);
                    break;
                case '}':
                    CloseDialectBodyBracket(stack, '{', openTok);
                    break;
                case '"':
                    p++;
                    while (p < _source.Length && _source[p] != '"')
                    {
                        if (_source[p] == '\\' && p + 1 < _source.Length)
                            p++;
                        if (_source[p] == '\n')
                            throw Error(tok, "expected '\"' in string literal");
                        p++;
                    }
                    break;
            }
            p++;
            if (stack.Count == 0)
                return p;
        }
    }

    private void CloseDialectBodyBracket(Stack<char> stack, char opener, Token openTok)
    {
        if (stack.Peek() != opener)
            throw Error(openTok, $"unbalanced '{stack.Peek()}' character in pretty dialect name");
        stack.Pop();
    }
}
