using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.Index.Folding;

/// <summary>
/// What <c>index.casts</c> and <c>index.castu</c> share: the cast-compatibility check and the folder.
/// </summary>
internal static class IndexCasts
{
    /// <summary>MLIR's CastOpInterface check: one of the two types is <c>index</c>, the other is not.</summary>
    public static bool Verify(Operation op)
    {
        Type input = op.GetOperand(0).Type, output = op.GetResult(0).Type;
        if ((input is IndexType) == (output is IndexType))
            return op.EmitOpError($"operand type '{input}' and result type '{output}' are cast incompatible");
        return true;
    }

    /// <summary>
    /// Folds a constant cast so that it holds for 32- and 64-bit index alike: to index, the value is extended
    /// or truncated to 64 bits (truncating that to 32 bits gives the 32-bit answer); from index to at most 32
    /// bits, a truncation; to 64 bits or more, only when the value is the extension of its low 32 bits; in
    /// between, only when truncation and extension of the low 32 bits agree.
    /// </summary>
    public static OpFoldResult? Fold(Attribute? input, Type resultType, bool signed)
    {
        if (input is not IntegerAttr attr)
            return null;
        int inputWidth = attr.Width;
        BigInteger value = attr.Bits;
        if (resultType is IndexType)
            return IntegerAttr.Get(resultType, Extend(value, inputWidth, signed));
        if (resultType is not IntegerType intType)
            return null;
        int width = intType.Width;
        if (width <= 32)
            return IntegerAttr.Get(resultType, IntegerAttr.Truncate(value, width));
        BigInteger low32 = IntegerAttr.Truncate(value, 32);
        if (width >= 64)
        {
            if (IntegerAttr.Truncate(Extend(low32, 32, signed), 64) != IntegerAttr.Truncate(value, 64))
                return null;
            return IntegerAttr.Get(resultType, Extend(value, inputWidth, signed));
        }
        BigInteger truncated = IntegerAttr.Truncate(value, width);
        if (truncated != IntegerAttr.Truncate(Extend(low32, 32, signed), width))
            return null;
        return IntegerAttr.Get(resultType, truncated);
    }

    /// <summary>The <paramref name="width"/>-bit pattern as a mathematical value: signed or unsigned.</summary>
    private static BigInteger Extend(BigInteger bits, int width, bool signed) =>
        signed ? IntegerAttr.ToSigned(bits, width) : bits;
}
