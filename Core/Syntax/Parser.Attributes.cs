using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Affine;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support.Float;

namespace Dialectic.Core.Syntax;

public sealed partial class Parser
{
    /// <summary>Parses any attribute value.</summary>
    public Attribute ParseAttribute()
    {
        EnterNesting();
        var a = ParseAttributeImpl();
        ExitNesting();
        return a;
    }

    private Attribute ParseAttributeImpl()
    {
        var t = _tok;
        switch (t.Kind)
        {
            case TokenKind.LSquare:
                return ParseArrayAttr();
            case TokenKind.LBrace:
                return ParseAttributeDictionary();
            case TokenKind.HashIdentifier:
                return ParseExtendedAttr();
            case TokenKind.String:
            {
                var bytes = ParseStringLiteralBytes(t);
                Consume();
                Type? type = null;
                if (ConsumeIf(TokenKind.Colon))
                    type = ParseType();
                return StringAttr.GetFromBytes(_ctx, bytes, type);
            }
            case TokenKind.AtIdentifier:
                return ParseSymbolRef();
            case TokenKind.Integer:
            case TokenKind.Float:
            case TokenKind.Minus:
                return ParseNumericAttr();
            case TokenKind.IntegerType:
            case TokenKind.LParen:
            case TokenKind.ExclamationIdentifier:
                return TypeAttr.Get(ParseType());
            case TokenKind.BareIdentifier:
                break;
            default:
                throw Error("expected attribute value");
        }
        switch (Text(t))
        {
            case "true":
                Consume();
                return IntegerAttr.GetBool(_ctx, true);
            case "false":
                Consume();
                return IntegerAttr.GetBool(_ctx, false);
            case "unit":
                Consume();
                return _ctx.UnitAttr;
            case "loc":
                return ParseLocationAttr();
            case "affine_map":
            case "affine_set":
                return ParseAffineAttr();
            case "array":
                return ParseDenseArrayAttr();
            case "dense":
                return ParseDenseElementsAttr();
            case "dense_resource":
                return ParseDenseResourceAttr();
            case "sparse":
                return ParseSparseElementsAttr();
            case "strided":
                return ParseStridedLayoutAttr();
            case "distinct":
                return ParseDistinctAttr();
        }
        if (IsTypeKeyword(Text(t)))
            return TypeAttr.Get(ParseType());
        throw Error("expected attribute value");
    }

    private ArrayAttr ParseArrayAttr()
    {
        Consume();
        var elems = new List<Attribute>();
        if (!ConsumeIf(TokenKind.RSquare))
        {
            do
            {
                elems.Add(ParseAttribute());
            }
            while (ConsumeIf(TokenKind.Comma));
            Expect(TokenKind.RSquare, "expected ',' or ']'");
        }
        return ArrayAttr.Get(_ctx, elems.ToArray());
    }

    /// <summary>attribute-dict ::= `{` (name (`=` attribute)?) (`,` ...)* `}`</summary>
    internal DictionaryAttr ParseAttributeDictionary()
    {
        var entries = _entryListPool.Count > 0 ? _entryListPool.Pop() : new List<NamedAttribute>();
        ParseAttributeDictionaryEntries(entries);
        var dict = entries.Count == 0
            ? _ctx.EmptyDictionary
            : DictionaryAttr.Get(_ctx, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entries));
        entries.Clear();
        _entryListPool.Push(entries);
        return dict;
    }

    private readonly Stack<List<NamedAttribute>> _entryListPool = new();

    /// <summary>Parses the entries of a dictionary into a new list, checking for duplicates.</summary>
    internal List<NamedAttribute> ParseAttributeDictionaryEntries() => ParseAttributeDictionaryEntries(new List<NamedAttribute>());

    /// <summary>
    /// Appends the entries of a dictionary to <paramref name="entries"/> (which must start empty for the
    /// duplicate check). Duplicates are found by a linear scan for small dictionaries, a hash set beyond.
    /// </summary>
    internal List<NamedAttribute> ParseAttributeDictionaryEntries(List<NamedAttribute> entries)
    {
        Expect(TokenKind.LBrace, "expected '{' in attribute dictionary");
        int first = entries.Count;
        HashSet<string>? seen = null;
        if (ConsumeIf(TokenKind.RBrace))
            return entries;
        EnterNesting();
        do
        {
            var nameTok = _tok;
            string name;
            if (nameTok.Kind == TokenKind.String)
            {
                name = ParseStringLiteralBytes(nameTok);
                if (name.Length == 0)
                    throw Error("expected valid attribute name");
            }
            else if (nameTok.Kind is TokenKind.BareIdentifier or TokenKind.IntegerType)
            {
                name = InternName(Text(nameTok));
            }
            else
            {
                throw Error("expected attribute name");
            }
            Consume();
            bool duplicate = false;
            if (entries.Count - first < 16)
            {
                for (int i = first; i < entries.Count && !duplicate; i++)
                    duplicate = entries[i].Name == name;
            }
            else
            {
                if (seen == null)
                {
                    seen = new HashSet<string>(StringComparer.Ordinal);
                    for (int i = first; i < entries.Count; i++)
                        seen.Add(entries[i].Name);
                }
                duplicate = !seen.Add(name);
            }
            if (duplicate)
                throw Error(nameTok, $"duplicate key '{name}' in dictionary attribute");
            if (ConsumeIf(TokenKind.Equal))
                entries.Add(new NamedAttribute(name, ParseAttribute()));
            else
                entries.Add(new NamedAttribute(name, _ctx.UnitAttr));
        }
        while (ConsumeIf(TokenKind.Comma));
        ExitNesting();
        Expect(TokenKind.RBrace, "expected '}' in attribute dictionary");
        return entries;
    }

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>Returns one string instance per distinct name (attribute names repeat a lot).</summary>
    internal string InternName(ReadOnlySpan<char> text)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var s))
            return s;
        s = text.ToString();
        _names[s] = s;
        return s;
    }

    private SymbolRefAttr ParseSymbolRef()
    {
        string root = ParseSymbolName();
        List<string>? nested = null;
        // `::` is lexed as two colons directly adjacent, followed by `@`.
        while (_tok.Kind == TokenKind.Colon && _tok.End < _source.Length && _source[_tok.End] == ':')
        {
            Consume();
            Consume();
            if (_tok.Kind != TokenKind.AtIdentifier)
                throw Error("expected nested symbol reference identifier");
            (nested ??= new()).Add(ParseSymbolName());
        }
        return SymbolRefAttr.Get(_ctx, root, nested?.ToArray() ?? []);
    }

    /// <summary>Consumes an <c>@name</c> or <c>@"name"</c> token and returns the name.</summary>
    internal string ParseSymbolName()
    {
        var t = _tok;
        string name = _source[t.Start + 1] == '"'
            ? ParseStringLiteralBytes(new Token(TokenKind.String, t.Start + 1, t.Length - 1, t.Line, t.LineStart))
            : _source.Substring(t.Start + 1, t.Length - 1);
        Consume();
        return name;
    }

    private Attribute ParseExtendedAttr()
    {
        var tok = _tok;
        if (TryGetCachedSymbol(tok, out var cached, out int symEnd))
            return (Attribute)cached;
        var result = ParseExtendedAttrUncached(tok);
        if (symEnd > 0)
            _symbolCache[_source.Substring(tok.Start, symEnd - tok.Start)] = result;
        return result;
    }

    private Attribute ParseExtendedAttrUncached(Token tok)
    {
        var (ns, body, isAlias) = ParseExtendedSymbol(tok);
        if (isAlias)
        {
            if (_attrAliases.TryGetValue(ns, out var aliased))
                return aliased;
            throw Error(tok, $"undefined symbol alias id '{ns}'");
        }
        var dialect = _ctx.GetDialect(ns);
        if (dialect != null)
        {
            var sub = new DialectAsmParser(this, tok, body);
            var a = dialect.ParseAttribute(sub, null);
            if (a != null)
                return a;
            if (sub.HadError)
                throw new ParseException();
            throw Error(tok, $"dialect '{ns}' provides no attribute parsing hook");
        }
        if (!_ctx.AllowUnregisteredDialects)
            throw Error(tok, $"#\"{ns}\"<\"{body}\"> : 'none' attribute created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used");
        return OpaqueAttr.Get(_ctx, ns, body);
    }

    // ---- numbers ----

    /// <summary>A literal integer token: magnitude, sign and whether it was written in hex.</summary>
    private (BigInteger Magnitude, bool Negative, bool Hex, Token Tok) ParseIntegerLiteral(bool negative)
    {
        var t = _tok;
        var text = Text(t);
        bool hex = text.Length > 1 && text[1] == 'x';
        BigInteger mag = hex
            ? BigInteger.Parse("0" + text.Slice(2).ToString(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)
            : BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        Consume();
        return (mag, negative, hex, t);
    }

    private Attribute ParseNumericAttr()
    {
        bool negative = ConsumeIf(TokenKind.Minus);
        var t = _tok;
        if (t.Kind == TokenKind.Float)
        {
            Consume();
            Type type = _ctx.F64;
            if (ConsumeIf(TokenKind.Colon))
            {
                var typeTok = _tok;
                type = ParseType();
                if (type is not FloatType)
                    throw Error(_tok, "floating point value not valid for specified type");
            }
            return MakeFloatAttr((FloatType)type, negative, t);
        }
        if (t.Kind != TokenKind.Integer)
            throw Error("expected constant integer or floating point value");
        var lit = ParseIntegerLiteral(negative);
        Type ty = _ctx.I(64);
        if (ConsumeIf(TokenKind.Colon))
            ty = ParseType();
        if (ty is FloatType ft)
            return MakeFloatFromInteger(ft, lit.Magnitude, negative, lit.Hex, t);
        if (ty is not (IntegerType or IndexType))
            throw Error(t, "integer literal not valid for specified type");
        return IntegerAttr.Get(ty, BuildIntegerValue(lit.Magnitude, negative, ty, t));
    }

    /// <summary>
    /// A numeric literal (or <c>true</c>/<c>false</c> for i1) whose type the context gives: no <c>: type</c> follows
    /// (ODS's typed attributes in assembly formats, <c>memref.assume_alignment %m, 16</c>).
    /// </summary>
    internal Attribute ParseLiteralOfType(Type type)
    {
        if (type is IntegerType { Width: 1 } && _tok.Kind == TokenKind.BareIdentifier && Text(_tok) is "true" or "false")
        {
            bool value = Text(_tok) is "true";
            Consume();
            return IntegerAttr.GetBool(_ctx, value);
        }
        bool negative = ConsumeIf(TokenKind.Minus);
        var t = _tok;
        if (t.Kind == TokenKind.Float)
        {
            if (type is not FloatType ft)
                throw Error(t, "floating point value not valid for specified type");
            Consume();
            return MakeFloatAttr(ft, negative, t);
        }
        if (t.Kind != TokenKind.Integer)
            throw Error("expected constant integer or floating point value");
        var lit = ParseIntegerLiteral(negative);
        if (type is FloatType f)
            return MakeFloatFromInteger(f, lit.Magnitude, negative, lit.Hex, t);
        if (type is not (IntegerType or IndexType))
            throw Error(t, "integer literal not valid for specified type");
        return IntegerAttr.Get(type, BuildIntegerValue(lit.Magnitude, negative, type, t));
    }

    /// <summary>Checks that a literal fits <paramref name="type"/> as MLIR does and returns its value.</summary>
    internal BigInteger BuildIntegerValue(BigInteger magnitude, bool negative, Type type, Token at)
    {
        int width = IntegerAttr.BitWidthOf(type);
        bool isSigned = type is IntegerType { IsSigned: true };
        if (negative && type is IntegerType { IsUnsigned: true })
            throw Error(at, "negative integer literal not valid for unsigned integer type");
        if (magnitude.GetBitLength() > width)
            throw Error(at, "integer constant out of range for attribute");
        if (negative)
        {
            if (width == 0 || magnitude > (BigInteger.One << (width - 1)))
                throw Error(at, "integer constant out of range for attribute");
            return -magnitude;
        }
        if (isSigned && magnitude.GetBitLength() == width && width > 0)
            throw Error(at, "integer constant out of range for attribute");
        return magnitude;
    }

    private FloatAttr MakeFloatAttr(FloatType type, bool negative, Token literal)
    {
        // MLIR reads the literal (with its sign) as a double and converts that to the target type.
        if (!FloatParser.TryParseDecimal(type.Kind, Text(literal), negative, out var bits))
            throw Error(literal, "floating point value too large for attribute");
        if (negative && type.Kind == FloatKind.F8E8M0FNU)
            bits |= UInt128.One << FloatAttr.UnsignedFormatSignBit;
        return FloatAttr.Get(type, bits);
    }

    private FloatAttr MakeFloatFromInteger(FloatType type, BigInteger magnitude, bool negative, bool hex, Token at)
    {
        if (!hex)
        {
            _ctx.EmitError(LocOf(at), "unexpected decimal integer literal for a floating point value")
                .AttachNote("add a trailing dot to make the literal a float");
            throw new ParseException();
        }
        if (negative)
            throw Error(at, "hexadecimal float literal should not have a leading minus");
        if (magnitude.GetBitLength() > type.Width)
            throw Error(at, "hexadecimal float constant out of range for type");
        return FloatAttr.Get(type, (UInt128)magnitude);
    }

    // ---- affine, strided, distinct ----

    private Attribute ParseAffineAttr()
    {
        bool isMap = Text(_tok) is "affine_map";
        Consume();
        if (_tok.Kind != TokenKind.Less)
            throw Error(isMap ? "expected '<' in affine map" : "expected '<' in integer set");
        var bodyTok = _tok;
        // The affine parser reads the body from the source directly (it contains `->` and `>=`).
        if (!AffineParser.ParseMapOrSetPrefix(_ctx, _source, bodyTok.Start + 1, out var map, out var set, out int end,
                out var error, out int errorOffset))
            throw Error(TokenAt(errorOffset, bodyTok), error ?? "invalid affine structure");
        RepositionAfter(end, bodyTok);
        if (isMap ? map == null : set == null)
            throw Error(bodyTok, isMap ? "expected AffineMap, but got IntegerSet" : "expected IntegerSet, but got AffineMap");
        Expect(TokenKind.Greater, isMap ? "expected '>' in affine map" : "expected '>' in integer set");
        return isMap ? AffineMapAttr.Get(map!) : IntegerSetAttr.Get(set!);
    }

    /// <summary>A pseudo-token at source offset <paramref name="pos"/>, for error locations inside a body.</summary>
    private Token TokenAt(int pos, Token onLine) => new(TokenKind.Error, pos, 1, onLine.Line, onLine.LineStart);

    /// <summary>Continues lexing at <paramref name="pos"/> (the body text was consumed by a sub-parser).</summary>
    private void RepositionAfter(int pos, Token onLine)
    {
        _lexer.ResetTo(pos, onLine);
        _tok = _lexer.Next();
        if (_tok.Kind == TokenKind.Error)
            throw Error(_tok, _lexer.ErrorMessage);
    }

    /// <summary>strided ::= `strided` `&lt;` `[` (int | `?`) list `]` (`,` `offset` `:` (int | `?`))? `&gt;`</summary>
    private StridedLayoutAttr ParseStridedLayoutAttr()
    {
        Consume();
        Expect(TokenKind.Less, "expected '<' after 'strided'");
        Expect(TokenKind.LSquare, "expected '['");
        var strides = new List<long>();
        if (!ConsumeIf(TokenKind.RSquare))
        {
            do
            {
                strides.Add(ParseStridedValue());
            }
            while (ConsumeIf(TokenKind.Comma));
            Expect(TokenKind.RSquare, "expected ']'");
        }
        long offset = 0;
        if (ConsumeIf(TokenKind.Comma))
        {
            if (!ConsumeKeyword("offset"))
                throw Error("expected 'offset' after comma");
            Expect(TokenKind.Colon, "expected ':' after 'offset'");
            offset = ParseStridedValue();
        }
        Expect(TokenKind.Greater, "expected '>'");
        return StridedLayoutAttr.Get(_ctx, offset, strides.ToArray());
    }

    private long ParseStridedValue()
    {
        if (ConsumeIf(TokenKind.Question))
            return ShapedType.Dynamic;
        bool neg = ConsumeIf(TokenKind.Minus);
        if (_tok.Kind != TokenKind.Integer)
            throw Error("expected a 64-bit signed integer or '?'");
        var text = Text(_tok);
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long v))
            throw Error("expected a 64-bit signed integer or '?'");
        Consume();
        return neg ? -v : v;
    }

    /// <summary>distinct ::= `distinct` `[` int `]` `&lt;` attribute `&gt;`; equal ids within a parse share identity.</summary>
    private DistinctAttr ParseDistinctAttr()
    {
        Consume();
        Expect(TokenKind.LSquare, "expected '[' after 'distinct'");
        if (_tok.Kind != TokenKind.Integer)
            throw Error("expected distinct ID");
        // Any unsigned 64-bit id, decimal or hex (the table keys are its bits as a long).
        var idTok = _tok;
        var idText = Text(idTok);
        bool valid = idText.StartsWith("0x", StringComparison.Ordinal)
            ? ulong.TryParse(idText.Slice(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong unsignedId)
            : ulong.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out unsignedId);
        Consume();
        if (!valid)
            throw Error("expected an unsigned 64-bit integer");
        long id = unchecked((long)unsignedId);
        Expect(TokenKind.RSquare, "expected ']' to close distinct ID");
        Expect(TokenKind.Less, "expected '<' after distinct ID");
        Attribute referenced;
        if (_tok.Kind == TokenKind.Greater)
            referenced = _ctx.UnitAttr;
        else
            referenced = ParseAttribute();
        Expect(TokenKind.Greater, "expected '>' to close distinct attribute");
        if (_distincts.TryGetValue(id, out var existing))
        {
            if (existing.ReferencedAttr != referenced)
                throw Error(idTok, "referenced attribute does not match previous definition: " + existing.ReferencedAttr);
            return existing;
        }
        var created = DistinctAttr.Create(referenced);
        _distincts[id] = created;
        return created;
    }
}
