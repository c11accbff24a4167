using System.Numerics;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Dialects.Index.Folding;

/// <summary>
/// APInt-style signed and unsigned arithmetic on <c>width</c>-bit values held as unsigned bit patterns; every
/// intermediate wraps as a <c>width</c>-bit register would. Division by zero declines (null).
/// </summary>
internal static class IndexArithmetic
{
    /// <summary>The bit pattern read as a signed value.</summary>
    public static BigInteger Signed(BigInteger bits, int width) => IntegerAttr.ToSigned(bits, width);

    /// <summary>Wraps a mathematical value to a signed <paramref name="width"/>-bit value.</summary>
    private static BigInteger Wrap(BigInteger value, int width) => Signed(IntegerAttr.Truncate(value, width), width);

    /// <summary>Signed division rounding toward zero; <c>MIN / -1</c> wraps to <c>MIN</c>.</summary>
    public static BigInteger? DivS(BigInteger lhs, BigInteger rhs, int width) =>
        rhs.IsZero ? null : BigInteger.Divide(Signed(lhs, width), Signed(rhs, width));

    public static BigInteger? DivU(BigInteger lhs, BigInteger rhs, int width) => rhs.IsZero ? null : lhs / rhs;

    /// <summary>Signed remainder with the dividend's sign.</summary>
    public static BigInteger? RemS(BigInteger lhs, BigInteger rhs, int width) =>
        rhs.IsZero ? null : BigInteger.Remainder(Signed(lhs, width), Signed(rhs, width));

    public static BigInteger? RemU(BigInteger lhs, BigInteger rhs, int width) => rhs.IsZero ? null : lhs % rhs;

    public static BigInteger MaxS(BigInteger lhs, BigInteger rhs, int width) =>
        Signed(lhs, width) > Signed(rhs, width) ? lhs : rhs;

    public static BigInteger MinS(BigInteger lhs, BigInteger rhs, int width) =>
        Signed(lhs, width) < Signed(rhs, width) ? lhs : rhs;

    /// <summary>
    /// <c>ceildivs(n, m)</c>: with <c>x = m &gt; 0 ? -1 : 1</c>, operands of different signs give <c>-(-n / m)</c>
    /// and others <c>(n + x) / m + 1</c>; zero gives zero.
    /// </summary>
    public static BigInteger? CeilDivS(BigInteger n, BigInteger m, int width)
    {
        if (m.IsZero)
            return null;
        if (n.IsZero)
            return n;
        BigInteger sn = Signed(n, width), sm = Signed(m, width);
        bool mPositive = sm.Sign > 0;
        if ((sn.Sign > 0) != mPositive)
            return -Wrap(BigInteger.Divide(Wrap(-sn, width), sm), width);
        BigInteger x = mPositive ? BigInteger.MinusOne : BigInteger.One;
        return Wrap(BigInteger.Divide(Wrap(sn + x, width), sm), width) + 1;
    }

    /// <summary><c>ceildivu(n, m)</c>: <c>(n - 1) / m + 1</c>, zero for zero.</summary>
    public static BigInteger? CeilDivU(BigInteger n, BigInteger m, int width)
    {
        if (m.IsZero)
            return null;
        if (n.IsZero)
            return n;
        return (n - 1) / m + 1;
    }

    /// <summary>
    /// <c>floordivs(n, m)</c>: operands of one sign give <c>n / m</c>; others, with <c>x = m &lt; 0 ? 1 : -1</c>,
    /// give <c>-1 - (x - n) / m</c>; zero gives zero.
    /// </summary>
    public static BigInteger? FloorDivS(BigInteger n, BigInteger m, int width)
    {
        if (m.IsZero)
            return null;
        if (n.IsZero)
            return n;
        BigInteger sn = Signed(n, width), sm = Signed(m, width);
        bool mNegative = sm.Sign < 0;
        if ((sn.Sign < 0) == mNegative)
            return BigInteger.Divide(sn, sm);
        BigInteger x = mNegative ? BigInteger.One : BigInteger.MinusOne;
        return -1 - Wrap(BigInteger.Divide(Wrap(x - sn, width), sm), width);
    }
}
