using System.Numerics;

namespace Dialectic.Core.Analysis.DataFlow;

/// <summary>
/// The values an integer of <see cref="Width"/> bits may hold, as both an unsigned and a signed interval (MLIR's
/// <c>ConstantIntRanges</c>). Invariant: <c>0 &lt;= UMin &lt;= UMax &lt; 2^Width</c> and
/// <c>-2^(Width-1) &lt;= SMin &lt;= SMax &lt; 2^(Width-1)</c>; both views describe (a superset of) the same set.
/// Index values use 64 bits, as MLIR's analysis does.
/// </summary>
public sealed class ConstantIntRanges
{
    public ConstantIntRanges(int width, BigInteger umin, BigInteger umax, BigInteger smin, BigInteger smax)
    {
        Width = width;
        UMin = umin;
        UMax = umax;
        SMin = smin;
        SMax = smax;
    }

    public int Width { get; }
    public BigInteger UMin { get; }
    public BigInteger UMax { get; }
    public BigInteger SMin { get; }
    public BigInteger SMax { get; }

    /// <summary>2^width: one past the largest unsigned value.</summary>
    public static BigInteger Modulus(int width) => BigInteger.One << width;

    public static BigInteger SignedMin(int width) => width == 0 ? 0 : -(BigInteger.One << (width - 1));

    public static BigInteger SignedMax(int width) => width == 0 ? 0 : (BigInteger.One << (width - 1)) - 1;

    /// <summary>Every value of the width.</summary>
    public static ConstantIntRanges MaxRange(int width) =>
        new(width, 0, Modulus(width) - 1, SignedMin(width), SignedMax(width));

    /// <summary>The single value whose bits are <paramref name="bits"/> (any integer: reduced modulo 2^width).</summary>
    public static ConstantIntRanges Constant(int width, BigInteger bits)
    {
        var u = Wrap(bits, width);
        var s = ToSigned(u, width);
        return new ConstantIntRanges(width, u, u, s, s);
    }

    /// <summary>The unsigned interval [<paramref name="min"/>, <paramref name="max"/>] with the signed view
    /// derived from it.</summary>
    public static ConstantIntRanges FromUnsigned(int width, BigInteger min, BigInteger max)
    {
        var smin = ToSigned(min, width);
        var smax = ToSigned(max, width);
        // The interval crosses the signed wrap point when its ends fall in different halves.
        if (smin > smax)
            (smin, smax) = (SignedMin(width), SignedMax(width));
        return new ConstantIntRanges(width, min, max, smin, smax);
    }

    /// <summary>The signed interval [<paramref name="min"/>, <paramref name="max"/>] with the unsigned view
    /// derived from it.</summary>
    public static ConstantIntRanges FromSigned(int width, BigInteger min, BigInteger max)
    {
        var umin = Wrap(min, width);
        var umax = Wrap(max, width);
        if (umin > umax)
            (umin, umax) = (BigInteger.Zero, Modulus(width) - 1);
        return new ConstantIntRanges(width, umin, umax, min, max);
    }

    /// <summary>The values in both (each view intersected; assumes the two overlap).</summary>
    public ConstantIntRanges Intersection(ConstantIntRanges other) =>
        new(Width, BigInteger.Max(UMin, other.UMin), BigInteger.Min(UMax, other.UMax),
            BigInteger.Max(SMin, other.SMin), BigInteger.Min(SMax, other.SMax));

    /// <summary>The values in either (the smallest intervals holding both).</summary>
    public ConstantIntRanges RangeUnion(ConstantIntRanges other) =>
        new(Width, BigInteger.Min(UMin, other.UMin), BigInteger.Max(UMax, other.UMax),
            BigInteger.Min(SMin, other.SMin), BigInteger.Max(SMax, other.SMax));

    /// <summary>The bits of the single value held, or null when there are several.</summary>
    public BigInteger? ConstantBits => UMin == UMax ? UMin : SMin == SMax ? Wrap(SMin, Width) : null;

    public static BigInteger Wrap(BigInteger value, int width)
    {
        var m = Modulus(width);
        var r = BigInteger.Remainder(value, m);
        return r.Sign < 0 ? r + m : r;
    }

    public static BigInteger ToSigned(BigInteger bits, int width) =>
        width > 0 && bits > SignedMax(width) ? bits - Modulus(width) : bits;

    public bool Same(ConstantIntRanges other) =>
        Width == other.Width && UMin == other.UMin && UMax == other.UMax && SMin == other.SMin && SMax == other.SMax;

    public override string ToString() => $"unsigned : [{UMin}, {UMax}] signed : [{SMin}, {SMax}]";
}
