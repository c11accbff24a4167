using System;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;
using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.Math.Folding;

/// <summary>
/// Element-wise constant folding over scalar attributes and <c>dense&lt;...&gt;</c> elements, as MLIR's
/// <c>constFoldUnaryOp</c>/<c>constFoldBinaryOp</c> (CommonFolders.h) do: a scalar folds to a scalar, a splat to a
/// splat, other dense elements value by value; if the calculation declines any element, nothing folds. Element
/// values travel as raw bit patterns (floats) or unsigned two's-complement bits (integers). Cost: O(elements).
/// </summary>
internal static class ElementwiseFolder
{
    /// <summary>One float in, one float out of the same format; null declines.</summary>
    public delegate UInt128? FloatUnary(FloatType type, UInt128 bits);

    /// <summary>Two floats of one format in, one out; null declines.</summary>
    public delegate UInt128? FloatBinary(FloatType type, UInt128 lhs, UInt128 rhs);

    /// <summary>
    /// One integer of <c>width</c> bits in (unsigned bits), one out (wrapped to the width); null declines.
    /// </summary>
    public delegate BigInteger? IntUnary(int width, BigInteger bits);

    /// <summary>Two integers of <c>width</c> bits in, one out; null declines.</summary>
    public delegate BigInteger? IntBinary(int width, BigInteger lhs, BigInteger rhs);

    /// <summary><c>constFoldUnaryOp&lt;FloatAttr&gt;</c>.</summary>
    public static Attribute? Unary(Attribute? operand, FloatUnary calculate)
    {
        switch (operand)
        {
            case FloatAttr f:
                return calculate(f.FloatType, f.Bits) is { } folded ? FloatAttr.Get(f.FloatType, folded) : null;
            case DenseIntOrFPElementsAttr { IsComplex: false, ScalarType: FloatType type } d:
            {
                var results = new BigInteger[d.StoredScalarCount];
                for (int i = 0; i < results.Length; i++)
                {
                    if (calculate(type, ToBits(d.ReadBits(i))) is not { } r)
                        return null;
                    results[i] = (BigInteger)r;
                }
                return DenseValues.Get(d.ShapedType, results, d.IsSplat);
            }
        }
        return null;
    }

    /// <summary><c>constFoldBinaryOp&lt;FloatAttr&gt;</c>: both operands of one type.</summary>
    public static Attribute? Binary(Attribute? lhs, Attribute? rhs, FloatBinary calculate)
    {
        if (lhs is not ITypedAttribute l || rhs is not ITypedAttribute r || !ReferenceEquals(l.Type, r.Type))
            return null;
        switch (lhs, rhs)
        {
            case (FloatAttr a, FloatAttr b):
                return calculate(a.FloatType, a.Bits, b.Bits) is { } folded ? FloatAttr.Get(a.FloatType, folded) : null;
            case (DenseIntOrFPElementsAttr { IsComplex: false, ScalarType: FloatType type } a,
                  DenseIntOrFPElementsAttr b):
            {
                bool splat = a.IsSplat && b.IsSplat;
                var results = new BigInteger[splat ? a.StoredScalarCount : (int)a.NumElements];
                for (int i = 0; i < results.Length; i++)
                {
                    var x = ToBits(a.ReadBits(a.IsSplat ? 0 : i));
                    var y = ToBits(b.ReadBits(b.IsSplat ? 0 : i));
                    if (calculate(type, x, y) is not { } v)
                        return null;
                    results[i] = (BigInteger)v;
                }
                return DenseValues.Get(a.ShapedType, results, splat);
            }
        }
        return null;
    }

    /// <summary><c>constFoldUnaryOp&lt;IntegerAttr&gt;</c> (integer and index elements).</summary>
    public static Attribute? Unary(Attribute? operand, IntUnary calculate)
    {
        switch (operand)
        {
            case IntegerAttr i:
                return calculate(i.Width, i.Bits) is { } folded ? IntegerAttr.Get(i.Type, folded) : null;
            case DenseIntOrFPElementsAttr { IsComplex: false, ScalarType: IntegerType or IndexType } d:
            {
                int width = IntegerAttr.BitWidthOf(d.ScalarType);
                var results = new BigInteger[d.StoredScalarCount];
                for (int i = 0; i < results.Length; i++)
                {
                    if (calculate(width, d.ReadBits(i)) is not { } r)
                        return null;
                    results[i] = IntegerAttr.Truncate(r, width);
                }
                return DenseValues.Get(d.ShapedType, results, d.IsSplat);
            }
        }
        return null;
    }

    /// <summary><c>constFoldBinaryOp&lt;IntegerAttr&gt;</c>: both operands of one type.</summary>
    public static Attribute? Binary(Attribute? lhs, Attribute? rhs, IntBinary calculate)
    {
        if (lhs is not ITypedAttribute l || rhs is not ITypedAttribute r || !ReferenceEquals(l.Type, r.Type))
            return null;
        switch (lhs, rhs)
        {
            case (IntegerAttr a, IntegerAttr b):
                return calculate(a.Width, a.Bits, b.Bits) is { } folded ? IntegerAttr.Get(a.Type, folded) : null;
            case (DenseIntOrFPElementsAttr { IsComplex: false, ScalarType: IntegerType or IndexType } a,
                  DenseIntOrFPElementsAttr b):
            {
                int width = IntegerAttr.BitWidthOf(a.ScalarType);
                bool splat = a.IsSplat && b.IsSplat;
                var results = new BigInteger[splat ? a.StoredScalarCount : (int)a.NumElements];
                for (int i = 0; i < results.Length; i++)
                {
                    var v = calculate(width, a.ReadBits(a.IsSplat ? 0 : i), b.ReadBits(b.IsSplat ? 0 : i));
                    if (v is not { } value)
                        return null;
                    results[i] = IntegerAttr.Truncate(value, width);
                }
                return DenseValues.Get(a.ShapedType, results, splat);
            }
        }
        return null;
    }

    /// <summary>
    /// A float predicate (<c>math.isnan</c>...) as MLIR's classification folders apply it: a scalar gives an
    /// <c>i1</c>, a splat gives a splat of <paramref name="resultType"/>; other elements do not fold.
    /// </summary>
    public static Attribute? Classify(Attribute? operand, Type resultType, Func<FloatType, UInt128, bool> predicate)
    {
        switch (operand)
        {
            case FloatAttr f:
                return IntegerAttr.GetBool(f.Context, predicate(f.FloatType, f.Bits));
            case DenseIntOrFPElementsAttr { IsSplat: true, IsComplex: false, ScalarType: FloatType type } d
                when resultType is ShapedType shaped:
                bool value = predicate(type, ToBits(d.ReadBits(0)));
                return DenseValues.Get(shaped, [value ? BigInteger.One : BigInteger.Zero], isSplat: true);
        }
        return null;
    }

    private static UInt128 ToBits(BigInteger value) => (UInt128)value;
}
