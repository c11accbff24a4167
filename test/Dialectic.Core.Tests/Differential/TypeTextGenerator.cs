using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dialectic.Core.Tests.Differential;

/// <summary>
/// Generates the text of random builtin types (every builtin kind), opaque dialect types and type alias uses,
/// all accepted by mlir-opt 22.
/// </summary>
internal sealed class TypeTextGenerator
{
    /// <summary>Every builtin float type with its bit width.</summary>
    public static readonly (string Name, int Bits)[] FloatTypes =
    [
        ("f16", 16), ("bf16", 16), ("f32", 32), ("f64", 64), ("f80", 80), ("f128", 128), ("tf32", 19),
        ("f4E2M1FN", 4), ("f6E2M3FN", 6), ("f6E3M2FN", 6), ("f8E5M2", 8), ("f8E4M3", 8), ("f8E4M3FN", 8),
        ("f8E5M2FNUZ", 8), ("f8E4M3FNUZ", 8), ("f8E4M3B11FNUZ", 8), ("f8E3M4", 8), ("f8E8M0FNU", 8),
    ];

    private static readonly int[] IntWidths = [1, 1, 2, 3, 7, 8, 8, 16, 16, 32, 32, 32, 33, 64, 64, 65, 128, 256];

    private static readonly string[] OpaqueTypes =
    [
        "!llvm.ptr", "!llvm.ptr<1>", "!foo.bar", "!foo.baz<i32, 4>", "!foo<\"raw body\">", "!foo.t<  i32,4 >",
        "!foo.nest<x<y>, [1, 2]>", "!my_dialect.type_1", "!foo.s<\"q\\\"uote\">", "!foo.b<{a = 1}>",
    ];

    private readonly GeneratorState _s;

    public TypeTextGenerator(GeneratorState state) => _s = state;

    /// <summary>An integer type of a random width and signedness.</summary>
    public string Integer()
    {
        int w = _s.Pick(IntWidths);
        return _s.Next(4) switch { 0 => "si", 1 => "ui", _ => "i" } + w.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A random float type with its bit width.</summary>
    public (string Name, int Bits) Float() => _s.Pick(FloatTypes);

    /// <summary>An integer, index or float type.</summary>
    public string Scalar() => _s.Next(8) switch
    {
        0 => "index",
        1 or 2 or 3 => Float().Name,
        _ => Integer(),
    };

    /// <summary>Any type; <paramref name="depth"/> bounds the nesting.</summary>
    public string Any(int depth)
    {
        bool deep = depth > 0;
        int kind = _s.Weighted([14, 4, 12, 2, deep ? 4 : 0, deep ? 4 : 0, deep ? 4 : 0, 6, deep ? 8 : 0, 2,
            deep ? 6 : 0, 2, 5, _s.TypeAliases.Count > 0 ? 4 : 0]);
        return kind switch
        {
            0 => Integer(),
            1 => "index",
            2 => Float().Name,
            3 => "none",
            4 => Complex(),
            5 => Tuple(depth - 1),
            6 => Function(depth - 1),
            7 => Vector(),
            8 => Tensor(depth - 1),
            9 => "tensor<*x" + TensorElement(0) + ">",
            10 => MemRef(depth - 1),
            11 => "memref<*x" + MemRefElement() + MemorySpaceSuffix() + ">",
            12 => _s.Pick(OpaqueTypes),
            _ => "!" + _s.Pick(_s.TypeAliases),
        };
    }

    public string Complex() => "complex<" + (_s.Chance(2) ? Float().Name : Integer()) + ">";

    public string Tuple(int depth)
    {
        int n = _s.Chance(8) ? _s.Next(16, 21) : _s.Next(0, 4);
        return "tuple<" + _s.List(n, _ => Any(depth > 0 && n < 8 ? depth : 0)) + ">";
    }

    public string Function(int depth)
    {
        int nIn = _s.Next(0, 3);
        int nOut = _s.Next(0, 3);
        string inputs = "(" + _s.List(nIn, _ => Any(depth)) + ")";
        if (nOut == 1 && _s.Chance(2))
        {
            string result = Any(depth);
            // A function result that is itself a function type needs parentheses.
            return inputs + " -> " + (result.Contains("->", System.StringComparison.Ordinal) ? "(" + result + ")" : result);
        }
        return inputs + " -> (" + _s.List(nOut, _ => Any(depth)) + ")";
    }

    /// <summary>A vector type, possibly 0-d or with scalable dimensions.</summary>
    public string Vector()
    {
        string elem = Scalar();
        if (_s.Chance(10))
            return "vector<" + elem + ">";
        var sb = new StringBuilder("vector<");
        int rank = _s.Next(1, 4);
        for (int i = 0; i < rank; i++)
        {
            string d = _s.Next(1, 9).ToString(CultureInfo.InvariantCulture);
            sb.Append(_s.Chance(4) ? "[" + d + "]" : d).Append('x');
        }
        return sb.Append(elem).Append('>').ToString();
    }

    /// <summary>A static vector shape of integer or float elements, for dense attributes.</summary>
    public string Shape(int rank, int maxDim, bool allowDynamic, List<int>? dims = null)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < rank; i++)
        {
            if (allowDynamic && _s.Chance(3))
            {
                sb.Append("?x");
                dims?.Add(-1);
                continue;
            }
            int d = _s.Next(0, maxDim + 1);
            dims?.Add(d);
            sb.Append(d.ToString(CultureInfo.InvariantCulture)).Append('x');
        }
        return sb.ToString();
    }

    public string TensorElement(int depth) => _s.Next(10) switch
    {
        0 => Complex(),
        1 => Vector(),
        2 => _s.Pick(OpaqueTypes),
        _ => Scalar(),
    };

    public string Tensor(int depth)
    {
        string text = "tensor<" + Shape(_s.Next(0, 4), 5, true) + TensorElement(depth);
        if (_s.Chance(4))
            text += ", " + Encoding();
        return text + ">";
    }

    private string Encoding() => _s.Next(5) switch
    {
        0 => "#foo.enc<1, \"x\">",
        1 => "\"enc\"",
        2 => "1 : i32",
        3 => "#foo.sparse",
        _ => "{a = 1 : i64, b}",
    };

    public string MemRefElement() => _s.Next(10) switch
    {
        0 => Complex(),
        1 => Vector(),
        _ => Scalar(),
    };

    public string MemRef(int depth)
    {
        int rank = _s.Next(0, 4);
        string text = "memref<" + Shape(rank, 5, true) + (depth > 0 && _s.Chance(10) ? MemRef(0) : MemRefElement());
        switch (_s.Next(6))
        {
            case 0:
                text += ", " + LayoutMap(rank);
                break;
            case 1:
                text += ", strided<[" + _s.List(rank, _ => StrideValue()) + "]"
                    + (_s.Chance(2) ? ", offset: " + StrideValue() : "") + ">";
                break;
        }
        return text + MemorySpaceSuffix() + ">";
    }

    /// <summary>A stride or offset: '?' or a small integer.</summary>
    public string StrideValue() => _s.Chance(3) ? "?" : _s.Next(0, 40).ToString(CultureInfo.InvariantCulture);

    private string MemorySpaceSuffix() => _s.Next(12) switch
    {
        0 => ", 1",
        1 => ", 0",
        2 => ", \"gpu\"",
        3 => ", 3 : i32",
        4 => ", 7 : i64",
        _ => "",
    };

    /// <summary>An affine map with <paramref name="dims"/> dimensions (a memref layout needs as many as the
    /// rank).</summary>
    public string LayoutMap(int dims)
    {
        int syms = _s.Next(0, 3);
        var sb = new StringBuilder("affine_map<(");
        sb.Append(_s.List(dims, i => "d" + i.ToString(CultureInfo.InvariantCulture))).Append(')');
        if (syms > 0)
            sb.Append('[').Append(_s.List(syms, i => "s" + i.ToString(CultureInfo.InvariantCulture))).Append(']');
        sb.Append(" -> (");
        int results = dims == 0 ? _s.Next(0, 2) : dims;
        sb.Append(_s.List(results, _ => AffineExpr(dims, syms, 2))).Append(")>");
        return sb.ToString();
    }

    /// <summary>A pure affine expression over d0..d(dims-1) and s0..s(syms-1).</summary>
    public string AffineExpr(int dims, int syms, int depth)
    {
        if (depth == 0 || _s.Chance(3))
        {
            int k = _s.Next(dims + syms + 2);
            if (k < dims)
                return "d" + k.ToString(CultureInfo.InvariantCulture);
            if (k < dims + syms)
                return "s" + (k - dims).ToString(CultureInfo.InvariantCulture);
            return _s.Next(-4, 20).ToString(CultureInfo.InvariantCulture);
        }
        string lhs = AffineExpr(dims, syms, depth - 1);
        string c = _s.Next(1, 9).ToString(CultureInfo.InvariantCulture);
        return _s.Next(7) switch
        {
            0 => lhs + " * " + c,
            1 => "(" + lhs + ") floordiv " + c,
            2 => "(" + lhs + ") ceildiv " + c,
            3 => "(" + lhs + ") mod " + c,
            4 => lhs + " - " + AffineExpr(dims, syms, depth - 1),
            _ => lhs + " + " + AffineExpr(dims, syms, depth - 1),
        };
    }
}
