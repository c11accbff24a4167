using System;
using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Affine;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support.Float;

namespace Dialectic.Core.Syntax;

public sealed partial class AsmPrinter
{
    /// <summary>Prints an attribute, using its alias when it has one.</summary>
    internal void PrintAttribute(Attribute attr, AttrTypeElision elision = AttrTypeElision.Never)
    {
        if (_collect != null)
        {
            _collect.CollectSymbol(attr);
            return;
        }
        if (_aliases?.Lookup(attr) is { } alias)
        {
            _w.Write(alias);
            return;
        }
        PrintAttributeImpl(attr, elision);
    }

    private void PrintAttributeImpl(Attribute attr, AttrTypeElision elision)
    {
        switch (attr)
        {
            case OpaqueAttr o:
                PrintDialectSymbol('#', o.DialectNamespace, o.Data);
                return;
            case DialectAttribute da:
                PrintDialectSymbol('#', da.DialectNamespace, da.Body);
                return;
            case UnitAttr:
                _w.Write("unit");
                return;
            case DistinctAttr d:
                if (!_distinctIds.TryGetValue(d, out int id))
                {
                    id = _distinctIds.Count;
                    _distinctIds[d] = id;
                }
                _w.Write("distinct[");
                _w.Write(id);
                _w.Write("]<");
                if (d.ReferencedAttr is not UnitAttr)
                    PrintAttribute(d.ReferencedAttr);
                _w.Write('>');
                return;
            case DictionaryAttr dict:
                _w.Write('{');
                for (int i = 0; i < dict.Entries.Length; i++)
                {
                    if (i > 0)
                        _w.Write(", ");
                    PrintNamedAttribute(dict.Entries[i]);
                }
                _w.Write('}');
                return;
            case IntegerAttr ia:
                if (ia.Type is IntegerType { Width: 1, IsSignless: true })
                {
                    _w.Write(ia.Bits.IsZero ? "false" : "true");
                    return;
                }
                WriteBigInteger(ia.Value);
                if (elision == AttrTypeElision.May && ia.Type is IntegerType { Width: 64, IsSignless: true })
                    return;
                break;
            case FloatAttr fa:
            {
                var text = FloatFormatter.Format(fa.FloatType.Kind, fa.Bits, out bool hex);
                if (fa.HasUnencodableSign && !hex)
                    _w.Write('-');
                _w.Write(text);
                if (elision == AttrTypeElision.May && fa.FloatType.Kind == FloatKind.F64 && !hex)
                    return;
                break;
            }
            case StringAttr s:
                PrintEscapedString(s.Bytes);
                break;
            case ArrayAttr a:
                _w.Write('[');
                for (int i = 0; i < a.Count; i++)
                {
                    if (i > 0)
                        _w.Write(", ");
                    PrintAttribute(a[i], AttrTypeElision.May);
                }
                _w.Write(']');
                return;
            case AffineMapAttr m:
                _w.Write("affine_map<");
                _w.Write(m.Value.ToString());
                _w.Write('>');
                return;
            case IntegerSetAttr set:
                _w.Write("affine_set<");
                _w.Write(set.Value.ToString());
                _w.Write('>');
                return;
            case TypeAttr ta:
                PrintType(ta.Value);
                return;
            case SymbolRefAttr sym:
                PrintSymbolName(sym.RootReference);
                foreach (var n in sym.NestedReferences)
                {
                    _w.Write("::");
                    PrintSymbolName(n);
                }
                return;
            case DenseIntOrFPElementsAttr dense:
                if (!dense.IsSplat && ShouldElide(dense.NumElements))
                {
                    _w.Write("dense_resource<__elided__>");
                }
                else
                {
                    _w.Write("dense<");
                    PrintDenseIntOrFP(dense, allowHex: true);
                    _w.Write('>');
                }
                break;
            case DenseStringElementsAttr ds:
                if (!ds.IsSplat && ShouldElide(ds.NumElements))
                {
                    _w.Write("dense_resource<__elided__>");
                }
                else
                {
                    _w.Write("dense<");
                    PrintDenseStrings(ds);
                    _w.Write('>');
                }
                break;
            case SparseElementsAttr sp:
                if ((!sp.Indices.IsSplat && ShouldElide(sp.Indices.NumElements)) || (!sp.Values.IsSplat && ShouldElide(sp.Values.NumElements)))
                {
                    _w.Write("dense_resource<__elided__>");
                    break;
                }
                _w.Write("sparse<");
                if (sp.Indices.NumElements != 0)
                {
                    PrintDenseIntOrFP(sp.Indices, allowHex: false);
                    _w.Write(", ");
                    if (sp.Values is DenseIntOrFPElementsAttr dv)
                        PrintDenseIntOrFP(dv, allowHex: true);
                    else
                        PrintDenseStrings((DenseStringElementsAttr)sp.Values);
                }
                _w.Write('>');
                break;
            case StridedLayoutAttr st:
                _w.Write("strided<[");
                for (int i = 0; i < st.Strides.Length; i++)
                {
                    if (i > 0)
                        _w.Write(", ");
                    WriteDim(st.Strides[i]);
                }
                _w.Write(']');
                if (st.Offset != 0)
                {
                    _w.Write(", offset: ");
                    WriteDim(st.Offset);
                }
                _w.Write('>');
                return;
            case DenseArrayAttr da:
                _w.Write("array<");
                PrintType(da.ElementType);
                if (da.Count > 0)
                {
                    _w.Write(": ");
                    PrintDenseArrayElements(da);
                }
                _w.Write('>');
                return;
            case DenseResourceElementsAttr dr:
                _w.Write("dense_resource<");
                PrintKeywordOrString(dr.Handle);
                _w.Write('>');
                if (_usedResources.Add(dr.Handle))
                    _resourceOrder.Add(dr.Handle);
                _lastContext ??= dr.Context;
                break;
            case LocationAttr loc:
                PrintLocation(loc, allowAlias: false);
                return;
            default:
                _w.Write("<<unknown attribute>>");
                return;
        }
        if (elision != AttrTypeElision.Must && attr is ITypedAttribute typed && typed.Type is not NoneType)
        {
            _w.Write(" : ");
            PrintType(typed.Type);
        }
    }

    private bool ShouldElide(long numElements) =>
        _flags.ElideElementsAttrsIfLarger is long limit && numElements > limit;

    private void WriteDim(long v)
    {
        if (v == ShapedType.Dynamic)
            _w.Write('?');
        else
            _w.Write(v);
    }

    private void WriteBigInteger(BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue)
            _w.Write((long)v);
        else
            _w.Write(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // ---- dense elements ----

    private void PrintDenseIntOrFP(DenseIntOrFPElementsAttr attr, bool allowHex)
    {
        if (allowHex && !attr.IsSplat && attr.NumElements > _flags.HexElementsThreshold)
        {
            _w.Write("\"0x");
            _w.Write(Convert.ToHexString(attr.RawData));
            _w.Write('"');
            return;
        }
        var scalar = attr.ScalarType;
        int bits = DenseIntOrFPElementsAttr.StorageBits(scalar);
        var data = attr.RawData.ToArray();
        bool complex = attr.IsComplex;
        PrintDenseElementsImpl(attr.IsSplat, attr.ShapedType, index =>
        {
            if (complex)
            {
                _w.Write('(');
                PrintScalar(scalar, DenseIntOrFPElementsAttr.ReadBits(data, bits, 2 * index));
                _w.Write(',');
                PrintScalar(scalar, DenseIntOrFPElementsAttr.ReadBits(data, bits, 2 * index + 1));
                _w.Write(')');
            }
            else
            {
                PrintScalar(scalar, DenseIntOrFPElementsAttr.ReadBits(data, bits, index));
            }
        });
    }

    private void PrintScalar(Type type, BigInteger bits)
    {
        switch (type)
        {
            case FloatType f:
                _w.Write(FloatFormatter.Format(f.Kind, (UInt128)bits, out _));
                return;
            case IntegerType { Width: 1 }:
                _w.Write(bits.IsZero ? "false" : "true");
                return;
            case IntegerType { IsUnsigned: true }:
                WriteBigInteger(bits);
                return;
            default:
                WriteBigInteger(IntegerAttr.ToSigned(bits, IntegerAttr.BitWidthOf(type)));
                return;
        }
    }

    private void PrintDenseStrings(DenseStringElementsAttr attr)
    {
        var values = attr.Values.ToArray();
        PrintDenseElementsImpl(attr.IsSplat, attr.ShapedType, index => PrintEscapedString(values[index]));
    }

    /// <summary>
    /// Nested brackets by shape via a mixed-radix counter: a splat prints its one element, zero elements print
    /// nothing.
    /// </summary>
    private void PrintDenseElementsImpl(bool isSplat, ShapedType type, Action<int> printElement)
    {
        if (isSplat)
        {
            printElement(0);
            return;
        }
        long numElements = type.NumElements;
        if (numElements == 0)
            return;
        var shape = type.Shape;
        int rank = shape.Length;
        var counter = new long[rank];
        int openBrackets = 0;
        for (long idx = 0; idx < numElements; idx++)
        {
            if (idx != 0)
                _w.Write(", ");
            while (openBrackets++ < rank)
                _w.Write('[');
            openBrackets = rank;
            printElement((int)idx);
            if (rank == 0)
                continue;
            counter[rank - 1]++;
            for (int i = rank - 1; i > 0; i--)
            {
                if (counter[i] >= shape[i])
                {
                    counter[i] = 0;
                    counter[i - 1]++;
                    openBrackets--;
                    _w.Write(']');
                }
            }
        }
        while (openBrackets-- > 0)
            _w.Write(']');
    }

    private void PrintDenseArrayElements(DenseArrayAttr attr)
    {
        var raw = attr.Raw;
        for (int i = 0; i < raw.Length; i++)
        {
            if (i > 0)
                _w.Write(", ");
            switch (attr.ElementType)
            {
                case FloatType f:
                    _w.Write(FloatFormatter.Format(f.Kind, (UInt128)(ulong)raw[i], out _));
                    break;
                case IntegerType { Width: 1 }:
                    _w.Write(raw[i] != 0 ? "true" : "false");
                    break;
                default:
                    _w.Write(raw[i]);
                    break;
            }
        }
    }

    // ---- strings, identifiers, symbols ----

    /// <summary>Writes a byte string in quotes: printable ASCII verbatim, <c>\\</c> for backslash, <c>\XX</c> otherwise.</summary>
    internal void PrintEscapedString(string bytes)
    {
        _w.Write('"');
        int runStart = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            char c = bytes[i];
            bool plain = c >= 0x20 && c <= 0x7e && c != '"' && c != '\\';
            if (plain)
                continue;
            if (i > runStart)
                _w.Write(bytes.AsSpan(runStart, i - runStart));
            runStart = i + 1;
            if (c == '\\')
            {
                _w.Write("\\\\");
                continue;
            }
            _w.Write('\\');
            _w.Write(HexDigit(c >> 4));
            _w.Write(HexDigit(c & 0xf));
        }
        if (runStart < bytes.Length)
            _w.Write(bytes.AsSpan(runStart));
        _w.Write('"');
    }

    private static char HexDigit(int v) => (char)(v < 10 ? '0' + v : 'A' + v - 10);

    /// <summary>True for MLIR's bare identifiers: <c>[a-zA-Z_][a-zA-Z0-9_$.]*</c>.</summary>
    internal static bool IsBareIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsAsciiLetter(s[0]) || s[0] == '_'))
            return false;
        foreach (char c in s)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$' || c == '.'))
                return false;
        return true;
    }

    internal void PrintKeywordOrString(string s)
    {
        if (IsBareIdentifier(s))
            _w.Write(s);
        else
            PrintEscapedString(s);
    }

    internal void PrintSymbolName(string name)
    {
        if (name.Length == 0)
        {
            _w.Write("@<<INVALID EMPTY SYMBOL>>");
            return;
        }
        _w.Write('@');
        PrintKeywordOrString(name);
    }

    /// <summary><c>!ns.body</c> when the body is simple (identifier, optionally followed by a &lt;...&gt; group), else <c>!ns&lt;body&gt;</c>.</summary>
    private void PrintDialectSymbol(char prefix, string ns, string body)
    {
        _w.Write(prefix);
        _w.Write(ns);
        if (IsPrettyDialectBody(body))
        {
            _w.Write('.');
            _w.Write(body);
            return;
        }
        _w.Write('<');
        _w.Write(body);
        _w.Write('>');
    }

    private static bool IsPrettyDialectBody(string body)
    {
        if (body.Length == 0 || !char.IsAsciiLetter(body[0]))
            return false;
        int i = 0;
        while (i < body.Length && (char.IsAsciiLetterOrDigit(body[i]) || body[i] == '.' || body[i] == '_'))
            i++;
        if (i == body.Length)
            return true;
        return body[i] == '<' && body[^1] == '>';
    }
}
