using System;
using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;

namespace Dialectic.Core.Analysis.DataFlow;

/// <summary>
/// MLIR's <c>IntegerRangeAnalysis</c> for the arith and index ops it knows by name (constants, add, sub, mul,
/// extensions, truncation, index casts, cmpi and select); any other op's integer results get the full range of
/// their width. Wrapping follows two's complement: an interval bound whose computation may wrap only part of the
/// interval widens to the full range; one that wraps as a whole is shifted back.
/// </summary>
public sealed class IntegerRangeAnalysis : SparseForwardAnalysis<IntegerValueRange>
{
    /// <summary>The bit width ranges use for <paramref name="type"/>: its width, 64 for index; -1 otherwise.</summary>
    public static int WidthOf(Type type) => type switch
    {
        IntegerType i => i.Width,
        IndexType => 64,
        _ => -1,
    };

    public override IntegerValueRange Uninitialized => IntegerValueRange.Uninitialized;

    public override bool IsUninitialized(IntegerValueRange state) => state.IsUninitialized;

    public override IntegerValueRange EntryState(Value value) => MaxRange(value.Type);

    public override IntegerValueRange Join(IntegerValueRange a, IntegerValueRange b) => IntegerValueRange.Join(a, b);

    public override bool Same(IntegerValueRange a, IntegerValueRange b) => IntegerValueRange.Same(a, b);

    public override Attribute? ConstantOf(IntegerValueRange state) =>
        state.Range?.ConstantBits is { } bits && state.Type != null ? IntegerAttr.Get(state.Type, bits) : null;

    private static IntegerValueRange MaxRange(Type type)
    {
        int width = WidthOf(type);
        return width <= 0 ? IntegerValueRange.Unknown : IntegerValueRange.Get(ConstantIntRanges.MaxRange(width), type);
    }

    public override void VisitOperation(Operation op, ReadOnlySpan<IntegerValueRange> operands, Span<IntegerValueRange> results)
    {
        for (int i = 0; i < results.Length; i++)
            results[i] = MaxRange(op.GetResult(i).Type);
        if (results.Length != 1)
            return;
        var type = op.GetResult(0).Type;
        int width = WidthOf(type);
        if (width <= 0)
            return;
        var r = Infer(op, operands, width);
        if (r != null)
            results[0] = IntegerValueRange.Get(r, type);
    }

    private static ConstantIntRanges? Infer(Operation op, ReadOnlySpan<IntegerValueRange> operands, int width)
    {
        string name = op.Name.Name;
        if (name is "arith.constant" or "index.constant" or "index.bool.constant")
        {
            var value = op.GetInherentAttr("value") ?? op.GetAttr("value");
            return value is IntegerAttr v ? ConstantIntRanges.Constant(width, v.Bits) : null;
        }
        // Every remaining rule needs its operands' ranges.
        for (int i = 0; i < operands.Length; i++)
            if (operands[i].Range == null)
                return null;
        switch (name)
        {
            case "arith.addi" or "index.add":
                return Add(operands[0].Range!, operands[1].Range!, width);
            case "arith.subi" or "index.sub":
                return Sub(operands[0].Range!, operands[1].Range!, width);
            case "arith.muli" or "index.mul":
                return Mul(operands[0].Range!, operands[1].Range!, width);
            case "arith.extui":
                return ConstantIntRanges.FromUnsigned(width, operands[0].Range!.UMin, operands[0].Range!.UMax);
            case "arith.extsi":
                return ConstantIntRanges.FromSigned(width, operands[0].Range!.SMin, operands[0].Range!.SMax);
            case "arith.trunci":
                return Truncate(operands[0].Range!, width);
            case "arith.index_cast" or "index.casts":
                return operands[0].Range!.Width < width
                    ? ConstantIntRanges.FromSigned(width, operands[0].Range!.SMin, operands[0].Range!.SMax)
                    : Truncate(operands[0].Range!, width);
            case "arith.index_castui" or "index.castu":
                return operands[0].Range!.Width < width
                    ? ConstantIntRanges.FromUnsigned(width, operands[0].Range!.UMin, operands[0].Range!.UMax)
                    : Truncate(operands[0].Range!, width);
            case "arith.cmpi":
                var predicate = op.GetInherentAttr("predicate") ?? op.GetAttr("predicate");
                return predicate is IntegerAttr p ? Compare((long)p.SignedValue, operands[0].Range!, operands[1].Range!) : null;
            case "arith.select":
                var cond = operands[0].Range!;
                if (cond.ConstantBits is { } bits)
                    return bits.IsZero ? operands[2].Range : operands[1].Range;
                return operands[1].Range!.RangeUnion(operands[2].Range!);
            default:
                return null;
        }
    }

    // [a, b] + [c, d]: per view, exact unless only part of the interval wraps.
    private static ConstantIntRanges Add(ConstantIntRanges a, ConstantIntRanges b, int w) =>
        Combine(w, a.UMin + b.UMin, a.UMax + b.UMax, a.SMin + b.SMin, a.SMax + b.SMax);

    // [a, b] - [c, d] = [a - d, b - c].
    private static ConstantIntRanges Sub(ConstantIntRanges a, ConstantIntRanges b, int w) =>
        Combine(w, a.UMin - b.UMax, a.UMax - b.UMin, a.SMin - b.SMax, a.SMax - b.SMin);

    // The product interval is spanned by the corner products; exact only when no product wraps.
    private static ConstantIntRanges Mul(ConstantIntRanges a, ConstantIntRanges b, int w)
    {
        var modulus = ConstantIntRanges.Modulus(w);
        var unsigned = a.UMax * b.UMax < modulus
            ? ConstantIntRanges.FromUnsigned(w, a.UMin * b.UMin, a.UMax * b.UMax)
            : ConstantIntRanges.MaxRange(w);
        BigInteger p1 = a.SMin * b.SMin, p2 = a.SMin * b.SMax, p3 = a.SMax * b.SMin, p4 = a.SMax * b.SMax;
        var lo = BigInteger.Min(BigInteger.Min(p1, p2), BigInteger.Min(p3, p4));
        var hi = BigInteger.Max(BigInteger.Max(p1, p2), BigInteger.Max(p3, p4));
        var signed = lo >= ConstantIntRanges.SignedMin(w) && hi <= ConstantIntRanges.SignedMax(w)
            ? ConstantIntRanges.FromSigned(w, lo, hi)
            : ConstantIntRanges.MaxRange(w);
        return unsigned.Intersection(signed);
    }

    /// <summary>Intersects the unsigned and signed results of an interval computation done without wrapping.</summary>
    private static ConstantIntRanges Combine(int w, BigInteger umin, BigInteger umax, BigInteger smin, BigInteger smax)
    {
        var modulus = ConstantIntRanges.Modulus(w);
        ConstantIntRanges unsigned;
        if (umax - umin >= modulus)
            unsigned = ConstantIntRanges.MaxRange(w);
        else
        {
            // Both ends in the same period of 2^w: shift back; else the interval wraps inside.
            var lo = ConstantIntRanges.Wrap(umin, w);
            var hi = ConstantIntRanges.Wrap(umax, w);
            unsigned = lo <= hi ? ConstantIntRanges.FromUnsigned(w, lo, hi) : ConstantIntRanges.MaxRange(w);
        }
        ConstantIntRanges signed;
        if (smax - smin >= modulus)
            signed = ConstantIntRanges.MaxRange(w);
        else
        {
            var lo = ConstantIntRanges.ToSigned(ConstantIntRanges.Wrap(smin, w), w);
            var hi = ConstantIntRanges.ToSigned(ConstantIntRanges.Wrap(smax, w), w);
            signed = lo <= hi ? ConstantIntRanges.FromSigned(w, lo, hi) : ConstantIntRanges.MaxRange(w);
        }
        return unsigned.Intersection(signed);
    }

    // trunc: exact per view when the interval is shorter than 2^w and does not wrap after truncation.
    private static ConstantIntRanges Truncate(ConstantIntRanges a, int w) =>
        Combine(w, a.UMin, a.UMax, a.SMin, a.SMax);

    /// <summary>The i1 range of a comparison: a constant when the operand ranges decide it.</summary>
    private static ConstantIntRanges Compare(long predicate, ConstantIntRanges a, ConstantIntRanges b)
    {
        bool? result = predicate switch
        {
            0 => Eq(a, b),
            1 => Eq(a, b) is { } e ? !e : null,
            2 => Less(a.SMin, a.SMax, b.SMin, b.SMax, strict: true),
            3 => Less(a.SMin, a.SMax, b.SMin, b.SMax, strict: false),
            4 => Less(b.SMin, b.SMax, a.SMin, a.SMax, strict: true),
            5 => Less(b.SMin, b.SMax, a.SMin, a.SMax, strict: false),
            6 => Less(a.UMin, a.UMax, b.UMin, b.UMax, strict: true),
            7 => Less(a.UMin, a.UMax, b.UMin, b.UMax, strict: false),
            8 => Less(b.UMin, b.UMax, a.UMin, a.UMax, strict: true),
            9 => Less(b.UMin, b.UMax, a.UMin, a.UMax, strict: false),
            _ => null,
        };
        return result is { } known ? ConstantIntRanges.Constant(1, known ? 1 : 0) : ConstantIntRanges.MaxRange(1);
    }

    private static bool? Eq(ConstantIntRanges a, ConstantIntRanges b)
    {
        if (a.ConstantBits is { } x && b.ConstantBits is { } y && x == y)
            return true;
        if (a.UMax < b.UMin || b.UMax < a.UMin || a.SMax < b.SMin || b.SMax < a.SMin)
            return false;
        return null;
    }

    // x < y (or <=) for x in [xmin, xmax], y in [ymin, ymax]: true when it holds at the extremes, false when the
    // opposite holds everywhere.
    private static bool? Less(BigInteger xmin, BigInteger xmax, BigInteger ymin, BigInteger ymax, bool strict)
    {
        if (strict ? xmax < ymin : xmax <= ymin)
            return true;
        if (strict ? xmin >= ymax : xmin > ymax)
            return false;
        return null;
    }
}
