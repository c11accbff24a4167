using System;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Arith;

/// <summary>Type queries the arith ops share (MLIR's <c>getElementTypeOrSelf</c>, <c>getI1SameShape</c>, the cast
/// compatibility rules of <c>ArithOps.cpp</c>). All O(rank).</summary>
internal static class ArithTypes
{
    /// <summary>The element type of a shaped type, else the type itself.</summary>
    public static Type ElementOrSelf(Type type) => type is ShapedType s ? s.ElementType : type;

    /// <summary>i1 in the shape of <paramref name="type"/>: <c>vector&lt;4xi1&gt;</c> for <c>vector&lt;4xf32&gt;</c>,
    /// plain i1 for a scalar.</summary>
    public static Type I1SameShape(Type type)
    {
        var i1 = type.Context.I(1);
        return type switch
        {
            VectorType v => VectorType.Get(v.Shape, i1, v.ScalableDims),
            RankedTensorType r => RankedTensorType.Get(r.Shape, i1, r.Encoding),
            UnrankedTensorType => UnrankedTensorType.Get(i1),
            MemRefType m => MemRefType.Get(m.Shape, i1, m.Layout, m.MemorySpace),
            _ => i1,
        };
    }

    /// <summary>Vectors and tensors, whose elements the ops map over.</summary>
    public static bool IsVectorOrTensor(Type type) => type is VectorType or RankedTensorType or UnrankedTensorType;

    /// <summary>
    /// MLIR's <c>verifyCompatibleShapes</c> for two types: both unshaped, or both shaped with equal ranks (or an
    /// unranked one) and dimensions equal where both are static.
    /// </summary>
    public static bool CompatibleShapes(Type a, Type b)
    {
        bool sa = a is ShapedType, sb = b is ShapedType;
        if (!sa || !sb)
            return sa == sb;
        var x = (ShapedType)a;
        var y = (ShapedType)b;
        if (!x.HasRank || !y.HasRank)
            return true;
        if (x.Rank != y.Rank)
            return false;
        var xs = x.Shape;
        var ys = y.Shape;
        for (int i = 0; i < xs.Length; i++)
            if (xs[i] != ShapedType.Dynamic && ys[i] != ShapedType.Dynamic && xs[i] != ys[i])
                return false;
        return true;
    }

    /// <summary>
    /// The <c>SameInputOutputTensorDims</c> predicate of the cast ops: a ranked tensor contributes its shape, other
    /// types an empty one, and the two must be equal. An unranked tensor never satisfies it (mlir-opt-22 reports
    /// the failure for every unranked operand or result).
    /// </summary>
    public static bool SameTensorDims(Type input, Type output)
    {
        if (input is UnrankedTensorType || output is UnrankedTensorType)
            return false;
        var a = input is RankedTensorType ra ? ra.Shape : ReadOnlySpan<long>.Empty;
        var b = output is RankedTensorType rb ? rb.Shape : ReadOnlySpan<long>.Empty;
        return a.SequenceEqual(b);
    }

    /// <summary>
    /// The scalar type under <paramref name="type"/> when it is a scalar, a vector or tensor of one (or, with
    /// <paramref name="allowMemRef"/>, a memref of one) and the scalar satisfies <paramref name="accept"/>; else null
    /// (MLIR's <c>getTypeIfLike</c>/<c>getTypeIfLikeOrMemRef</c>).
    /// </summary>
    public static Type? UnderlyingType(Type type, bool allowMemRef, Func<Type, bool> accept)
    {
        if (type is ShapedType && !IsVectorOrTensor(type) && !(allowMemRef && type is MemRefType))
            return null;
        var element = ElementOrSelf(type);
        return accept(element) ? element : null;
    }

    /// <summary>MLIR's <c>areValidCastInputsAndOutputs</c> for one input and one output: same tensor encoding and
    /// compatible shapes.</summary>
    public static bool ValidCastPair(Type input, Type output)
    {
        if (input is RankedTensorType a && output is RankedTensorType b && !ReferenceEquals(a.Encoding, b.Encoding))
            return false;
        return CompatibleShapes(input, output);
    }

    /// <summary>Bit width of an integer or float type (index has none: 0).</summary>
    public static int IntOrFloatWidth(Type type) => type switch
    {
        IntegerType i => i.Width,
        FloatType f => f.Width,
        _ => 0,
    };

    /// <summary>Whether <paramref name="type"/> is a tensor or vector whose shape is fully static, or a
    /// scalar.</summary>
    public static bool HasStaticShapeOrScalar(Type type) => type is not ShapedType s || s.HasStaticShape;

    /// <summary>Zero of an integer-like or float-like type (a splat for a static vector or tensor); null when no
    /// constant can be built (dynamic shape, or a float type without zero).</summary>
    public static Core.IR.Attribute? ZeroAttr(Type type)
    {
        var element = ElementOrSelf(type);
        if (type is ShapedType shaped)
        {
            if (!IsVectorOrTensor(type) || !shaped.HasStaticShape
                || element is not (IntegerType or IndexType or FloatType))
                return null;
            return DenseValues.Splat(shaped, System.Numerics.BigInteger.Zero);
        }
        return element switch
        {
            IntegerType or IndexType => IntegerAttr.Get(element, System.Numerics.BigInteger.Zero),
            FloatType f => FloatAttr.Get(f, UInt128.Zero),
            _ => null,
        };
    }

    /// <summary>The i1 constant <paramref name="value"/> in the shape of <paramref name="type"/> (MLIR's
    /// <c>getBoolAttribute</c>); null for a dynamically shaped type.</summary>
    public static Core.IR.Attribute? BoolAttr(Type type, bool value)
    {
        if (type is not ShapedType shaped)
            return IntegerAttr.GetBool(type.Context, value);
        if (!shaped.HasStaticShape)
            return null;
        return DenseValues.Splat(shaped, value ? System.Numerics.BigInteger.One : System.Numerics.BigInteger.Zero);
    }
}
