using System.Numerics;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.Math.Folding;

/// <summary>
/// Builds <c>dense&lt;...&gt;</c> attributes from element bit patterns the way MLIR stores them: elements that are
/// all equal collapse to a splat (as MLIR's dense storage detects), so folded results print and unique like the
/// parsed ones. O(elements).
/// </summary>
internal static class DenseValues
{
    /// <summary>
    /// The dense attribute of <paramref name="type"/> holding <paramref name="values"/> (unsigned bit patterns of
    /// its element type), or the single splat value when <paramref name="isSplat"/>.
    /// </summary>
    public static DenseIntOrFPElementsAttr Get(ShapedType type, BigInteger[] values, bool isSplat)
    {
        if (!isSplat && values.Length > 1)
        {
            isSplat = true;
            for (int i = 1; i < values.Length && isSplat; i++)
                isSplat = values[i] == values[0];
        }
        int stored = isSplat ? System.Math.Min(1, values.Length) : values.Length;
        int storageBits = DenseIntOrFPElementsAttr.StorageBits(type.ElementType);
        var data = new byte[DenseIntOrFPElementsAttr.StorageBytes(storageBits, stored)];
        for (int i = 0; i < stored; i++)
            DenseIntOrFPElementsAttr.WriteBits(data, storageBits, i, values[i]);
        return DenseIntOrFPElementsAttr.GetRaw(type, data, isSplat);
    }
}
