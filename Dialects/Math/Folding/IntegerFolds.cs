using System.Numerics;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Dialects.Math.Folding;

/// <summary>
/// The integer computations of the <c>math</c> folders on <c>width</c>-bit values given as unsigned bit patterns
/// (APInt semantics: results wrap modulo 2^width).
/// </summary>
internal static class IntegerFolds
{
    /// <summary>
    /// APInt's <c>abs</c>: the negation of a negative value, wrapping (the minimum value stays itself).
    /// </summary>
    public static BigInteger Abs(int width, BigInteger bits) =>
        IntegerAttr.Truncate(BigInteger.Abs(IntegerAttr.ToSigned(bits, width)), width);

    /// <summary>Leading zero bits (the width for zero).</summary>
    public static BigInteger CountLeadingZeros(int width, BigInteger bits) => width - (long)bits.GetBitLength();

    /// <summary>Trailing zero bits (the width for zero).</summary>
    public static BigInteger CountTrailingZeros(int width, BigInteger bits)
    {
        if (bits.IsZero)
            return width;
        long count = 0;
        while (bits.IsEven)
        {
            bits >>= 1;
            count++;
        }
        return count;
    }

    /// <summary>Set bits.</summary>
    public static BigInteger PopCount(BigInteger bits)
    {
        long count = 0;
        foreach (byte b in bits.ToByteArray(isUnsigned: true))
            count += BitOperations.PopCount(b);
        return count;
    }

    /// <summary>
    /// <c>ipowi(base, power)</c> with a signed power, as MLIR folds it: <c>x^0 = 1</c>; a negative power gives 1
    /// for base 1, ±1 for base -1 (by the power's parity), 0 for any other non-zero base and no fold for base 0;
    /// otherwise the power by repeated squaring, wrapping. For i1 the values 1 and -1 coincide.
    /// </summary>
    public static BigInteger? PowI(int width, BigInteger baseBits, BigInteger powerBits)
    {
        BigInteger one = IntegerAttr.Truncate(BigInteger.One, width);
        BigInteger minusOne = IntegerAttr.Truncate(BigInteger.MinusOne, width);
        if (powerBits.IsZero)
            return one;
        if (IntegerAttr.ToSigned(powerBits, width).Sign < 0)
        {
            if (baseBits.IsZero)
                return null;
            if (baseBits == one)
                return one;
            if (baseBits != minusOne)
                return BigInteger.Zero;
            return powerBits.IsEven ? one : minusOne;
        }
        return BigInteger.ModPow(baseBits, powerBits, BigInteger.One << width);
    }
}
