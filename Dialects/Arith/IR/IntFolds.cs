using System.Numerics;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Dialects.Arith;

/// <summary>
/// The integer element functions of the arith folders, on unsigned bit patterns of a given width with LLVM
/// <c>APInt</c> semantics (two's complement, results wrapped to the width). A null result is a value upstream
/// refuses to fold (division by zero, signed overflow). Static delegates: folding allocates no closures.
/// </summary>
internal static class IntFolds
{
    /// <summary>The pattern read as a signed value.</summary>
    public static BigInteger Signed(BigInteger bits, int width) => IntegerAttr.ToSigned(bits, width);

    /// <summary>Reduces a value modulo 2^width.</summary>
    public static BigInteger Wrap(BigInteger value, int width) => IntegerAttr.Truncate(value, width);

    // For i0 no pattern is a signed extreme (APInt answers false there), hence -1, which no pattern is; the empty
    // pattern does count as all ones.

    /// <summary>The most negative signed value's pattern (the sign bit alone); -1 for width 0.</summary>
    public static BigInteger SignedMinBits(int width) => width == 0 ? BigInteger.MinusOne
        : BigInteger.One << (width - 1);

    /// <summary>The largest signed value's pattern; -1 for width 0.</summary>
    public static BigInteger SignedMaxBits(int width) => width == 0 ? BigInteger.MinusOne
        : (BigInteger.One << (width - 1)) - 1;

    /// <summary>All bits set.</summary>
    public static BigInteger AllOnes(int width) => (BigInteger.One << width) - 1;

    public static readonly BinaryElementFn Add = static (a, b, w) => Wrap(a + b, w);

    public static readonly BinaryElementFn Sub = static (a, b, w) => Wrap(a - b, w);

    public static readonly BinaryElementFn Mul = static (a, b, w) => Wrap(a * b, w);

    public static readonly BinaryElementFn And = static (a, b, w) => a & b;

    public static readonly BinaryElementFn Or = static (a, b, w) => a | b;

    public static readonly BinaryElementFn Xor = static (a, b, w) => a ^ b;

    public static readonly BinaryElementFn MaxS = static (a, b, w) => Signed(a, w) >= Signed(b, w) ? a : b;

    public static readonly BinaryElementFn MaxU = static (a, b, w) => a >= b ? a : b;

    public static readonly BinaryElementFn MinS = static (a, b, w) => Signed(a, w) <= Signed(b, w) ? a : b;

    public static readonly BinaryElementFn MinU = static (a, b, w) => a <= b ? a : b;

    /// <summary>High half of the 2w-bit signed product.</summary>
    public static readonly BinaryElementFn MulHS = static (a, b, w) => Wrap((Signed(a, w) * Signed(b, w)) >> w, w);

    /// <summary>High half of the 2w-bit unsigned product.</summary>
    public static readonly BinaryElementFn MulHU = static (a, b, w) => Wrap((a * b) >> w, w);

    // udiv; x / 0 does not fold.
    public static readonly BinaryElementFn DivU = static (a, b, w) => b.IsZero ? null : a / b;

    // sdiv rounding toward zero; x / 0 and MIN / -1 do not fold.
    public static readonly BinaryElementFn DivS = static (a, b, w) =>
    {
        if (b.IsZero || (a == SignedMinBits(w) && b == AllOnes(w)))
            return null;
        return Wrap(BigInteger.Divide(Signed(a, w), Signed(b, w)), w);
    };

    // ceil(a / b) unsigned; x / 0 does not fold.
    public static readonly BinaryElementFn CeilDivU = static (a, b, w) =>
    {
        if (b.IsZero)
            return null;
        var q = BigInteger.DivRem(a, b, out var r);
        return r.IsZero ? q : q + 1; // q < 2^w - 1 whenever r != 0
    };

    // ceil(a / b) signed. Upstream negates operands on the way, so a MIN operand (negated: overflow) does not fold.
    public static readonly BinaryElementFn CeilDivS = static (a, b, w) =>
    {
        if (b.IsZero)
            return null;
        if (a.IsZero)
            return a;
        var min = SignedMinBits(w);
        if (a == min || b == min)
            return null;
        var q = BigInteger.DivRem(Signed(a, w), Signed(b, w), out var r);
        if (!r.IsZero && (r.Sign > 0) == (Signed(b, w).Sign > 0))
            q += 1;
        return Wrap(q, w);
    };

    /// <summary>floor(a / b) signed, wrapping (MIN / -1 is MIN); b must not be 0.</summary>
    public static BigInteger FloorDivS(BigInteger a, BigInteger b, int w)
    {
        var sb = Signed(b, w);
        var q = BigInteger.DivRem(Signed(a, w), sb, out var r);
        if (!r.IsZero && (r.Sign < 0) != (sb.Sign < 0))
            q -= 1;
        return Wrap(q, w);
    }

    // urem; x % 0 does not fold.
    public static readonly BinaryElementFn RemU = static (a, b, w) => b.IsZero ? null : a % b;

    // srem (sign of the dividend); x % 0 does not fold.
    public static readonly BinaryElementFn RemS = static (a, b, w) =>
        b.IsZero ? null : Wrap(BigInteger.Remainder(Signed(a, w), Signed(b, w)), w);

    /// <summary>Shift left; an amount of at least the width gives 0 (APInt's <c>shl</c>).</summary>
    public static BigInteger Shl(BigInteger a, BigInteger b, int w) => b >= w ? BigInteger.Zero : Wrap(a << (int)b, w);

    /// <summary>Logical shift right; an amount of at least the width gives 0.</summary>
    public static BigInteger ShrU(BigInteger a, BigInteger b, int w) => b >= w ? BigInteger.Zero : a >> (int)b;

    /// <summary>Arithmetic shift right; an amount of at least the width gives the sign in every bit.</summary>
    public static BigInteger ShrS(BigInteger a, BigInteger b, int w)
    {
        var s = Signed(a, w);
        return b >= w ? (s.Sign < 0 ? AllOnes(w) : BigInteger.Zero) : Wrap(s >> (int)b, w);
    }

    /// <summary>Whether <paramref name="predicate"/> holds between the patterns.</summary>
    public static bool Compare(CmpIPredicate predicate, BigInteger a, BigInteger b, int w) => predicate switch
    {
        CmpIPredicate.Eq => a == b,
        CmpIPredicate.Ne => a != b,
        CmpIPredicate.Slt => Signed(a, w) < Signed(b, w),
        CmpIPredicate.Sle => Signed(a, w) <= Signed(b, w),
        CmpIPredicate.Sgt => Signed(a, w) > Signed(b, w),
        CmpIPredicate.Sge => Signed(a, w) >= Signed(b, w),
        CmpIPredicate.Ult => a < b,
        CmpIPredicate.Ule => a <= b,
        CmpIPredicate.Ugt => a > b,
        CmpIPredicate.Uge => a >= b,
        _ => false,
    };
}
