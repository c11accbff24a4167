namespace Dialectic.Core.IR.Affine;

/// <summary>
/// 64-bit integer helpers with the semantics MLIR relies on. Nothing here throws: where C++ would overflow the
/// result wraps (two's complement), which is what mlir-opt observably does for folded successive constants.
/// </summary>
internal static class AffineMath
{
    /// <summary>Truncating remainder; <c>x rem -1</c> is 0 (C# would throw for long.MinValue).</summary>
    public static long Rem(long a, long b) => b == -1 ? 0 : a % b;

    /// <summary>Truncating quotient; <c>long.MinValue / -1</c> wraps to long.MinValue.</summary>
    public static long Quot(long a, long b) => b == -1 ? unchecked(-a) : a / b;

    /// <summary>True when <c>a / b</c> overflows (the only case: long.MinValue / -1).</summary>
    public static bool DivideWouldOverflow(long a, long b) => a == long.MinValue && b == -1;

    /// <summary>Quotient rounded towards negative infinity; b != 0 and no overflow.</summary>
    public static long FloorDiv(long a, long b)
    {
        long q = a / b;
        if (a % b != 0 && ((a < 0) != (b < 0)))
            q--;
        return q;
    }

    /// <summary>Quotient rounded towards positive infinity; b != 0 and no overflow.</summary>
    public static long CeilDiv(long a, long b)
    {
        long q = a / b;
        if (a % b != 0 && ((a < 0) == (b < 0)))
            q++;
        return q;
    }

    /// <summary>Non-negative modulus for b &gt;= 1.</summary>
    public static long Mod(long a, long b)
    {
        long r = a % b;
        return r < 0 ? r + b : r;
    }

    /// <summary>Greatest common divisor on unsigned values (gcd(0, x) = x).</summary>
    public static ulong Gcd(ulong a, ulong b)
    {
        while (b != 0)
            (a, b) = (b, a % b);
        return a;
    }
}
