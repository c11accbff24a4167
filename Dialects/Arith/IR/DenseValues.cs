using System.Numerics;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.Arith;

/// <summary>
/// Builds <c>dense&lt;...&gt;</c> attributes of integer, index or float elements from bit patterns, laid out as the
/// parser lays them out (all-equal elements stored once as a splat, i1 packed one bit each), so that an attribute
/// built by a folder is the same uniqued attribute the parser would build for its printed form.
/// </summary>
internal static class DenseValues
{
    /// <summary>A splat of <paramref name="bits"/> over <paramref name="type"/>.</summary>
    public static DenseIntOrFPElementsAttr Splat(ShapedType type, BigInteger bits)
    {
        int storage = DenseIntOrFPElementsAttr.StorageBits(type.ElementType);
        var data = new byte[DenseIntOrFPElementsAttr.StorageBytes(storage, 1)];
        DenseIntOrFPElementsAttr.WriteBits(data, storage, 0, Mask(bits, type.ElementType));
        return DenseIntOrFPElementsAttr.GetRaw(type, data, true);
    }

    /// <summary>One bit pattern per element, in row-major order; a splat when all are equal.</summary>
    public static DenseIntOrFPElementsAttr Get(ShapedType type, BigInteger[] values)
    {
        bool allSame = values.Length > 0;
        for (int i = 1; i < values.Length && allSame; i++)
            allSame = values[i] == values[0];
        if (allSame)
            return Splat(type, values[0]);
        int storage = DenseIntOrFPElementsAttr.StorageBits(type.ElementType);
        var data = new byte[DenseIntOrFPElementsAttr.StorageBytes(storage, values.Length)];
        for (int i = 0; i < values.Length; i++)
            DenseIntOrFPElementsAttr.WriteBits(data, storage, i, Mask(values[i], type.ElementType));
        return DenseIntOrFPElementsAttr.GetRaw(type, data, false);
    }

    private static BigInteger Mask(BigInteger bits, Core.IR.Type element) =>
        IntegerAttr.Truncate(bits, ConstFold.Width(element));
}
