using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Syntax;

/// <summary>
/// What a custom-syntax op parser sees: the token stream after the op name, with MLIR's OpAsmParser vocabulary.
/// Every <c>Parse*</c> method reports a located error and unwinds on failure; <c>ParseOptional*</c> methods
/// consume nothing when the construct is absent.
/// </summary>
public sealed class OpAsmParser
{
    private readonly Parser _p;

    internal OpAsmParser(Parser parser) => _p = parser;

    /// <summary>Points this (pooled) parser at the op about to be parsed.</summary>
    internal void Reset(OperationState state, List<(int Count, Token Tok)>? resultIds)
    {
        State = state;
        NumResultIds = 0;
        if (resultIds != null)
            foreach (var r in resultIds)
                NumResultIds += r.Count;
        RegionsAreIsolated = false;
    }

    public OperationState State { get; private set; } = null!;
    public Context Context => _p.Context;

    /// <summary>How many results the text binds (<c>%a, %b:2 = </c> gives 3).</summary>
    public int NumResultIds { get; private set; }

    internal bool RegionsAreIsolated { get; set; }

    /// <summary>Location of the current token.</summary>
    public LocationAttr CurrentLocation => _p.LocOf(_p.Tok);

    /// <summary>The current token's position, for an error reported later (no allocation; see <see cref="SourcePosition"/>).</summary>
    public SourcePosition CurrentPosition => new(_p.Tok);

    /// <summary>The location attribute of a remembered position.</summary>
    public LocationAttr LocationOf(SourcePosition position) => _p.LocOf(position.Token);

    /// <summary>
    /// Emits an error at the current token, worded as MLIR's custom-op parser words them
    /// (<c>custom op 'arith.addi' ...</c>); returns false for <c>return parser.EmitError(...)</c>.
    /// </summary>
    public bool EmitError(string message) => EmitError(CurrentLocation, message);

    /// <summary>Emits an error at a remembered position (see <see cref="EmitError(string)"/>).</summary>
    public bool EmitError(SourcePosition position, string message) => EmitError(LocationOf(position), message);

    /// <summary>Emits an error at <paramref name="location"/> (see <see cref="EmitError(string)"/>).</summary>
    public bool EmitError(LocationAttr location, string message)
    {
        _p.Context.EmitError(location, $"custom op '{State.Name.Name}' {message}");
        return false;
    }

    public bool ParseOptionalKeyword(string keyword) => _p.ConsumeKeyword(keyword);

    /// <summary>Parses any bare keyword (MLIR's <c>parseOptionalKeyword(StringRef*)</c>); false when none is next.</summary>
    public bool ParseOptionalKeyword(out string keyword)
    {
        if (_p.Tok.Kind != TokenKind.BareIdentifier)
        {
            keyword = "";
            return false;
        }
        keyword = _p.InternName(_p.Text(_p.Tok)); // keywords repeat: one string each
        _p.Consume();
        return true;
    }

    /// <summary>
    /// Parses an optional <c>loc(...)</c> (MLIR's <c>parseOptionalLocationSpecifier</c>) and hands it to
    /// <paramref name="set"/>: at once, or at the end of the file for an alias defined further down.
    /// </summary>
    public void ParseOptionalLocationSpecifier(System.Action<LocationAttr> set) => _p.ParseOptionalTrailingLocation(set);

    /// <summary>The bare keyword next in the input, without consuming it; null when the next token is none.</summary>
    public string? PeekKeyword() => _p.Tok.Kind == TokenKind.BareIdentifier ? _p.InternName(_p.Text(_p.Tok)) : null;

    /// <summary>Whether <c>&lt;</c> is next.</summary>
    public bool IsLessNext => _p.Tok.Kind == TokenKind.Less;

    /// <summary>Whether a block name (<c>^bb1</c>) is next.</summary>
    public bool IsSuccessorNext => _p.Tok.Kind == TokenKind.CaretIdentifier;

    public void ParseKeyword(string keyword)
    {
        if (!_p.ConsumeKeyword(keyword))
            throw _p.Error($"expected '{keyword}'");
    }

    /// <summary>Parses an optional <c>@name</c>; null when absent.</summary>
    public string? ParseOptionalSymbolName() => _p.Tok.Kind == TokenKind.AtIdentifier ? _p.ParseSymbolName() : null;

    public Attribute ParseAttribute() => _p.ParseAttribute();

    public Type ParseType() => _p.ParseType();

    /// <summary>Parses a type if one starts here; null otherwise (nothing consumed).</summary>
    public Type? ParseOptionalType() => _p.ParseOptionalType();

    /// <summary><c>: type</c></summary>
    public Type ParseColonType()
    {
        _p.Expect(TokenKind.Colon, "expected ':'");
        return _p.ParseType();
    }

    /// <summary><c>: type</c>, returning the type through <paramref name="type"/>.</summary>
    public void ParseColonType(out Type type) => type = ParseColonType();

    public bool ParseOptionalColon() => _p.ConsumeIf(TokenKind.Colon);
    public bool ParseOptionalComma() => _p.ConsumeIf(TokenKind.Comma);
    public bool ParseOptionalLParen() => _p.ConsumeIf(TokenKind.LParen);
    public bool ParseOptionalRParen() => _p.ConsumeIf(TokenKind.RParen);
    public bool ParseOptionalArrow() => _p.ConsumeIf(TokenKind.Arrow);
    public bool ParseOptionalEqual() => _p.ConsumeIf(TokenKind.Equal);
    public bool ParseOptionalLess() => _p.ConsumeIf(TokenKind.Less);
    public bool ParseOptionalGreater() => _p.ConsumeIf(TokenKind.Greater);
    public bool ParseOptionalLSquare() => _p.ConsumeIf(TokenKind.LSquare);
    public bool ParseOptionalRSquare() => _p.ConsumeIf(TokenKind.RSquare);

    /// <summary>Consumes a <c>|</c> if one is next (MLIR's <c>parseOptionalVerticalBar</c>): flag lists such as
    /// <c>inbounds | nuw</c>.</summary>
    public bool ParseOptionalVerticalBar() => _p.ConsumeIf(TokenKind.VerticalBar);

    /// <summary>Consumes a <c>...</c> if one is next (MLIR's <c>parseOptionalEllipsis</c>): variadic argument
    /// lists such as <c>(i32, ...)</c>.</summary>
    public bool ParseOptionalEllipsis() => _p.ConsumeIf(TokenKind.Ellipsis);

    public void ParseLParen() => _p.Expect(TokenKind.LParen, "expected '('");
    public void ParseRParen() => _p.Expect(TokenKind.RParen, "expected ')'");
    public void ParseComma() => _p.Expect(TokenKind.Comma, "expected ','");
    public void ParseEqual() => _p.Expect(TokenKind.Equal, "expected '='");
    public void ParseArrow() => _p.Expect(TokenKind.Arrow, "expected '->'");
    public void ParseLess() => _p.Expect(TokenKind.Less, "expected '<'");
    public void ParseGreater() => _p.Expect(TokenKind.Greater, "expected '>'");

    /// <summary>True when the next token is a <c>%value</c>.</summary>
    public bool IsOperandNext => _p.Tok.Kind == TokenKind.PercentIdentifier;

    // Scratch lists for generated parsers: rented per op, handed back when the op parsed (lists of an op that
    // failed to parse are simply dropped). A rented list is empty; the pools are the parser's, so no locking.

    /// <summary>An empty operand list from the parser's pool; give it back with <see cref="Return(List{UnresolvedOperand})"/>.</summary>
    public List<UnresolvedOperand> RentOperandList() => _p.Scratch.RentOperands();

    /// <summary>An empty type list from the parser's pool.</summary>
    public List<Type> RentTypeList() => _p.Scratch.RentTypes();

    /// <summary>An empty attribute list from the parser's pool.</summary>
    public List<NamedAttribute> RentAttributeList() => _p.Scratch.RentAttributes();

    public void Return(List<UnresolvedOperand> list) => _p.Scratch.Return(list);

    public void Return(List<Type> list) => _p.Scratch.Return(list);

    public void Return(List<NamedAttribute> list) => _p.Scratch.Return(list);

    /// <summary>Parses <c>%name</c> or <c>%name#N</c>.</summary>
    public UnresolvedOperand ParseOperand() => _p.ParseSsaUse();

    /// <summary>Binds a parsed operand to its value given its type (forward references allowed).</summary>
    public Value ResolveOperand(UnresolvedOperand operand, Type type) => _p.ResolveSsaUse(operand, type);

    /// <summary>Parses a successor <c>^label</c>.</summary>
    public Block ParseSuccessor() => _p.ResolveBlockUse();

    /// <summary>
    /// Parses <c>^bb</c> and an optional parenthesized operand list with its types (what
    /// <see cref="OpAsmPrinter.PrintSuccessorAndUseList"/> prints). The operands are only collected, with their types,
    /// so that they resolve after the whole op is read; a count mismatch between operands and types is reported at
    /// <paramref name="errorLoc"/> (the first operand when null), as MLIR does, and gives false.
    /// </summary>
    public bool ParseSuccessorAndUseList(out Block block, List<UnresolvedOperand> operands, List<Type> types,
        LocationAttr? errorLoc = null)
    {
        block = ParseSuccessor();
        if (!ParseOptionalLParen())
            return true;
        var loc = errorLoc ?? CurrentLocation;
        int firstOperand = operands.Count, firstType = types.Count;
        do
            operands.Add(ParseOperand());
        while (ParseOptionalComma());
        types.Add(ParseColonType());
        while (ParseOptionalComma())
            types.Add(ParseType());
        ParseRParen();
        int numOperands = operands.Count - firstOperand, numTypes = types.Count - firstType;
        if (numOperands != numTypes)
        {
            Context.EmitError(loc,
                $"custom op '{State.Name.Name}' number of operands and types do not match: got {numOperands} operands and {numTypes} types");
            return false;
        }
        return true;
    }

    /// <summary>Parses <c>{...}</c> into the state's discardable attributes when present.</summary>
    public void ParseOptionalAttrDict()
    {
        if (_p.Tok.Kind == TokenKind.LBrace)
            State.Attributes.AddRange(_p.ParseAttributeDictionaryEntries());
    }

    /// <summary>Parses <c>attributes {...}</c> when the keyword is present.</summary>
    public void ParseOptionalAttrDictWithKeyword()
    {
        if (_p.ConsumeKeyword("attributes"))
            State.Attributes.AddRange(_p.ParseAttributeDictionaryEntries());
    }

    /// <summary>
    /// Parses a region <c>{...}</c>; <paramref name="arguments"/> (from custom syntax such as a function
    /// signature) become its entry block's arguments.
    /// </summary>
    public void ParseRegion(Region region, List<(UnresolvedOperand Id, Type Type, LocationAttr? Loc)>? arguments = null) =>
        _p.ParseRegionBody(region, arguments, RegionsAreIsolated);

    /// <summary>Parses a region only if a <c>{</c> follows.</summary>
    public bool ParseOptionalRegion(Region region)
    {
        if (_p.Tok.Kind != TokenKind.LBrace)
            return false;
        ParseRegion(region);
        return true;
    }

    /// <summary>
    /// MLIR's <c>parseOptionalInteger</c> into an int64: <c>-</c>? decimal or hex literal, or <c>true</c> (-1, an i1
    /// sign-extended) and <c>false</c>; false when none is next (nothing consumed). A value outside the int64 range is
    /// "integer value too large", reported with the custom-op prefix as MLIR's OpAsmParser does.
    /// </summary>
    public bool ParseOptionalInteger(out long value)
    {
        value = 0;
        if (_p.ConsumeKeyword("true"))
        {
            value = -1;
            return true;
        }
        if (_p.ConsumeKeyword("false"))
            return true;
        if (_p.Tok.Kind is not (TokenKind.Integer or TokenKind.Minus))
            return false;
        var start = _p.Tok;
        bool negative = _p.ConsumeIf(TokenKind.Minus);
        if (_p.Tok.Kind != TokenKind.Integer)
            throw _p.WrongTokenError("expected integer value");
        var text = _p.Text(_p.Tok);
        bool hex = text.Length > 1 && text[1] == 'x';
        var magnitude = hex
            ? System.Numerics.BigInteger.Parse("0" + text.Slice(2).ToString(), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture)
            : System.Numerics.BigInteger.Parse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        _p.Consume();
        var signed = negative ? -magnitude : magnitude;
        if (signed < long.MinValue || signed > long.MaxValue)
            throw _p.Error(start, $"custom op '{State.Name.Name}' integer value too large");
        value = (long)signed;
        return true;
    }

    /// <summary>MLIR's <c>parseInteger</c>: <see cref="ParseOptionalInteger"/>, or "expected integer value" (with the
    /// custom-op prefix) at the current token.</summary>
    public long ParseInteger()
    {
        if (!ParseOptionalInteger(out long value))
            throw _p.Error($"custom op '{State.Name.Name}' expected integer value");
        return value;
    }

    public void ParseColon() => _p.Expect(TokenKind.Colon, "expected ':'");
    public void ParseLSquare() => _p.Expect(TokenKind.LSquare, "expected '['");
    public void ParseRSquare() => _p.Expect(TokenKind.RSquare, "expected ']'");

    /// <summary>
    /// Parses an affine map written inline, <c>(d0, d1)[s0] -&gt; (d1, d0)</c>, or an alias <c>#map</c> (MLIR's
    /// <c>parseAffineMap</c>).
    /// </summary>
    public IR.Affine.AffineMap ParseAffineMap()
    {
        var start = _p.Tok;
        if (start.Kind == TokenKind.HashIdentifier)
            return _p.ParseAttribute() is AffineMapAttr alias ? alias.Value : throw _p.Error(start, "expected AffineMap, but got IntegerSet");
        if (start.Kind != TokenKind.LParen)
            throw _p.Error("expected '(' at start of dimensional identifiers list");
        // The map ends with the parenthesized result list after `->`: find it on the token stream, then hand
        // its text to the affine parser.
        bool sawArrow = false;
        int depth = 0;
        Token last = start;
        while (true)
        {
            var t = _p.Tok;
            if (t.Kind == TokenKind.Eof)
                throw _p.Error(t, "expected ')'");
            if (t.Kind is TokenKind.LParen or TokenKind.LSquare)
                depth++;
            else if (t.Kind is TokenKind.RParen or TokenKind.RSquare)
                depth--;
            else if (t.Kind == TokenKind.Arrow && depth == 0)
                sawArrow = true;
            last = t;
            _p.Consume();
            if (depth == 0 && sawArrow && t.Kind == TokenKind.RParen)
                break;
        }
        string text = _p.Text(new Token(TokenKind.Error, start.Start, last.End - start.Start, start.Line, start.LineStart)).ToString();
        if (!IR.Affine.AffineParser.ParseMapOrSetPrefix(Context, text, 0, out var map, out _, out int end, out var error, out int errorOffset))
            throw _p.Error(new Token(TokenKind.Error, start.Start + errorOffset, 1, start.Line, start.LineStart), error ?? "invalid affine map");
        if (map == null || end != text.Length)
            throw _p.Error(start, "expected AffineMap, but got IntegerSet");
        return map;
    }

    /// <summary>A number (or <c>true</c>/<c>false</c>) of <paramref name="type"/>, written without <c>: type</c>.</summary>
    public Attribute ParseLiteralOfType(Type type) => _p.ParseLiteralOfType(type);

    /// <summary>
    /// Parses an attribute whose type the context gives (MLIR's <c>parseAttribute(attr, type)</c>): an elements
    /// literal (<c>dense&lt;...&gt;</c>, <c>sparse&lt;...&gt;</c>, <c>dense_resource&lt;...&gt;</c>) takes
    /// <paramref name="type"/> and is not followed by a <c>: type</c>. Any other attribute parses as usual.
    /// </summary>
    public Attribute ParseAttribute(Type type)
    {
        var start = _p.Tok;
        if (start.Kind != TokenKind.BareIdentifier || _p.Text(start) is not ("dense" or "sparse" or "dense_resource"))
            return _p.ParseAttribute();
        // Find the literal's closing `>` on the token stream.
        _p.Consume();
        if (_p.Tok.Kind != TokenKind.Less)
        {
            _p.ResetLexer(start.Start);
            return _p.ParseAttribute();
        }
        int depth = 0;
        Token last = start;
        do
        {
            var t = _p.Tok;
            if (t.Kind == TokenKind.Eof)
                throw _p.Error(t, "expected '>'");
            if (t.Kind == TokenKind.Less)
                depth++;
            else if (t.Kind == TokenKind.Greater)
                depth--;
            last = t;
            _p.Consume();
        }
        while (depth > 0);
        // As MLIR, a `: type` after the literal is not read: the context's type is the literal's.
        // Re-parse the literal with the type appended, at its own file position so that diagnostics point into it.
        string literal = _p.Text(new Token(TokenKind.Error, start.Start, last.End - start.Start, start.Line, start.LineStart)).ToString();
        var loc = _p.LocOf(start) as FileLineColRange;
        string text = new string(' ', start.Column - 1) + literal + " : " + type;
        var sub = new Parser(Context, text, new ParserOptions
        {
            FileName = loc?.Filename ?? "<stdin>",
            LineOffset = loc != null ? (int)loc.StartLine - 1 : 0,
        });
        var attr = sub.ParseAttribute();
        if (sub.Tok.Kind != TokenKind.Eof)
            throw _p.Error(last, "unexpected trailing characters after attribute");
        return attr;
    }

    /// <summary>Parses a string literal (<c>"private"</c>) when one is next (MLIR's <c>parseOptionalString</c>);
    /// null, consuming nothing, otherwise.</summary>
    public string? ParseOptionalString()
    {
        if (_p.Tok.Kind != TokenKind.String)
            return null;
        var value = _p.ParseStringLiteralBytes(_p.Tok);
        _p.Consume();
        return value;
    }
}
