using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// Type inference and checks of strided views (<c>memref.subview</c>): the inferred result type, rank-reduction
/// masks and in-bounds checks, as MLIR computes them.
/// </summary>
public static class SliceTypes
{
    /// <summary>
    /// MLIR's <c>SubViewOp::inferResultType</c>: sizes as given, strides <c>source_stride * stride</c>, offset
    /// <c>source_offset + sum(offset_i * source_stride_i)</c>, with saturating (dynamic-absorbing) arithmetic.
    /// The source must be strided and the three lists as long as its rank.
    /// </summary>
    public static MemRefType InferSubViewResultType(MemRefType source, System.ReadOnlySpan<long> offsets,
        System.ReadOnlySpan<long> sizes, System.ReadOnlySpan<long> strides)
    {
        var (sourceStrides, sourceOffset) = MemRefLayouts.StridesAndOffset(source);
        long targetOffset = sourceOffset;
        for (int i = 0; i < offsets.Length && i < sourceStrides.Length; i++)
            targetOffset = Saturated.Add(targetOffset, Saturated.Mul(offsets[i], sourceStrides[i]));
        var targetStrides = new long[System.Math.Min(sourceStrides.Length, strides.Length)];
        for (int i = 0; i < targetStrides.Length; i++)
            targetStrides[i] = Saturated.Mul(sourceStrides[i], strides[i]);
        return MemRefType.Get(sizes, source.ElementType,
            StridedLayoutAttr.Get(source.Context, targetOffset, targetStrides), source.MemorySpace);
    }

    /// <summary>
    /// MLIR's <c>computeRankReductionMask</c>: the dims of <paramref name="original"/> dropped (all of size 1) to get
    /// <paramref name="reduced"/>, matched greedily left to right; null when it is no such reduction.
    /// </summary>
    public static bool[]? RankReductionMask(System.ReadOnlySpan<long> original, System.ReadOnlySpan<long> reduced)
    {
        var unused = new bool[original.Length];
        int r = 0;
        for (int o = 0; o < original.Length; o++)
        {
            if (r < reduced.Length && original[o] == reduced[r])
            {
                r++;
                continue;
            }
            unused[o] = true;
            if (original[o] != 1)
                return null;
        }
        return r == reduced.Length ? unused : null;
    }

    /// <summary>MLIR's <c>isRankReducedType</c> on the shapes and element types.</summary>
    public static SliceVerification IsRankReducedType(MemRefType original, MemRefType candidate)
    {
        if (ReferenceEquals(original, candidate))
            return SliceVerification.Success;
        if (candidate.Rank > original.Rank)
            return SliceVerification.RankTooLarge;
        if (RankReductionMask(original.Shape, candidate.Shape) == null)
            return SliceVerification.SizeMismatch;
        if (!ReferenceEquals(original.ElementType, candidate.ElementType))
            return SliceVerification.ElemTypeMismatch;
        return SliceVerification.Success;
    }

    /// <summary>
    /// MLIR's <c>computeMemRefRankReductionMask</c>: which dims of <paramref name="original"/> are dropped in
    /// <paramref name="reduced"/>, telling unit dims apart by their strides (a dropped dim's stride is dropped
    /// too); <paramref name="sizes"/> are the slice sizes (null entries: not constant). Null when none fits.
    /// </summary>
    public static bool[]? MemRefRankReductionMask(MemRefType original, MemRefType reduced, long?[] sizes)
    {
        var unused = new bool[original.Rank];
        if (original.Rank == reduced.Rank)
            return unused;
        int count = 0;
        for (int i = 0; i < sizes.Length && i < unused.Length; i++)
            if (sizes[i] == 1)
            {
                unused[i] = true;
                count++;
            }
        if (count + reduced.Rank == original.Rank)
            return unused;
        if (!MemRefLayouts.TryGetStridesAndOffset(original, out var originalStrides, out _)
            || !MemRefLayouts.TryGetStridesAndOffset(reduced, out var candidateStrides, out _))
            return null;
        var unaccounted = Occurrences(originalStrides);
        var candidate = Occurrences(candidateStrides);
        for (int dim = 0; dim < unused.Length; dim++)
        {
            if (!unused[dim])
                continue;
            long stride = originalStrides[dim];
            unaccounted.TryGetValue(stride, out int have);
            candidate.TryGetValue(stride, out int want);
            if (have > want)
                unaccounted[stride] = have - 1;
            else if (have == want)
                unused[dim] = false;
            else
                return null;
        }
        count = 0;
        foreach (bool u in unused)
            if (u)
                count++;
        return count + reduced.Rank == original.Rank ? unused : null;
    }

    private static Dictionary<long, int> Occurrences(long[] values)
    {
        var map = new Dictionary<long, int>();
        foreach (var v in values)
            map[v] = map.TryGetValue(v, out int n) ? n + 1 : 1;
        return map;
    }

    /// <summary>
    /// MLIR's <c>verifyInBoundsSlice</c> on static values: the error message for the first offset or last
    /// position outside a static dimension, or null when nothing is provably out of bounds.
    /// </summary>
    public static string? OutOfBoundsMessage(System.ReadOnlySpan<long> shape, System.ReadOnlySpan<long> offsets,
        System.ReadOnlySpan<long> sizes, System.ReadOnlySpan<long> strides)
    {
        for (int i = 0; i < shape.Length && i < offsets.Length && i < sizes.Length && i < strides.Length; i++)
        {
            if (shape[i] == ShapedType.Dynamic || offsets[i] == ShapedType.Dynamic)
                continue;
            if (offsets[i] >= shape[i])
                return $"offset {i} is out-of-bounds: {offsets[i]} >= {shape[i]}";
            if (sizes[i] == ShapedType.Dynamic || strides[i] == ShapedType.Dynamic)
                continue;
            long lastPos = unchecked(offsets[i] + (sizes[i] - 1) * strides[i]);
            if (lastPos >= shape[i])
                return $"slice along dimension {i} runs out-of-bounds: {lastPos} >= {shape[i]}";
        }
        return null;
    }
}
