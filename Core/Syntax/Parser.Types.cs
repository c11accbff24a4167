using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;

namespace Dialectic.Core.Syntax;

public sealed partial class Parser
{
    /// <summary>type ::= function-type | non-function-type</summary>
    public Type ParseType()
    {
        if (_tok.Kind == TokenKind.LParen)
            return ParseFunctionType();
        return ParseNonFunctionType();
    }

    /// <summary>Parses a type if one starts here; null otherwise (nothing consumed).</summary>
    internal Type? ParseOptionalType()
    {
        switch (_tok.Kind)
        {
            case TokenKind.LParen:
            case TokenKind.IntegerType:
            case TokenKind.ExclamationIdentifier:
                return ParseType();
            case TokenKind.BareIdentifier:
                return IsTypeKeyword(Text(_tok)) ? ParseType() : null;
            default:
                return null;
        }
    }

    private static bool IsTypeKeyword(ReadOnlySpan<char> kw) =>
        kw is "index" or "none" or "complex" or "tuple" or "vector" or "tensor" or "memref"
        || FloatKindOf(kw) >= 0;

    private static int FloatKindOf(ReadOnlySpan<char> kw)
    {
        if (kw.Length < 3 || (kw[0] != 'f' && kw[0] != 'b' && kw[0] != 't'))
            return -1;
        return FloatType.TryGetKind(kw.ToString(), out var kind) ? (int)kind : -1;
    }

    /// <summary>function-type ::= `(` type-list? `)` `-&gt;` (type | `(` type-list? `)`)</summary>
    internal FunctionType ParseFunctionType()
    {
        var inputs = RentTypeList();
        var results = RentTypeList();
        ParseTypeListParens(inputs);
        Expect(TokenKind.Arrow, "expected '->' in function type");
        if (_tok.Kind == TokenKind.LParen)
            ParseTypeListParens(results);
        else
            results.Add(ParseNonFunctionType());
        var fn = FunctionType.Get(_ctx, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(inputs),
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(results));
        ReturnTypeList(inputs);
        ReturnTypeList(results);
        return fn;
    }

    private readonly List<List<Type>> _typeListPool = new();

    private List<Type> RentTypeList()
    {
        if (_typeListPool.Count == 0)
            return new List<Type>();
        var list = _typeListPool[^1];
        _typeListPool.RemoveAt(_typeListPool.Count - 1);
        return list;
    }

    private void ReturnTypeList(List<Type> list)
    {
        list.Clear();
        _typeListPool.Add(list);
    }

    internal List<Type> ParseFunctionResultTypes()
    {
        if (_tok.Kind == TokenKind.LParen)
            return ParseTypeListParens();
        return [ParseNonFunctionType()];
    }

    /// <summary><c>( type, ... )</c>, possibly empty.</summary>
    internal List<Type> ParseTypeListParens() => ParseTypeListParens(new List<Type>());

    /// <summary><c>( type, ... )</c> appended to <paramref name="list"/>.</summary>
    internal List<Type> ParseTypeListParens(List<Type> list)
    {
        Expect(TokenKind.LParen, "expected '('");
        if (ConsumeIf(TokenKind.RParen))
            return list;
        EnterNesting();
        do
        {
            list.Add(ParseType());
        }
        while (ConsumeIf(TokenKind.Comma));
        ExitNesting();
        Expect(TokenKind.RParen, "expected ')'");
        return list;
    }

    internal Type ParseNonFunctionType()
    {
        var t = _tok;
        switch (t.Kind)
        {
            case TokenKind.IntegerType:
                return ParseIntegerTypeToken();
            case TokenKind.ExclamationIdentifier:
                return ParseExtendedType();
            case TokenKind.BareIdentifier:
                break;
            default:
                throw Error("expected non-function type");
        }
        var kw = Text(t);
        int fk = FloatKindOf(kw);
        if (fk >= 0)
        {
            Consume();
            return _ctx.GetFloatType((FloatKind)fk);
        }
        switch (kw)
        {
            case "index":
                Consume();
                return _ctx.IndexType;
            case "none":
                Consume();
                return _ctx.NoneType;
            case "complex":
                return ParseComplexType();
            case "tuple":
                return ParseTupleType();
            case "vector":
                return ParseVectorType();
            case "tensor":
                return ParseTensorType();
            case "memref":
                return ParseMemRefType();
        }
        throw Error("expected non-function type");
    }

    private IntegerType ParseIntegerTypeToken()
    {
        var text = Text(_tok);
        var sign = text[0] == 's' ? Signedness.Signed : text[0] == 'u' ? Signedness.Unsigned : Signedness.Signless;
        var digits = text.Slice(sign == Signedness.Signless ? 1 : 2);
        // As MLIR: a width that does not fit in 32 bits is invalid, one above the maximum is too wide.
        if (!uint.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out uint width32))
            throw Error("invalid integer width");
        if (width32 > IntegerType.MaxWidth)
            throw Error("integer bitwidth is limited to 16777215 bits");
        int width = (int)width32;
        Consume();
        return _ctx.GetIntegerType(width, sign);
    }

    private ComplexType ParseComplexType()
    {
        Consume();
        Expect(TokenKind.Less, "expected '<' in complex type");
        var elemTok = _tok;
        EnterNesting();
        var elem = ParseType();
        ExitNesting();
        if (elem is not (FloatType or IntegerType))
            throw Error(elemTok, "invalid element type for complex");
        Expect(TokenKind.Greater, "expected '>' in complex type");
        return ComplexType.Get(elem);
    }

    private TupleType ParseTupleType()
    {
        Consume();
        Expect(TokenKind.Less, "expected '<' in tuple type");
        var types = new List<Type>();
        if (!ConsumeIf(TokenKind.Greater))
        {
            EnterNesting();
            do
            {
                types.Add(ParseType());
            }
            while (ConsumeIf(TokenKind.Comma));
            ExitNesting();
            Expect(TokenKind.Greater, "expected '>' in tuple type");
        }
        return TupleType.Get(_ctx, types.ToArray());
    }

    private VectorType ParseVectorType()
    {
        var vecTok = _tok;
        Consume();
        Expect(TokenKind.Less, "expected '<' in vector type");
        var shape = new List<long>();
        var scalable = new List<bool>();
        // vector-dim-list ::= (static-dim | `[` static-dim `]`) `x` ...
        while (true)
        {
            if (_tok.Kind == TokenKind.LSquare)
            {
                Consume();
                shape.Add(ParseStaticDim());
                Expect(TokenKind.RSquare, "missing ']' closing scalable dimension");
                scalable.Add(true);
                ParseXInDimensionList();
                continue;
            }
            if (_tok.Kind == TokenKind.Integer)
            {
                shape.Add(ParseStaticDim());
                scalable.Add(false);
                ParseXInDimensionList();
                continue;
            }
            if (_tok.Kind == TokenKind.Question)
                throw Error("expected non-function type");
            break;
        }
        var elemTok = _tok;
        EnterNesting();
        var elem = ParseType();
        ExitNesting();
        Expect(TokenKind.Greater, "expected '>' in vector type");
        foreach (var d in shape)
            if (d <= 0)
                throw Error(vecTok, $"vector types must have positive constant sizes but got {d}");
        if (elem is not (IntegerType or IndexType or FloatType))
            throw Error(vecTok, "failed to verify 'elementType': VectorElementTypeInterface instance");
        return VectorType.Get(shape.ToArray(), elem, scalable.ToArray());
    }

    private long ParseStaticDim()
    {
        if (_tok.Kind != TokenKind.Integer)
            throw Error("expected dimension size in vector type");
        var text = Text(_tok);
        if (text.Length > 1 && text[1] == 'x')
        {
            // `0x...` here is `0` followed by `x...`: re-lex after the zero.
            ConsumeDimensionDigits(_tok.Start + 1);
            return 0;
        }
        if (!long.TryParse(text, out long v))
            throw Error("invalid dimension");
        ConsumeDimensionDigits(_tok.End);
        return v;
    }

    /// <summary>
    /// Moves past a dimension's digits (ending at <paramref name="digitsEnd"/>) and, when an <c>x</c> follows,
    /// makes that <c>x</c> the current token on its own. Lexing <c>x4x4x...xf32</c> as one identifier and
    /// splitting it at every dimension would make a dimension list quadratic in its length.
    /// </summary>
    private void ConsumeDimensionDigits(int digitsEnd)
    {
        var at = _tok;
        if (digitsEnd < _source.Length && _source[digitsEnd] == 'x')
        {
            _lexer.ResetTo(digitsEnd + 1, at);
            _tok = new Token(TokenKind.BareIdentifier, digitsEnd, 1, at.Line, at.LineStart);
            return;
        }
        ResetLexer(digitsEnd);
    }

    /// <summary>Consumes the <c>x</c> separator, which the lexer sees as the start of an identifier.</summary>
    private void ParseXInDimensionList()
    {
        if (_tok.Kind != TokenKind.BareIdentifier || _source[_tok.Start] != 'x')
            throw Error("expected 'x' in dimension list");
        if (_tok.Length == 1)
            Consume();
        else
            ResetLexer(_tok.Start + 1);
    }

    /// <summary>ranked-dims ::= ((`?` | integer) `x`)*</summary>
    private List<long> ParseRankedDimensionList()
    {
        var shape = new List<long>();
        while (true)
        {
            if (_tok.Kind == TokenKind.Question)
            {
                Consume();
                shape.Add(ShapedType.Dynamic);
            }
            else if (_tok.Kind == TokenKind.Integer)
            {
                var text = Text(_tok);
                if (text.Length > 1 && text[1] == 'x')
                {
                    ConsumeDimensionDigits(_tok.Start + 1);
                    shape.Add(0);
                }
                else
                {
                    if (!long.TryParse(text, out long v))
                        throw Error("invalid dimension");
                    ConsumeDimensionDigits(_tok.End);
                    shape.Add(v);
                }
            }
            else
            {
                return shape;
            }
            ParseXInDimensionList();
        }
    }

    private Type ParseTensorType()
    {
        Consume();
        Expect(TokenKind.Less, "expected '<' in tensor type");
        bool unranked = false;
        List<long>? shape = null;
        if (_tok.Kind == TokenKind.Star)
        {
            Consume();
            ParseXInDimensionList();
            unranked = true;
        }
        else
        {
            shape = ParseRankedDimensionList();
        }
        var elemTok = _tok;
        EnterNesting();
        var elem = ParseType();
        Attribute? encoding = null;
        if (ConsumeIf(TokenKind.Comma))
        {
            if (unranked)
                throw Error("cannot apply encoding to unranked tensor");
            encoding = ParseAttribute();
        }
        ExitNesting();
        Expect(TokenKind.Greater, "expected '>' in tensor type");
        // MLIR's isValidElementType: complex, float, integer, index, vector, or a non-builtin (dialect) type.
        if (elem is not (ComplexType or FloatType or IntegerType or IndexType or VectorType or OpaqueType or Dialectic.Core.IR.DialectType))
            throw Error(elemTok, "invalid tensor element type");
        if (unranked)
            return UnrankedTensorType.Get(elem);
        foreach (var d in shape!)
            if (d < 0 && d != ShapedType.Dynamic)
                throw Error(elemTok, "invalid tensor dimension size");
        return RankedTensorType.Get(shape.ToArray(), elem, encoding);
    }

    private Type ParseMemRefType()
    {
        var memTok = _tok;
        Consume();
        Expect(TokenKind.Less, "expected '<' in memref type");
        bool unranked = false;
        List<long>? shape = null;
        if (_tok.Kind == TokenKind.Star)
        {
            Consume();
            ParseXInDimensionList();
            unranked = true;
        }
        else
        {
            shape = ParseRankedDimensionList();
        }
        var elemTok = _tok;
        EnterNesting();
        var elem = ParseType();
        if (elem is FunctionType or RankedTensorType or UnrankedTensorType or TupleType or NoneType)
            throw Error(elemTok, "invalid memref element type");
        Attribute? layout = null, memorySpace = null;
        Token layoutTok = _tok;
        while (ConsumeIf(TokenKind.Comma))
        {
            var attrTok = _tok;
            var attr = ParseAttribute();
            if (!unranked && layout == null && memorySpace == null && IsLayoutAttr(attr))
            {
                layout = attr;
                layoutTok = attrTok;
                continue;
            }
            if (memorySpace != null)
                throw Error(attrTok, "multiple memory spaces specified in memref type");
            if (unranked && IsLayoutAttr(attr))
                throw Error(attrTok, "cannot have affine map for unranked memref type");
            // As in MLIR: integer, string and dictionary spaces, or any attribute of a dialect other than
            // builtin (Core defines only builtin attributes).
            if (attr is not (IntegerAttr or StringAttr or DictionaryAttr) && attr.GetType().Assembly == typeof(Attribute).Assembly)
                throw Error(memTok, "unsupported memory space Attribute");
            memorySpace = attr;
        }
        ExitNesting();
        Expect(TokenKind.Greater, "expected '>' in memref type");
        // An integer memory space of 0 is the default space.
        if (memorySpace is IntegerAttr { IsZero: true })
            memorySpace = null;
        if (unranked)
            return UnrankedMemRefType.Get(elem, memorySpace);
        foreach (var d in shape!)
            if (d < 0 && d != ShapedType.Dynamic)
                throw Error(elemTok, "invalid memref size");
        if (layout is AffineMapAttr mapAttr)
        {
            if (mapAttr.Value.NumDims != shape.Count)
                throw Error(memTok, $"memref layout mismatch between rank and affine map: {shape.Count} != {mapAttr.Value.NumDims}");
            if (mapAttr.Value.IsIdentity)
                layout = null;
        }
        else if (layout is StridedLayoutAttr strided)
        {
            if (strided.Strides.Length != shape.Count)
                throw Error(layoutTok, $"expected the number of strides to match the rank");
        }
        return MemRefType.Get(shape.ToArray(), elem, layout, memorySpace);
    }

    private static bool IsLayoutAttr(Attribute attr) => attr is AffineMapAttr or StridedLayoutAttr;
}
