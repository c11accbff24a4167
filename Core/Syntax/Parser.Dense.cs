using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support.Float;

namespace Dialectic.Core.Syntax;

public sealed partial class Parser
{
    /// <summary>One scalar written in an elements literal.</summary>
    private readonly record struct ElementLiteral(Token Tok, bool Negative, TokenKind Kind);

    /// <summary>
    /// The parsed body of <c>dense&lt;...&gt;</c>/<c>sparse&lt;...&gt;</c>: flat scalars (complex pairs take two
    /// entries), the inferred shape, or a hex blob.
    /// </summary>
    private sealed class TensorLiteral
    {
        public readonly List<ElementLiteral> Elements = new();
        public List<long> Shape = new();
        public bool IsComplex;
        public Token? HexTok;
        public bool IsEmpty;
        public bool HasString;
    }

    private TensorLiteral ParseTensorLiteral()
    {
        var lit = new TensorLiteral();
        if (_tok.Kind == TokenKind.Greater)
        {
            lit.IsEmpty = true;
            lit.Shape = [0];
            return lit;
        }
        if (_tok.Kind == TokenKind.String)
        {
            // A lone string is hex storage for numeric element types and a string splat otherwise; which one
            // is decided once the type is known.
            lit.HexTok = _tok;
            Consume();
            return lit;
        }
        if (_tok.Kind == TokenKind.LSquare)
        {
            lit.Shape = ParseTensorLiteralList(lit);
            return lit;
        }
        ParseTensorLiteralElement(lit);
        return lit;
    }

    /// <summary>A nested <c>[...]</c> list; returns its shape, checking that siblings agree.</summary>
    private List<long> ParseTensorLiteralList(TensorLiteral lit)
    {
        var open = _tok;
        Consume();
        EnterNesting();
        List<long>? inner = null;
        long count = 0;
        if (_tok.Kind != TokenKind.RSquare)
        {
            do
            {
                List<long> shape;
                if (_tok.Kind == TokenKind.LSquare)
                {
                    shape = ParseTensorLiteralList(lit);
                }
                else
                {
                    ParseTensorLiteralElement(lit);
                    shape = [];
                }
                if (inner == null)
                    inner = shape;
                else if (!SameShape(inner, shape))
                    throw Error(open, "tensor literal is invalid; ranks are not consistent between elements");
                count++;
            }
            while (ConsumeIf(TokenKind.Comma));
        }
        ExitNesting();
        Expect(TokenKind.RSquare, "expected ']'");
        var result = new List<long> { count };
        if (inner != null)
            result.AddRange(inner);
        return result;
    }

    private static bool SameShape(List<long> a, List<long> b)
    {
        if (a.Count != b.Count)
            return false;
        for (int i = 0; i < a.Count; i++)
            if (a[i] != b[i])
                return false;
        return true;
    }

    private void ParseTensorLiteralElement(TensorLiteral lit)
    {
        if (_tok.Kind == TokenKind.LParen)
        {
            Consume();
            lit.IsComplex = true;
            ParseScalarLiteral(lit);
            Expect(TokenKind.Comma, "expected ',' between complex elements");
            ParseScalarLiteral(lit);
            Expect(TokenKind.RParen, "expected ')' after complex elements");
            return;
        }
        ParseScalarLiteral(lit);
    }

    private void ParseScalarLiteral(TensorLiteral lit)
    {
        bool neg = ConsumeIf(TokenKind.Minus);
        var t = _tok;
        switch (t.Kind)
        {
            case TokenKind.Integer:
            case TokenKind.Float:
                break;
            case TokenKind.String when !neg:
                lit.HasString = true;
                break;
            case TokenKind.BareIdentifier when !neg && (IsKeyword("true") || IsKeyword("false")):
                break;
            default:
                throw Error("expected element literal of primitive type");
        }
        Consume();
        lit.Elements.Add(new ElementLiteral(t, neg, t.Kind));
    }

    private Attribute ParseDenseElementsAttr()
    {
        var kwTok = _tok;
        Consume();
        Expect(TokenKind.Less, "expected '<' after 'dense'");
        var litTok = _tok;
        var lit = ParseTensorLiteral();
        Expect(TokenKind.Greater, "expected '>'");
        Expect(TokenKind.Colon, "expected ':'");
        var typeTok = _tok;
        var shaped = ParseElementsLiteralType(kwTok, allowMemRef: true);
        return BuildDenseElements(lit, shaped, litTok, typeTok);
    }

    /// <summary>The type after an elements literal: statically shaped (a ranked memref only for <c>dense</c>).</summary>
    private ShapedType ParseElementsLiteralType(Token keyword, bool allowMemRef)
    {
        var type = ParseType();
        if (type is not ShapedType shaped || type is UnrankedMemRefType || (!allowMemRef && type is MemRefType))
            throw Error(keyword, "elements literal must be a shaped type");
        if (!shaped.HasStaticShape)
            throw Error(keyword, "elements literal type must have static shape");
        return shaped;
    }

    private DenseElementsAttr BuildDenseElements(TensorLiteral lit, ShapedType type, Token litTok, Token typeTok)
    {
        var elemType = type.ElementType;
        if (lit.HexTok is { } hexTok)
        {
            var scalar = elemType is ComplexType c ? c.ElementType : elemType;
            if (scalar is IntegerType or IndexType or FloatType)
                return BuildDenseFromHex(hexTok, type);
            return DenseStringElementsAttr.Get(type, [ParseStringLiteralBytes(hexTok)], true);
        }
        long numElements = type.NumElements;
        bool splat = lit.Shape.Count == 0 && !lit.IsEmpty;
        if (!splat && !ShapeMatches(lit.Shape, type.Shape, lit.IsEmpty))
            throw Error(litTok, $"inferred shape of elements literal ([{string.Join(", ", lit.Shape)}]) does not match type ([{string.Join(", ", type.Shape.ToArray())}])");
        if (lit.HasString)
        {
            var strings = new string[lit.Elements.Count];
            for (int i = 0; i < strings.Length; i++)
            {
                if (lit.Elements[i].Kind != TokenKind.String)
                    throw Error(lit.Elements[i].Tok, "expected string element");
                strings[i] = ParseStringLiteralBytes(lit.Elements[i].Tok);
            }
            bool allSame = strings.Length > 0;
            for (int i = 1; i < strings.Length && allSame; i++)
                allSame = strings[i] == strings[0];
            if (splat || (allSame && strings.Length > 1) || numElements == 1)
                return DenseStringElementsAttr.Get(type, [strings[0]], true);
            return DenseStringElementsAttr.Get(type, strings, false);
        }
        bool complex = elemType is ComplexType;
        var scalarType = complex ? ((ComplexType)elemType).ElementType : elemType;
        if (scalarType is not (IntegerType or IndexType or FloatType))
            throw Error(typeTok, "expected integer, float or complex element type");
        if (complex != lit.IsComplex && lit.Elements.Count > 0)
        {
            if (complex)
                throw Error(litTok, "complex element type requires complex literal elements");
            throw Error(litTok, "expected non-complex element literal");
        }
        int storageBits = DenseIntOrFPElementsAttr.StorageBits(scalarType);
        int scalars = lit.Elements.Count;
        var values = new BigInteger[scalars];
        for (int i = 0; i < scalars; i++)
            values[i] = ScalarBits(lit.Elements[i], scalarType);
        int perElement = complex ? 2 : 1;
        bool isSplat = splat || numElements == 1;
        if (!isSplat && scalars > perElement)
        {
            isSplat = true;
            for (int i = perElement; i < scalars && isSplat; i++)
                isSplat = values[i] == values[i % perElement];
        }
        int stored = isSplat ? Math.Min(perElement, scalars) : scalars;
        var data = new byte[DenseIntOrFPElementsAttr.StorageBytes(storageBits, stored)];
        for (int i = 0; i < stored; i++)
            DenseIntOrFPElementsAttr.WriteBits(data, storageBits, i, values[i]);
        // A scalar literal stays a splat even for a shape with no elements (MLIR prints dense<v> back).
        return DenseIntOrFPElementsAttr.GetRaw(type, data, isSplat && (numElements > 0 || splat));
    }

    private static bool ShapeMatches(List<long> literal, ReadOnlySpan<long> type, bool isEmpty)
    {
        if (isEmpty)
        {
            foreach (var d in type)
                if (d == 0)
                    return true;
            return false;
        }
        if (literal.Count != type.Length)
            return false;
        for (int i = 0; i < literal.Count; i++)
            if (literal[i] != type[i])
                return false;
        return true;
    }

    /// <summary>The bit pattern of one literal scalar for <paramref name="type"/>.</summary>
    private BigInteger ScalarBits(ElementLiteral e, Type type)
    {
        var t = e.Tok;
        if (type is FloatType ft)
        {
            if (e.Kind == TokenKind.Float)
            {
                var text = e.Negative ? "-" + TextString(t) : TextString(t);
                if (!FloatParser.TryParseDecimal(ft.Kind, text, out var bits))
                    throw Error(t, "floating point value too large for attribute");
                return (BigInteger)bits;
            }
            if (e.Kind == TokenKind.Integer)
            {
                var text = Text(t);
                if (!(text.Length > 1 && text[1] == 'x'))
                {
                    _ctx.EmitError(LocOf(t), "unexpected decimal integer literal for a floating point value")
                        .AttachNote("add a trailing dot to make the literal a float");
                    throw new ParseException();
                }
                if (e.Negative)
                    throw Error(t, "hexadecimal float literal should not have a leading minus");
                var mag = BigInteger.Parse("0" + text.Slice(2).ToString(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                if (mag.GetBitLength() > ft.Width)
                    throw Error(t, "hexadecimal float constant out of range for type");
                return mag;
            }
            throw Error(t, "expected floating-point elements, but parsed integer");
        }
        int width = IntegerAttr.BitWidthOf(type);
        if (e.Kind == TokenKind.BareIdentifier)
        {
            if (width != 1)
                throw Error(t, "expected i1 type for 'true' or 'false' values");
            return Text(t) is "true" ? BigInteger.One : BigInteger.Zero;
        }
        if (e.Kind == TokenKind.Float)
            throw Error(t, "expected integer elements, but parsed floating-point");
        var digits = Text(t);
        bool hex = digits.Length > 1 && digits[1] == 'x';
        var magnitude = hex
            ? BigInteger.Parse("0" + digits.Slice(2).ToString(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)
            : BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        var value = BuildIntegerValue(magnitude, e.Negative, type, t);
        return IntegerAttr.Truncate(value, width);
    }

    private DenseIntOrFPElementsAttr BuildDenseFromHex(Token hexTok, ShapedType type)
    {
        var text = ParseStringLiteralBytes(hexTok);
        if (!TryDecodeHex(text, out var bytes))
            throw Error(hexTok, "expected string containing hex digits starting with `0x`");
        var elemType = type.ElementType;
        bool complex = elemType is ComplexType;
        var scalarType = complex ? ((ComplexType)elemType).ElementType : elemType;
        if (scalarType is not (IntegerType or IndexType or FloatType))
            throw Error(hexTok, "expected integer, float or complex element type for hex data");
        int storageBits = DenseIntOrFPElementsAttr.StorageBits(scalarType);
        int perElement = complex ? 2 : 1;
        long n = type.NumElements;
        int full = DenseIntOrFPElementsAttr.StorageBytes(storageBits, n * perElement);
        int one = DenseIntOrFPElementsAttr.StorageBytes(storageBits, perElement);
        if (bytes.Length == full && !(n > 1 && bytes.Length == one && storageBits == 1))
        {
            bool isSplat = n == 1;
            if (isSplat && bytes.Length > one)
                Array.Resize(ref bytes, one);
            return DenseIntOrFPElementsAttr.GetRaw(type, bytes, isSplat);
        }
        if (bytes.Length == one)
            return DenseIntOrFPElementsAttr.GetRaw(type, bytes, true);
        throw Error(hexTok, $"elements hex data size is invalid for provided type: '{type}'");
    }

    /// <summary>dense_resource ::= `dense_resource` `&lt;` handle `&gt;` `:` shaped-type</summary>
    private Attribute ParseDenseResourceAttr()
    {
        Consume();
        Expect(TokenKind.Less, "expected '<'");
        if (_tok.Kind is not (TokenKind.BareIdentifier or TokenKind.String or TokenKind.IntegerType))
            throw Error("expected identifier key for 'resource' entry");
        string handle = _tok.Kind == TokenKind.String ? ParseStringLiteralBytes(_tok) : TextString(_tok);
        Consume();
        Expect(TokenKind.Greater, "expected '>'");
        Expect(TokenKind.Colon, "expected ':'");
        var typeTok = _tok;
        var type = ParseType();
        if (type is not ShapedType { HasRank: true } shaped || type is MemRefType)
            throw Error(typeTok, "`dense_resource` expected a shaped type");
        return DenseResourceElementsAttr.Get(shaped, handle);
    }

    /// <summary>sparse ::= `sparse` `&lt;` indices-literal `,` values-literal `&gt;` `:` shaped-type</summary>
    private Attribute ParseSparseElementsAttr()
    {
        var sparseTok = _tok;
        Consume();
        Expect(TokenKind.Less, "Expected '<' after 'sparse'");
        if (_tok.Kind == TokenKind.Greater)
            return ParseEmptySparseElementsAttr(sparseTok);
        var idxTok = _tok;
        var indices = ParseTensorLiteral();
        Expect(TokenKind.Comma, "expected ','");
        var valTok = _tok;
        var values = ParseTensorLiteral();
        Expect(TokenKind.Greater, "expected '>'");
        Expect(TokenKind.Colon, "expected ':'");
        var typeTok = _tok;
        var shaped = ParseElementsLiteralType(sparseTok, allowMemRef: false);
        // As MLIR: the literals' shapes are the attribute's shapes, except that a scalar index is one index
        // (1 x rank) and scalar values are a splat over the indices.
        var i64 = _ctx.I(64);
        long[] indicesShape = indices.Shape.Count == 0 ? [1, shaped.Rank] : indices.Shape.ToArray();
        var indicesType = RankedTensorType.Get(indicesShape, i64);
        var idxAttr = (DenseIntOrFPElementsAttr)BuildDenseElements(indices, indicesType, idxTok, typeTok);
        long[] valuesShape = values.Shape.Count == 0 ? [indicesShape[0]] : values.Shape.ToArray();
        var valuesType = RankedTensorType.Get(valuesShape, shaped.ElementType);
        var valAttr = BuildDenseElements(values, valuesType, valTok, typeTok);
        VerifySparseElements(shaped, idxAttr, valuesShape, sparseTok);
        return SparseElementsAttr.Get(shaped, idxAttr, valAttr);
    }

    /// <summary>MLIR's SparseElementsAttr verifier: shapes agree and every index lies within the shape.</summary>
    private void VerifySparseElements(ShapedType type, DenseIntOrFPElementsAttr indices, long[] valuesShape, Token at)
    {
        if (valuesShape.Length != 1)
            throw Error(at, "expected 1-d tensor for sparse element values");
        long[] indicesShape = indices.ShapedType.Shape.ToArray();
        int rank = type.Rank;
        bool shapeOk = indicesShape.Length == 2 ? indicesShape[1] == rank : indicesShape.Length == 1 && rank == 1;
        if (!shapeOk || indicesShape[0] != valuesShape[0])
            throw Error(at, $"expected shape ([{string.Join(", ", type.Shape.ToArray())}]); inferred shape of indices literal " +
                $"([{string.Join(", ", indicesShape)}]); inferred shape of values literal ([{string.Join(", ", valuesShape)}])");
        var data = indices.RawData;
        long count = indicesShape[0];
        var index = new ulong[rank];
        for (long i = 0; i < (indices.IsSplat ? Math.Min(count, 1) : count); i++)
        {
            bool valid = true;
            for (int d = 0; d < rank; d++)
            {
                long flat = indices.IsSplat ? 0 : i * rank + d;
                index[d] = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(data.Slice((int)(flat * 8), 8));
                valid &= index[d] < (ulong)type.Shape[d];
            }
            if (!valid)
                throw Error(at, $"sparse index #{i} is not contained within the value shape, with index=[{string.Join(", ", index)}], and type='{type}'");
        }
    }

    /// <summary>`sparse&lt;&gt; : type`, no explicit element: 0 x rank indices and no values (after the '&lt;').</summary>
    private Attribute ParseEmptySparseElementsAttr(Token kwTok)
    {
        Consume();
        Expect(TokenKind.Colon, "expected ':'");
        var typeTok = _tok;
        var shaped = ParseElementsLiteralType(kwTok, allowMemRef: false);
        var indicesType = RankedTensorType.Get(new long[] { 0, shaped.Rank }, _ctx.I(64));
        var valuesType = RankedTensorType.Get(new long[] { 0 }, shaped.ElementType);
        var idxAttr = (DenseIntOrFPElementsAttr)BuildDenseElements(new TensorLiteral { IsEmpty = true, Shape = [0, shaped.Rank] }, indicesType, typeTok, typeTok);
        var valAttr = BuildDenseElements(new TensorLiteral { IsEmpty = true, Shape = [0] }, valuesType, typeTok, typeTok);
        return SparseElementsAttr.Get(shaped, idxAttr, valAttr);
    }

    /// <summary>array ::= `array` `&lt;` type (`:` element-list)? `&gt;`</summary>
    private DenseArrayAttr ParseDenseArrayAttr()
    {
        Consume();
        Expect(TokenKind.Less, "expected '<' after 'array'");
        var typeTok = _tok;
        var elemType = ParseType();
        if (!DenseArrayAttr.IsValidElementType(elemType))
            throw Error(typeTok, "expected integer or float type, got: " + elemType);
        var raw = new List<long>();
        if (ConsumeIf(TokenKind.Colon))
        {
            do
            {
                bool neg = ConsumeIf(TokenKind.Minus);
                var t = _tok;
                var e = new ElementLiteral(t, neg, t.Kind);
                bool isBool = t.Kind == TokenKind.BareIdentifier && (IsKeyword("true") || IsKeyword("false"));
                if (t.Kind is not (TokenKind.Integer or TokenKind.Float) && !isBool)
                    throw Error(elemType is FloatType ? "expected float literal" : "expected integer literal");
                Consume();
                if (elemType is FloatType ft && t.Kind == TokenKind.Integer && !(Text(t).Length > 1 && Text(t)[1] == 'x'))
                {
                    // Dense arrays of floats accept integer literals as values.
                    var text = (neg ? "-" : "") + TextString(t) + ".0";
                    FloatParser.TryParseDecimal(ft.Kind, text, out var fb);
                    raw.Add((long)(ulong)fb);
                    continue;
                }
                var bits = ScalarBits(e, elemType);
                if (elemType is IntegerType it)
                    raw.Add((long)IntegerAttr.ToSigned(bits, it.Width));
                else
                    raw.Add((long)(ulong)bits);
            }
            while (ConsumeIf(TokenKind.Comma));
        }
        Expect(TokenKind.Greater, "expected '>' to close an array attribute");
        return DenseArrayAttr.Get(elemType, raw.ToArray());
    }
}
