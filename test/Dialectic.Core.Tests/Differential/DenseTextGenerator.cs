using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dialectic.Core.Tests.Differential;

/// <summary>
/// Generates elements attributes: <c>dense&lt;...&gt;</c> (splat, nested literal, hex, bool, complex, string,
/// more than 100 elements), <c>sparse&lt;...&gt;</c> and <c>dense_resource&lt;...&gt;</c> with its blob.
/// </summary>
internal sealed class DenseTextGenerator
{
    private enum ElemKind
    {
        Int,
        Float,
        Index,
        ComplexInt,
        ComplexFloat,
        Bool,
        String,
    }

    private readonly GeneratorState _s;
    private readonly TypeTextGenerator _types;
    private readonly ScalarTextGenerator _scalars;

    public DenseTextGenerator(GeneratorState state, TypeTextGenerator types, ScalarTextGenerator scalars)
    {
        _s = state;
        _types = types;
        _scalars = scalars;
    }

    /// <summary>A <c>dense&lt;...&gt; : shaped-type</c> attribute.</summary>
    public string Dense()
    {
        var kind = (ElemKind)_s.Weighted([8, 7, 2, 2, 2, 3, 2]);
        bool vector = kind is ElemKind.Int or ElemKind.Float or ElemKind.Index or ElemKind.Bool && _s.Chance(4);
        var dims = new List<int>();
        string shape;
        if (_s.Chance(6))
        {
            // Large enough for MLIR to switch to the hex form.
            if (_s.Chance(2))
            {
                dims.Add(_s.Next(100, 140));
            }
            else
            {
                dims.Add(_s.Next(10, 13));
                dims.Add(_s.Next(10, 13));
            }
            shape = ShapeText(dims);
        }
        else
        {
            int rank = vector ? _s.Next(1, 3) : _s.Next(0, 4);
            for (int i = 0; i < rank; i++)
                dims.Add(_s.Next(vector ? 1 : 0, 4));
            shape = ShapeText(dims);
        }
        string elemType = ElementType(kind, out int bits);
        string type = (vector ? "vector<" : "tensor<") + shape + elemType + ">";
        int count = 1;
        foreach (int d in dims)
            count *= d;

        int form = _s.Next(10);
        // A nested literal of an empty shape would infer the wrong shape; splat it instead.
        if (form < 3 || count == 0)
            return "dense<" + Element(kind, bits, elemType) + "> : " + type;
        // Hex data of widths that are not whole bytes keeps the padding bits, which mlir-opt then prints as
        // out-of-range values it cannot parse back; only whole-byte widths (and packed i1) use it.
        if (form < 5 && kind != ElemKind.String && (bits % 8 == 0 || kind == ElemKind.Bool))
        {
            int bytes = kind == ElemKind.Bool ? (count + 7) / 8 : ByteWidth(kind, bits) * (_s.Chance(4) ? 1 : count);
            if (bytes > 0)
                return "dense<\"0x" + HexBytes(bytes) + "\"> : " + type;
        }
        return "dense<" + Nested(dims, 0, () => Element(kind, bits, elemType)) + "> : " + type;
    }

    /// <summary>A <c>sparse&lt;indices, values&gt; : tensor</c> attribute.</summary>
    public string Sparse()
    {
        var dims = new List<int>();
        int rank = _s.Next(1, 4);
        for (int i = 0; i < rank; i++)
            dims.Add(_s.Next(1, 5));
        var kind = _s.Chance(2) ? ElemKind.Int : ElemKind.Float;
        string elemType = ElementType(kind, out int bits);
        string type = "tensor<" + ShapeText(dims) + elemType + ">";
        int n = _s.Next(rank == 1 ? 0 : 1, 4);
        if (n == 0)
            return "sparse<[], []> : " + type;
        // Distinct index tuples: mlir-opt prints equal ones as a splat it cannot parse back.
        var tuples = new List<string>();
        for (int attempt = 0; attempt < 2 * n && tuples.Count < n; attempt++)
        {
            string tuple = "[" + _s.List(rank, d => _s.Next(dims[d]).ToString(CultureInfo.InvariantCulture)) + "]";
            if (!tuples.Contains(tuple))
                tuples.Add(tuple);
        }
        n = tuples.Count;
        string indices = "[" + string.Join(", ", tuples) + "]";
        string values = _s.Chance(4)
            ? Element(kind, bits, elemType)
            : "[" + _s.List(n, _ => Element(kind, bits, elemType)) + "]";
        return "sparse<" + indices + ", " + values + "> : " + type;
    }

    /// <summary>A <c>dense_resource&lt;name&gt; : tensor</c> attribute; its blob is recorded in the state.</summary>
    public string Resource()
    {
        var dims = new List<int> { _s.Next(1, 6) };
        if (_s.Chance(2))
            dims.Add(_s.Next(1, 4));
        var kind = _s.Chance(2) ? ElemKind.Int : ElemKind.Float;
        string elemType = ElementType(kind, out int bits);
        int count = 1;
        foreach (int d in dims)
            count *= d;
        string name = "blob" + _s.Fresh().ToString(CultureInfo.InvariantCulture);
        string alignment = _s.Pick(new[] { "01000000", "04000000", "08000000", "10000000" });
        _s.Resources.Add((name, "0x" + alignment + HexBytes(ByteWidth(kind, bits) * count)));
        return "dense_resource<" + name + "> : tensor<" + ShapeText(dims) + elemType + ">";
    }

    private string ElementType(ElemKind kind, out int bits)
    {
        bits = 0;
        switch (kind)
        {
            case ElemKind.Int:
            case ElemKind.ComplexInt:
                string t = _types.Integer();
                // Width-1 integers are bit-packed in hex; they are covered by the bool kind.
                if (t.EndsWith("i1", StringComparison.Ordinal))
                    t = t[..^1] + "8";
                bits = int.Parse(t.AsSpan(t.IndexOf('i') + 1), CultureInfo.InvariantCulture);
                return kind == ElemKind.Int ? t : "complex<" + t + ">";
            case ElemKind.Float:
            case ElemKind.ComplexFloat:
                var (name, b) = _types.Float();
                bits = b;
                return kind == ElemKind.Float ? name : "complex<" + name + ">";
            case ElemKind.Index:
                bits = 64;
                return "index";
            case ElemKind.Bool:
                bits = 1;
                return "i1";
            default:
                return _s.Chance(2) ? "!foo.str" : "!foo<\"s\">";
        }
    }

    private static int ByteWidth(ElemKind kind, int bits)
    {
        int w = (bits + 7) / 8;
        return kind is ElemKind.ComplexInt or ElemKind.ComplexFloat ? 2 * w : w;
    }

    private string Element(ElemKind kind, int bits, string elemType)
    {
        switch (kind)
        {
            case ElemKind.Int:
            case ElemKind.Index:
                return _scalars.IntegerValue(kind == ElemKind.Index ? "index" : elemType);
            case ElemKind.Float:
                return FloatElement(elemType, bits);
            case ElemKind.ComplexInt:
            {
                string inner = elemType[8..^1];
                return "(" + _scalars.IntegerValue(inner) + ", " + _scalars.IntegerValue(inner) + ")";
            }
            case ElemKind.ComplexFloat:
            {
                string inner = elemType[8..^1];
                return "(" + FloatElement(inner, bits) + ", " + FloatElement(inner, bits) + ")";
            }
            case ElemKind.Bool:
                return _s.Next(4) switch { 0 => "1", 1 => "0", 2 => "true", _ => "false" };
            default:
                return _scalars.StringLiteral();
        }
    }

    private string FloatElement(string type, int bits)
    {
        if (_s.Chance(4))
            return "0x" + _s.RandomBits(bits).ToString("X", CultureInfo.InvariantCulture).TrimStart('0').PadLeft(1, '0');
        return _scalars.DecimalFloat();
    }

    private string Nested(List<int> dims, int level, System.Func<string> element)
    {
        if (level == dims.Count)
            return element();
        return "[" + _s.List(dims[level], _ => Nested(dims, level + 1, element)) + "]";
    }

    private static string ShapeText(List<int> dims)
    {
        var sb = new StringBuilder();
        foreach (int d in dims)
            sb.Append(d.ToString(CultureInfo.InvariantCulture)).Append('x');
        return sb.ToString();
    }

    private string HexBytes(int count)
    {
        var sb = new StringBuilder(count * 2);
        for (int i = 0; i < count; i++)
        {
            int b = _s.Chance(3) ? 0 : _s.Next(256);
            sb.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>An <c>array&lt;T: ...&gt;</c> (dense array) attribute.</summary>
    public string DenseArray()
    {
        string t = _s.Pick(new[] { "i1", "i8", "i16", "i32", "i64", "f32", "f64" });
        int n = _s.Next(0, 6);
        if (n == 0)
            return "array<" + t + ">";
        string items = t switch
        {
            "i1" => _s.List(n, _ => _s.Chance(2) ? "true" : "false"),
            "f32" => _s.List(n, _ => FloatElement("f32", 32)),
            "f64" => _s.List(n, _ => FloatElement("f64", 64)),
            _ => _s.List(n, _ => _scalars.IntegerValue(t)),
        };
        return "array<" + t + ": " + items + ">";
    }
}
