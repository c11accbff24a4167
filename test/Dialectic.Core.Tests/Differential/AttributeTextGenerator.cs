using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dialectic.Core.Tests.Differential;

/// <summary>
/// Generates the text of random attributes of every builtin kind, opaque dialect attributes and alias uses,
/// and attribute dictionaries, all accepted by mlir-opt 22.
/// </summary>
internal sealed class AttributeTextGenerator
{
    private static readonly string[] OpaqueAttrs =
    [
        "#foo.bar", "#foo.bar<1, \"x\", [2]>", "#foo<\"raw  body\">", "#foo.nest<a<b>, {c = 1}>", "#foo.sp<  1 ,2>",
        "#llvm.linkage<internal>", "#my_dialect.attr_1<i32>", "#foo.e<\"\\\"q\">",
    ];

    private static readonly string[] Keys =
    [
        "a", "b", "c", "value", "sym_name", "foo.bar", "x_1", "z9", "\"quoted key\"", "\"0start\"",
        "\"é\"", "operandSegmentSizes", "b.c.d", "\"with\\\"q\"", "_", "A", "Z", "\"t-1\"", "\"dense\"", "type",
    ];

    private static readonly string[] SymbolNames = ["f", "main", "\"with space\"", "a.b", "\"é\"", "_x", "\"\\\"q\""];

    private readonly GeneratorState _s;
    private readonly TypeTextGenerator _types;
    private readonly ScalarTextGenerator _scalars;
    private readonly DenseTextGenerator _dense;
    private readonly LocationTextGenerator _locs;
    private readonly Dictionary<int, string> _distinct = [];

    public AttributeTextGenerator(GeneratorState state, TypeTextGenerator types, LocationTextGenerator locs)
    {
        _s = state;
        _types = types;
        _locs = locs;
        _scalars = new ScalarTextGenerator(state);
        _dense = new DenseTextGenerator(state, types, _scalars);
    }

    public ScalarTextGenerator Scalars => _scalars;

    public void Reset() => _distinct.Clear();

    /// <summary>Any attribute; <paramref name="depth"/> bounds the nesting.</summary>
    public string Any(int depth)
    {
        bool deep = depth > 0;
        int kind = _s.Weighted([
            10, 6, 6, 2, deep ? 5 : 0, deep ? 4 : 0, 6, 4, 6, 2, _s.InAliasDefinition ? 0 : 2, 3, 3, 2, 2,
            deep ? 2 : 0, 2, _s.LocationAttributes ? 4 : 0, 2, _s.AttrAliases.Count > 0 ? 4 : 0,
        ]);
        return kind switch
        {
            0 => _scalars.IntegerAttr(),
            1 => _scalars.FloatAttr(),
            2 => _scalars.StringLiteral() + (_s.Chance(5) ? " : " + _types.Any(1) : ""),
            3 => "unit",
            4 => "[" + _s.List(_s.Next(0, 4), _ => Any(depth - 1)) + "]",
            5 => Dictionary(depth - 1),
            6 => _types.Any(2),
            7 => _s.Pick(OpaqueAttrs),
            8 => _dense.Dense(),
            9 => _dense.Sparse(),
            10 => _dense.Resource(),
            11 => _dense.DenseArray(),
            12 => AffineMap(),
            13 => AffineSet(),
            14 => "strided<[" + _s.List(_s.Next(0, 4), _ => _types.StrideValue()) + "]"
                + (_s.Chance(2) ? ", offset: " + _types.StrideValue() : "") + ">",
            15 => Distinct(),
            16 => SymbolRef(),
            17 => _locs.Loc(2),
            18 => SymbolRef(),
            _ => "#" + _s.Pick(_s.AttrAliases),
        };
    }

    /// <summary>A dictionary <c>{...}</c> with unique keys (unit entries in shorthand form).</summary>
    public string Dictionary(int depth)
    {
        int n = _s.Next(0, 5);
        return "{" + Entries(n, depth) + "}";
    }

    /// <summary><paramref name="n"/> comma-separated dictionary entries with unique keys.</summary>
    public string Entries(int n, int depth)
    {
        var used = new HashSet<string>();
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            string key = _s.Pick(Keys);
            if (!used.Add(key))
                continue;
            if (sb.Length > 0)
                sb.Append(", ");
            sb.Append(key);
            if (!_s.Chance(8))
                sb.Append(" = ").Append(Any(depth));
        }
        return sb.ToString();
    }

    private string AffineMap()
    {
        int dims = _s.Next(0, 4);
        int syms = _s.Next(0, 3);
        var sb = new StringBuilder("affine_map<(");
        sb.Append(_s.List(dims, i => "d" + i.ToString(CultureInfo.InvariantCulture))).Append(')');
        if (syms > 0 || _s.Chance(5))
            sb.Append('[').Append(_s.List(syms, i => "s" + i.ToString(CultureInfo.InvariantCulture))).Append(']');
        sb.Append(" -> (").Append(_s.List(_s.Next(0, 4), _ => _types.AffineExpr(dims, syms, 3))).Append(")>");
        return sb.ToString();
    }

    private string AffineSet()
    {
        int dims = _s.Next(0, 3);
        int syms = _s.Next(0, 2);
        var sb = new StringBuilder("affine_set<(");
        sb.Append(_s.List(dims, i => "d" + i.ToString(CultureInfo.InvariantCulture))).Append(')');
        if (syms > 0)
            sb.Append('[').Append(_s.List(syms, i => "s" + i.ToString(CultureInfo.InvariantCulture))).Append(']');
        sb.Append(" : (").Append(_s.List(_s.Next(1, 4), _ =>
            _types.AffineExpr(dims, syms, 2) + (_s.Chance(3) ? " == " : " >= ") + (_s.Chance(2) ? "0" : _types.AffineExpr(dims, syms, 1))));
        return sb.Append(")>").ToString();
    }

    private string Distinct()
    {
        int id = _s.Next(0, 4);
        if (!_distinct.TryGetValue(id, out string? inner))
        {
            inner = _s.Chance(4) ? "unit" : Any(0);
            _distinct[id] = inner;
        }
        return "distinct[" + id.ToString(CultureInfo.InvariantCulture) + "]<" + inner + ">";
    }

    private string SymbolRef()
    {
        var sb = new StringBuilder("@").Append(_s.Pick(SymbolNames));
        int nested = _s.Chance(2) ? 0 : _s.Next(1, 3);
        for (int i = 0; i < nested; i++)
            sb.Append("::@").Append(_s.Pick(SymbolNames));
        return sb.ToString();
    }
}
