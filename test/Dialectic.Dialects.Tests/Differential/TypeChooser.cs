using System.Collections.Generic;
using System.Text;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// Random types for one program. A small per-program palette (a few integer widths, float types, vector and
/// tensor shapes) keeps types recurring, so operations find visible operands of the right type.
/// </summary>
internal sealed class TypeChooser
{
    private static readonly int[] CommonWidths = [1, 8, 16, 32, 64];
    private static readonly int[] OddWidths = [2, 3, 7, 24, 128];
    private static readonly (string Name, int Width)[] CommonFloats = [("f16", 16), ("bf16", 16), ("f32", 32), ("f64", 64)];
    private static readonly (string Name, int Width)[] RareFloats =
        [("f8E4M3FN", 8), ("f8E5M2", 8), ("f80", 80), ("f128", 128), ("tf32", 19)];

    private readonly GenContext _ctx;
    private readonly List<GenType> _ints = [];
    private readonly List<GenType> _floats = [];
    private readonly List<(long[] Shape, bool[]? Scalable)> _vectorShapes = [];
    private readonly List<long[]> _tensorShapes = [];

    public TypeChooser(GenContext ctx)
    {
        _ctx = ctx;
        _ints.Add(GenType.I32);
        _ints.Add(GenType.I1);
        for (int i = ctx.Next(1, 4); i > 0; i--)
            _ints.Add(GenType.Int(ctx.Chance(6) ? ctx.Pick(OddWidths) : ctx.Pick(CommonWidths)));
        _floats.Add(GenType.F32);
        for (int i = ctx.Next(1, 3); i > 0; i--)
        {
            var (name, width) = ctx.Chance(8) ? ctx.Pick(RareFloats) : ctx.Pick(CommonFloats);
            _floats.Add(GenType.Float(name, width));
        }
        for (int i = ctx.Next(1, 3); i > 0; i--)
            _vectorShapes.Add(RandomVectorShape());
        for (int i = ctx.Next(1, 3); i > 0; i--)
            _tensorShapes.Add(RandomShape(allowDynamic: true, maxRank: 3));
    }

    /// <summary>All float types with their widths (for casts that need a wider or narrower one).</summary>
    public static IEnumerable<(string Name, int Width)> AllFloats
    {
        get
        {
            foreach (var f in CommonFloats)
                yield return f;
            foreach (var f in RareFloats)
                yield return f;
        }
    }

    public GenType IntScalar() => _ctx.Pick(_ints);

    public GenType FloatScalar() => _ctx.Pick(_floats);

    /// <summary>An integer or index scalar.</summary>
    public GenType IntOrIndexScalar() => _ctx.Chance(4) ? GenType.IndexType : IntScalar();

    /// <summary>The scalar, or a vector or tensor of it from the palette's shapes.</summary>
    public GenType Container(GenType element)
    {
        switch (_ctx.Next(10))
        {
            case 0:
            case 1:
            {
                var (shape, scalable) = _ctx.Pick(_vectorShapes);
                return GenType.Vector(shape, element, scalable);
            }
            case 2:
            case 3:
                return GenType.Tensor(_ctx.Pick(_tensorShapes), element);
            default:
                return element;
        }
    }

    /// <summary>An integer-or-index-like type (scalar, vector or tensor).</summary>
    public GenType IntLike(bool allowIndex = true) =>
        Container(allowIndex ? IntOrIndexScalar() : IntScalar());

    /// <summary>A float-like type.</summary>
    public GenType FloatLike() => Container(FloatScalar());

    /// <summary>The i1 type of the same shape as <paramref name="t"/>.</summary>
    public static GenType BoolLike(GenType t) => t.WithElement(GenType.I1);

    /// <summary>A random static-or-dynamic shape of rank 0 to <paramref name="maxRank"/>.</summary>
    public long[] RandomShape(bool allowDynamic, int maxRank, int minRank = 0)
    {
        var shape = new long[_ctx.Next(minRank, maxRank + 1)];
        for (int i = 0; i < shape.Length; i++)
            shape[i] = allowDynamic && _ctx.Chance(3) ? GenType.Dynamic : _ctx.Next(1, 7);
        return shape;
    }

    private (long[], bool[]?) RandomVectorShape()
    {
        long[] shape = RandomShape(allowDynamic: false, maxRank: 2, minRank: _ctx.Chance(8) ? 0 : 1);
        if (shape.Length == 0 || !_ctx.Chance(4))
            return (shape, null);
        var scalable = new bool[shape.Length];
        scalable[^1] = true;
        return (shape, scalable);
    }

    /// <summary>An element type for memrefs and globals.</summary>
    public GenType MemRefElement() => _ctx.Next(6) switch
    {
        0 => GenType.IndexType,
        1 or 2 => IntScalar(),
        _ => FloatScalar(),
    };

    /// <summary>A memory space: mostly the default one.</summary>
    public string? MemorySpace() => _ctx.Next(8) switch
    {
        0 => "1",
        1 => "3",
        2 => "\"shared\"",
        _ => null,
    };

    /// <summary>A ranked memref type with an identity, strided or affine-map layout.</summary>
    public GenType MemRefType(bool allowAffine = true)
    {
        long[] shape = RandomShape(allowDynamic: true, maxRank: 3);
        GenType element = MemRefElement();
        MemLayout? layout = null;
        int pick = _ctx.Next(10);
        if (pick < 3)
        {
            var strides = GenType.IdentityStrides(shape);
            for (int i = 0; i < strides.Length; i++)
            {
                if (_ctx.Chance(3))
                    strides[i] = GenType.Dynamic;
                else if (strides[i] != GenType.Dynamic && _ctx.Chance(3))
                    strides[i] *= 2;
            }
            long offset = _ctx.Next(3) switch { 0 => 0, 1 => GenType.Dynamic, _ => _ctx.Next(1, 9) };
            layout = MemLayout.Strided(strides, offset);
        }
        else if (pick == 3 && allowAffine && shape.Length > 0)
        {
            layout = AffineLayout(shape.Length);
        }
        return GenType.MemRef(shape, element, layout, MemorySpace());
    }

    /// <summary>A non-identity affine-map layout of rank <paramref name="rank"/>.</summary>
    public MemLayout AffineLayout(int rank)
    {
        var dims = new StringBuilder();
        var results = new StringBuilder();
        for (int i = 0; i < rank; i++)
        {
            dims.Append(i > 0 ? ", " : "").Append('d').Append(i);
        }
        int symbols = _ctx.Next(2);
        for (int i = 0; i < rank; i++)
        {
            string d = "d" + i;
            results.Append(i > 0 ? ", " : "").Append(_ctx.Next(4) switch
            {
                0 => d + " * 2",
                1 when symbols > 0 => d + " + s0",
                2 => d + " floordiv 2",
                _ => d + " + " + (i + 1),
            });
        }
        string syms = symbols > 0 ? "[s0]" : "";
        return MemLayout.Affine("affine_map<(" + dims + ")" + syms + " -> (" + results + ")>", symbols);
    }

    /// <summary>Comma-separated type list.</summary>
    public static string Join(IReadOnlyList<GenType> types)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < types.Count; i++)
            sb.Append(i > 0 ? ", " : "").Append(types[i].Text);
        return sb.ToString();
    }

    /// <summary>A function-type result list: <c>()</c>, <c>i32</c> or <c>(i32, f32)</c>.</summary>
    public static string ResultList(IReadOnlyList<GenType> types) =>
        types.Count == 1 ? types[0].Text : "(" + Join(types) + ")";

    /// <summary>A type a function may take or return, or an scf value may carry.</summary>
    public GenType ValueType() => _ctx.Next(12) switch
    {
        0 when _ctx.Has(GenDialects.MemRef) => MemRefType(),
        1 or 2 => FloatLike(),
        3 => GenType.IndexType,
        4 => GenType.I1,
        5 => FloatScalar(),
        _ => IntLike(),
    };
}
