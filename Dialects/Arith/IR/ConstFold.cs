using System;
using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support.Float;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Arith;

/// <summary>Computes one element of a binary fold from the operands' bit patterns (integers as unsigned patterns of
/// <paramref name="width"/> bits, floats as their encodings); null when this element cannot be folded, which makes
/// the whole fold fail.</summary>
internal delegate BigInteger? BinaryElementFn(BigInteger lhs, BigInteger rhs, int width);

/// <summary>Computes one element of a unary or cast fold; null when it cannot be folded.</summary>
internal delegate BigInteger? UnaryElementFn(BigInteger value);

/// <summary>Computes one element of a float binary fold on encodings of <paramref name="semantics"/>; null when it
/// cannot be folded.</summary>
internal delegate UInt128? FloatBinaryFn(FloatSemantics semantics, UInt128 lhs, UInt128 rhs);

/// <summary>
/// MLIR's <c>CommonFolders</c> for arith: applies an element function to scalar constants, to splats (computing the
/// splat once) and to dense elements (element by element), producing an attribute of the result type. Operands of
/// a different kind or type than expected give no fold; so does any element the function refuses. Costs O(number
/// of stored elements).
/// </summary>
internal static class ConstFold
{
    /// <summary>Folds <c>op(lhs, rhs)</c>; <paramref name="resultType"/> defaults to the operands' type (cmpi passes
    /// its i1 type); the result holds <paramref name="resultKind"/> elements (default: the operands' kind).</summary>
    public static Attribute? Binary(Attribute? lhs, Attribute? rhs, ElementKind kind, BinaryElementFn fn,
        Type? resultType = null, ElementKind? resultKind = null)
    {
        if (lhs == null || rhs == null)
            return null;
        var outKind = resultKind ?? kind;
        if (IsScalar(lhs, kind) && IsScalar(rhs, kind))
        {
            var lt = ((ITypedAttribute)lhs).Type;
            if (!ReferenceEquals(lt, ((ITypedAttribute)rhs).Type))
                return null;
            var r = fn(ScalarBits(lhs), ScalarBits(rhs), Width(lt));
            return r is { } bits ? MakeScalar(resultType ?? lt, outKind, bits) : null;
        }
        if (lhs is not DenseIntOrFPElementsAttr a || rhs is not DenseIntOrFPElementsAttr b
            || !ReferenceEquals(a.Type, b.Type) || !HasKind(a, kind))
            return null;
        var type = (ShapedType)(resultType ?? a.Type);
        int width = Width(a.ScalarType);
        if (a.IsSplat && b.IsSplat)
        {
            var r = fn(a.ReadBits(0), b.ReadBits(0), width);
            return r is { } bits ? DenseValues.Splat(type, bits) : null;
        }
        long n = a.NumElements;
        var results = new BigInteger[n];
        for (int i = 0; i < n; i++)
        {
            var r = fn(a.ReadBits(a.IsSplat ? 0 : i), b.ReadBits(b.IsSplat ? 0 : i), width);
            if (r is not { } bits)
                return null;
            results[i] = bits;
        }
        return DenseValues.Get(type, results);
    }

    /// <summary>A fold result for an attribute that may be missing (no fold).</summary>
    public static OpFoldResult? AsResult(Attribute? attr)
    {
        if (attr is null)
            return null;
        return attr;
    }

    /// <summary>Folds a float <c>op(lhs, rhs)</c> of scalars, splats or dense elements of one float type.</summary>
    public static Attribute? FloatBinary(Attribute? lhs, Attribute? rhs, FloatBinaryFn fn)
    {
        if (rhs == null || SemanticsOf(lhs) is not { } s)
            return null;
        return Binary(lhs, rhs, ElementKind.Float, OnEncodings(s, fn));
    }

    /// <summary><paramref name="fn"/> as an element function (a closure: made only once both operands are
    /// constants, not on every fold attempt).</summary>
    private static BinaryElementFn OnEncodings(FloatSemantics s, FloatBinaryFn fn) =>
        (a, b, w) => fn(s, (UInt128)a, (UInt128)b) is { } r ? (BigInteger)r : null;

    /// <summary>The float semantics of a float constant or float elements; null for anything else.</summary>
    public static FloatSemantics? SemanticsOf(Attribute? attr) => attr switch
    {
        FloatAttr f => FloatSemantics.Of(f.FloatType.Kind),
        DenseIntOrFPElementsAttr { IsComplex: false, ScalarType: FloatType ft } => FloatSemantics.Of(ft.Kind),
        _ => null,
    };

    /// <summary>Folds a unary op or cast of <paramref name="operand"/> (of <paramref name="kind"/>) into
    /// <paramref name="resultType"/> holding <paramref name="resultKind"/> elements.</summary>
    public static Attribute? Unary(Attribute? operand, ElementKind kind, Type resultType, ElementKind resultKind,
        UnaryElementFn fn)
    {
        if (operand == null)
            return null;
        if (IsScalar(operand, kind))
        {
            var r = fn(ScalarBits(operand));
            return r is { } bits ? MakeScalar(resultType, resultKind, bits) : null;
        }
        if (operand is not DenseIntOrFPElementsAttr a || !HasKind(a, kind) || resultType is not ShapedType type
            || !type.HasStaticShape)
            return null;
        if (a.IsSplat)
        {
            var r = fn(a.ReadBits(0));
            return r is { } bits ? DenseValues.Splat(type, bits) : null;
        }
        long n = a.NumElements;
        var results = new BigInteger[n];
        for (int i = 0; i < n; i++)
        {
            var r = fn(a.ReadBits(i));
            if (r is not { } bits)
                return null;
            results[i] = bits;
        }
        return DenseValues.Get(type, results);
    }

    /// <summary>The scalar an integer constant or an integer splat holds (MLIR's <c>m_ConstantInt</c>), as an
    /// unsigned pattern with its width; false for anything else.</summary>
    public static bool TryGetIntOrSplat(Attribute? attr, out BigInteger bits, out int width)
    {
        switch (attr)
        {
            case IntegerAttr i:
                bits = i.Bits;
                width = i.Width;
                return true;
            case DenseIntOrFPElementsAttr { IsSplat: true,
                IsComplex: false } d when d.ScalarType is IntegerType or IndexType:
                bits = d.ReadBits(0);
                width = Width(d.ScalarType);
                return true;
        }
        bits = BigInteger.Zero;
        width = 0;
        return false;
    }

    /// <summary>The scalar a float constant or a float splat holds (MLIR's <c>m_ConstantFloat</c> matchers).</summary>
    public static bool TryGetFloatOrSplat(Attribute? attr, out FloatSemantics semantics, out UInt128 bits)
    {
        switch (attr)
        {
            case FloatAttr f:
                semantics = FloatSemantics.Of(f.FloatType.Kind);
                bits = f.Bits & semantics.BitMask;
                return true;
            case DenseIntOrFPElementsAttr { IsSplat: true, IsComplex: false } d when d.ScalarType is FloatType ft:
                semantics = FloatSemantics.Of(ft.Kind);
                bits = (UInt128)d.ReadBits(0);
                return true;
        }
        semantics = null!;
        bits = default;
        return false;
    }

    /// <summary>Integer constant (or splat) equal to <paramref name="value"/> read as unsigned.</summary>
    public static bool IsInt(Attribute? attr, int value) => TryGetIntOrSplat(attr, out var bits, out _)
        && bits == value;

    /// <summary>Integer constant (or splat) with every bit set (-1).</summary>
    public static bool IsAllOnes(Attribute? attr) =>
        TryGetIntOrSplat(attr, out var bits, out int width) && bits == IntFolds.AllOnes(width);

    private static bool IsScalar(Attribute attr, ElementKind kind) =>
        kind == ElementKind.Integer ? attr is IntegerAttr : attr is FloatAttr;

    private static bool HasKind(DenseIntOrFPElementsAttr a, ElementKind kind) =>
        !a.IsComplex && (kind == ElementKind.Integer ? a.ScalarType is IntegerType or IndexType
            : a.ScalarType is FloatType);

    private static BigInteger ScalarBits(Attribute attr) => attr switch
    {
        IntegerAttr i => i.Bits,
        FloatAttr f => (BigInteger)(f.Bits & FloatSemantics.Of(f.FloatType.Kind).BitMask),
        _ => BigInteger.Zero,
    };

    private static Attribute? MakeScalar(Type type, ElementKind kind, BigInteger bits) => kind switch
    {
        ElementKind.Integer when type is IntegerType or IndexType => IntegerAttr.Get(type, bits),
        ElementKind.Float when type is FloatType ft => FloatAttr.Get(ft, (UInt128)bits),
        _ => null,
    };

    /// <summary>Bit width of an integer, index (64) or float element type; 0 for anything else.</summary>
    public static int Width(Type type) => type switch
    {
        IntegerType i => i.Width,
        IndexType => 64,
        FloatType f => f.Width,
        _ => 0,
    };
}
