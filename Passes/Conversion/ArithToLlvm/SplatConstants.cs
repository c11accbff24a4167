using System.Numerics;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.ArithToLlvm;

/// <summary>Scalar and splat constant attributes for the values lowerings materialize (shift amounts, 0, 1, -1,
/// 1.0), laid out as the parser lays out <c>dense&lt;v&gt;</c>, so they print as upstream's do.</summary>
internal static class SplatConstants
{
    /// <summary>The integer <paramref name="value"/> of <paramref name="type"/> (an integer, index, or vector of
    /// them: then a splat); null for other types.</summary>
    public static Attribute? Int(Type type, BigInteger value)
    {
        if (type is VectorType vector)
            return vector.ElementType is IntegerType or IndexType
                ? Splat(vector, IntegerAttr.Get(vector.ElementType, value).Bits)
                : null;
        return type is IntegerType or IndexType ? IntegerAttr.Get(type, value) : null;
    }

    /// <summary>The float <paramref name="value"/> of <paramref name="type"/> (a float or vector of floats: then a
    /// splat); null for other types.</summary>
    public static Attribute? Float(Type type, double value)
    {
        if (type is VectorType { ElementType: FloatType element } vector)
            return Splat(vector, (BigInteger)FloatAttr.Get(element, value).Bits);
        return type is FloatType f ? FloatAttr.Get(f, value) : null;
    }

    /// <summary>A splat of the raw <paramref name="bits"/> over <paramref name="type"/>.</summary>
    public static DenseIntOrFPElementsAttr Splat(ShapedType type, BigInteger bits)
    {
        int storage = DenseIntOrFPElementsAttr.StorageBits(type.ElementType);
        var data = new byte[DenseIntOrFPElementsAttr.StorageBytes(storage, 1)];
        DenseIntOrFPElementsAttr.WriteBits(data, storage, 0, bits);
        return DenseIntOrFPElementsAttr.GetRaw(type, data, true);
    }
}
