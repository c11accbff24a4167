using System.Numerics;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Dialects.Index.Folding;

/// <summary>
/// A set of <c>width</c>-bit integers known by its unsigned and its signed bounds (MLIR's
/// <c>ConstantIntRanges</c>), with the static predicate evaluation <c>index.cmp</c> folds with. Unsigned bounds
/// are held as non-negative values, signed bounds as signed values.
/// </summary>
internal readonly record struct IntRange(BigInteger UMin, BigInteger UMax, BigInteger SMin, BigInteger SMax, int Width)
{
    public static BigInteger SignedMin(int width) => -(BigInteger.One << (width - 1));

    public static BigInteger SignedMax(int width) => (BigInteger.One << (width - 1)) - 1;

    public static BigInteger UnsignedMax(int width) => (BigInteger.One << width) - 1;

    /// <summary>The single value <paramref name="bits"/>.</summary>
    public static IntRange Constant(BigInteger bits, int width)
    {
        var signed = IntegerAttr.ToSigned(bits, width);
        return new IntRange(bits, bits, signed, signed, width);
    }

    /// <summary>
    /// Signed bounds; the unsigned ones follow when both bounds have one sign, else they are the full range.
    /// </summary>
    public static IntRange FromSigned(BigInteger smin, BigInteger smax, int width)
    {
        if ((smin.Sign >= 0) != (smax.Sign >= 0))
            return new IntRange(BigInteger.Zero, UnsignedMax(width), smin, smax, width);
        BigInteger a = IntegerAttr.Truncate(smin, width), b = IntegerAttr.Truncate(smax, width);
        return new IntRange(BigInteger.Min(a, b), BigInteger.Max(a, b), smin, smax, width);
    }

    /// <summary>
    /// Unsigned bounds; the signed ones follow when both have one top bit, else they are the full range.
    /// </summary>
    public static IntRange FromUnsigned(BigInteger umin, BigInteger umax, int width)
    {
        BigInteger a = IntegerAttr.ToSigned(umin, width), b = IntegerAttr.ToSigned(umax, width);
        if ((a.Sign >= 0) != (b.Sign >= 0))
            return new IntRange(umin, umax, SignedMin(width), SignedMax(width), width);
        return new IntRange(umin, umax, BigInteger.Min(a, b), BigInteger.Max(a, b), width);
    }

    /// <summary>
    /// The value when the range holds exactly one (by its unsigned, else its signed bounds), as bits.
    /// </summary>
    private BigInteger? ConstantValue =>
        UMin == UMax ? UMin : SMin == SMax ? IntegerAttr.Truncate(SMin, Width) : null;

    /// <summary>True or false when the predicate holds for all or for no pairs of the ranges; null otherwise.</summary>
    public static bool? Evaluate(IndexCmpPredicate pred, IntRange lhs, IntRange rhs)
    {
        if (IsStaticallyTrue(pred, lhs, rhs))
            return true;
        if (IsStaticallyTrue(Invert(pred), lhs, rhs))
            return false;
        return null;
    }

    /// <summary>The predicate on two <paramref name="width"/>-bit values (bit patterns).</summary>
    public static bool Compare(IndexCmpPredicate pred, BigInteger lhs, BigInteger rhs, int width)
    {
        BigInteger sl = IntegerAttr.ToSigned(lhs, width), sr = IntegerAttr.ToSigned(rhs, width);
        return pred switch
        {
            IndexCmpPredicate.Eq => lhs == rhs,
            IndexCmpPredicate.Ne => lhs != rhs,
            IndexCmpPredicate.Slt => sl < sr,
            IndexCmpPredicate.Sle => sl <= sr,
            IndexCmpPredicate.Sgt => sl > sr,
            IndexCmpPredicate.Sge => sl >= sr,
            IndexCmpPredicate.Ult => lhs < rhs,
            IndexCmpPredicate.Ule => lhs <= rhs,
            IndexCmpPredicate.Ugt => lhs > rhs,
            _ => lhs >= rhs,
        };
    }

    private static IndexCmpPredicate Invert(IndexCmpPredicate pred) => pred switch
    {
        IndexCmpPredicate.Eq => IndexCmpPredicate.Ne,
        IndexCmpPredicate.Ne => IndexCmpPredicate.Eq,
        IndexCmpPredicate.Slt => IndexCmpPredicate.Sge,
        IndexCmpPredicate.Sge => IndexCmpPredicate.Slt,
        IndexCmpPredicate.Sle => IndexCmpPredicate.Sgt,
        IndexCmpPredicate.Sgt => IndexCmpPredicate.Sle,
        IndexCmpPredicate.Ult => IndexCmpPredicate.Uge,
        IndexCmpPredicate.Uge => IndexCmpPredicate.Ult,
        IndexCmpPredicate.Ule => IndexCmpPredicate.Ugt,
        _ => IndexCmpPredicate.Ule,
    };

    private static bool IsStaticallyTrue(IndexCmpPredicate pred, IntRange lhs, IntRange rhs) => pred switch
    {
        IndexCmpPredicate.Sle => lhs.SMax <= rhs.SMin,
        IndexCmpPredicate.Slt => lhs.SMax < rhs.SMin,
        IndexCmpPredicate.Ule => lhs.UMax <= rhs.UMin,
        IndexCmpPredicate.Ult => lhs.UMax < rhs.UMin,
        IndexCmpPredicate.Sge => lhs.SMin >= rhs.SMax,
        IndexCmpPredicate.Sgt => lhs.SMin > rhs.SMax,
        IndexCmpPredicate.Uge => lhs.UMin >= rhs.UMax,
        IndexCmpPredicate.Ugt => lhs.UMin > rhs.UMax,
        IndexCmpPredicate.Eq => lhs.ConstantValue is { } l && rhs.ConstantValue is { } r && l == r,
        // Provably unequal only when neither reading of the bounds can overlap.
        _ => (IsStaticallyTrue(IndexCmpPredicate.Slt, lhs, rhs) || IsStaticallyTrue(IndexCmpPredicate.Sgt, lhs, rhs))
            && (IsStaticallyTrue(IndexCmpPredicate.Ult, lhs, rhs) || IsStaticallyTrue(IndexCmpPredicate.Ugt, lhs, rhs)),
    };
}
