using Dialectic.Core.IR;
using Dialectic.Core.IR.Affine;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// Strided-layout arithmetic on memref types, as MLIR's <c>MemRefType</c> methods do it: the layout's affine map,
/// strides and offset (<c>getStridesAndOffset</c>), the canonical contiguous strides of a shape, and
/// <c>canonicalizeStridedLayout</c>. Dynamic strides, offsets and sizes are <see cref="ShapedType.Dynamic"/>.
/// </summary>
public static class MemRefLayouts
{
    /// <summary>The layout as an affine map: the identity for no layout, the map of an <c>affine_map</c> layout,
    /// or MLIR's <c>makeStridedLinearLayoutMap</c> for a <c>strided&lt;...&gt;</c> layout.</summary>
    public static AffineMap LayoutMap(MemRefType type) => type.Layout switch
    {
        AffineMapAttr map => map.Value,
        StridedLayoutAttr strided => StridedLinearLayoutMap(type.Context, strided.Strides, strided.Offset),
        _ => AffineMap.GetMultiDimIdentity(type.Context, type.Rank),
    };

    /// <summary>True when the layout's affine map is the identity (no layout, or e.g. <c>strided&lt;[1]&gt;</c>).</summary>
    public static bool IsIdentityLayout(MemRefType type) => type.Layout == null || LayoutMap(type).IsIdentity;

    /// <summary>
    /// <c>offset + sum(d_i * stride_i)</c>, where the offset, then each dynamic stride in order, take the next symbol
    /// (MLIR's <c>makeStridedLinearLayoutMap</c>).
    /// </summary>
    public static AffineMap StridedLinearLayoutMap(Context context, System.ReadOnlySpan<long> strides, long offset)
    {
        int symbols = 0;
        AffineExpr expr = offset == ShapedType.Dynamic
            ? AffineExpr.Symbol(context, symbols++)
            : AffineExpr.Constant(context, offset);
        for (int i = 0; i < strides.Length; i++)
        {
            AffineExpr stride = strides[i] == ShapedType.Dynamic
                ? AffineExpr.Symbol(context, symbols++)
                : AffineExpr.Constant(context, strides[i]);
            expr = expr + AffineExpr.Dim(context, i) * stride;
        }
        return AffineMap.Get(context, strides.Length, symbols, expr);
    }

    /// <summary>The strides of a contiguous row-major array of <paramref name="shape"/>: suffix products of the
    /// sizes, dynamic from the first dynamic (or zero) size on, going right to left.</summary>
    public static long[] CanonicalStrides(System.ReadOnlySpan<long> shape)
    {
        var strides = new long[shape.Length];
        long running = 1;
        bool dynamic = false;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            strides[i] = dynamic ? ShapedType.Dynamic : running;
            if (shape[i] > 0)
                running = unchecked(running * shape[i]);
            else
                dynamic = true;
        }
        return strides;
    }

    /// <summary>
    /// MLIR's <c>getStridesAndOffset</c>: the layout as per-dimension strides and an offset; false when the layout
    /// is not strided (several results, or a floordiv/ceildiv/mod in the expression).
    /// </summary>
    public static bool TryGetStridesAndOffset(MemRefType type, out long[] strides, out long offset)
    {
        if (type.Layout is StridedLayoutAttr strided)
        {
            strides = strided.Strides.ToArray();
            offset = strided.Offset;
            return true;
        }
        var map = LayoutMap(type);
        if (map.IsIdentity)
        {
            strides = CanonicalStrides(type.Shape);
            offset = 0;
            return true;
        }
        strides = System.Array.Empty<long>();
        offset = 0;
        if (map.NumResults != 1)
            return false;
        var acc = new Coefficient[type.Rank];
        var off = Coefficient.Zero;
        if (!Extract(map.GetResult(0), Coefficient.Of(1), acc, ref off))
            return false;
        strides = new long[acc.Length];
        for (int i = 0; i < acc.Length; i++)
            strides[i] = acc[i].AsStatic;
        offset = off.AsStatic;
        return true;
    }

    /// <summary>The strides and offset of a type known to be strided (the caller verified it).</summary>
    public static (long[] Strides, long Offset) StridesAndOffset(MemRefType type)
    {
        if (!TryGetStridesAndOffset(type, out var strides, out long offset))
            throw new System.InvalidOperationException($"'{type}' does not have a strided layout");
        return (strides, offset);
    }

    /// <summary>True when <see cref="TryGetStridesAndOffset"/> succeeds.</summary>
    public static bool IsStrided(MemRefType type) => TryGetStridesAndOffset(type, out _, out _);

    /// <summary>
    /// A stride or offset being accumulated from a layout expression: a known constant, or dynamic (it depends
    /// on a symbol). Sums and products of constants wrap, as MLIR's affine constant folding does.
    /// </summary>
    private readonly record struct Coefficient(bool Dynamic, long Value)
    {
        public static readonly Coefficient Zero = new(false, 0);

        public static Coefficient Of(long value) => new(false, value);

        public static Coefficient operator +(Coefficient a, Coefficient b) =>
            a.Dynamic || b.Dynamic ? new(true, 0) : new(false, unchecked(a.Value + b.Value));

        public static Coefficient operator *(Coefficient a, Coefficient b) =>
            a.Dynamic || b.Dynamic ? new(true, 0) : new(false, unchecked(a.Value * b.Value));

        public long AsStatic => Dynamic ? ShapedType.Dynamic : Value;
    }

    // MLIR's extractStrides: dims collect `factor`, dim * e collects e * factor, constants and symbols go to the
    // offset; floordiv, ceildiv and mod make the layout non-strided.
    private static bool Extract(AffineExpr e, Coefficient factor, Coefficient[] strides, ref Coefficient offset)
    {
        switch (e)
        {
            case AffineDimExpr d:
                if (d.Position >= strides.Length)
                    return false;
                strides[d.Position] += factor;
                return true;
            case AffineSymbolExpr:
                offset += new Coefficient(true, 0);
                return true;
            case AffineConstantExpr c:
                offset += factor * Coefficient.Of(c.Value);
                return true;
            case AffineBinaryOpExpr bin when bin.Kind == AffineExprKind.Add:
            {
                bool lhs = Extract(bin.Lhs, factor, strides, ref offset);
                bool rhs = Extract(bin.Rhs, factor, strides, ref offset);
                return lhs && rhs;
            }
            case AffineBinaryOpExpr bin when bin.Kind == AffineExprKind.Mul:
                if (bin.Lhs is AffineDimExpr dim)
                {
                    if (dim.Position >= strides.Length)
                        return false;
                    strides[dim.Position] += ValueOf(bin.Rhs) * factor;
                    return true;
                }
                return bin.Lhs.IsSymbolicOrConstant
                    ? Extract(bin.Rhs, factor * ValueOf(bin.Lhs), strides, ref offset)
                    : Extract(bin.Lhs, factor * ValueOf(bin.Rhs), strides, ref offset);
            default:
                return false;
        }
    }

    private static Coefficient ValueOf(AffineExpr symbolic) =>
        symbolic is AffineConstantExpr c ? Coefficient.Of(c.Value) : new Coefficient(true, 0);

    /// <summary>MLIR's <c>makeCanonicalStridedLayoutExpr</c>: the row-major layout expression of a shape, with a
    /// fresh symbol for each stride after a dynamic (or zero) size, simplified.</summary>
    public static AffineExpr CanonicalStridedLayoutExpr(System.ReadOnlySpan<long> shape, Context context)
    {
        if (shape.Length == 0)
            return AffineExpr.Constant(context, 0);
        AffineExpr? expr = null;
        int symbols = 0;
        bool dynamic = false;
        long running = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            AffineExpr stride = dynamic ? AffineExpr.Symbol(context, symbols++) : AffineExpr.Constant(context, running);
            var term = AffineExpr.Dim(context, i) * stride;
            expr = expr == null ? term : expr + term;
            if (shape[i] > 0)
                running = unchecked(running * shape[i]);
            else
                dynamic = true;
        }
        return LayoutExprSimplifier.Simplify(expr!, shape.Length, symbols);
    }

    /// <summary>
    /// MLIR's <c>MemRefType::canonicalizeStridedLayout</c>: drops a layout equivalent to the row-major one, and
    /// otherwise replaces a single-result layout by its simplified affine map.
    /// </summary>
    public static MemRefType CanonicalizeStridedLayout(MemRefType type)
    {
        var map = LayoutMap(type);
        if (map.IsIdentity || map.NumResults > 1)
            return type;
        if (map.NumDims == 0 && map.NumSymbols == 0)
            return map.GetResult(0) is AffineConstantExpr { Value: 0 } ? WithLayout(type, null) : type;
        if (type.Rank == 0)
            return type;
        var canonical = CanonicalStridedLayoutExpr(type.Shape, type.Context);
        var simplified = LayoutExprSimplifier.Simplify(map.GetResult(0), map.NumDims, map.NumSymbols);
        if (!ReferenceEquals(canonical, simplified))
            return WithLayout(type, AffineMapAttr.Get(AffineMap.Get(type.Context, map.NumDims, map.NumSymbols, simplified)));
        return WithLayout(type, null);
    }

    /// <summary>The type with another layout (null: the identity), its shape, element type and space kept.</summary>
    public static MemRefType WithLayout(MemRefType type, Attribute? layout) =>
        MemRefType.Get(type.Shape, type.ElementType, NormalizeLayout(layout), type.MemorySpace);

    /// <summary>The type with another shape, its layout, element type and memory space kept.</summary>
    public static MemRefType WithShape(MemRefType type, System.ReadOnlySpan<long> shape) =>
        MemRefType.Get(shape, type.ElementType, type.Layout, type.MemorySpace);

    /// <summary>An identity <c>affine_map</c> layout is no layout (MLIR never stores one).</summary>
    public static Attribute? NormalizeLayout(Attribute? layout) =>
        layout is AffineMapAttr { Value.IsIdentity: true } ? null : layout;

    /// <summary>The memory space of a ranked or unranked memref type (null: the default space).</summary>
    public static Attribute? MemorySpaceOf(Type type) => type switch
    {
        MemRefType m => m.MemorySpace,
        UnrankedMemRefType u => u.MemorySpace,
        _ => null,
    };

    /// <summary>The number of dynamic sizes in <paramref name="shape"/>.</summary>
    public static int CountDynamic(System.ReadOnlySpan<long> shape)
    {
        int n = 0;
        foreach (var d in shape)
            if (d == ShapedType.Dynamic)
                n++;
        return n;
    }
}
