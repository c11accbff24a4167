using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// Reassociations of <c>memref.expand_shape</c>/<c>memref.collapse_shape</c> (<c>[[0, 1], [2]]</c>: which
/// dimensions of the higher-rank type form each dimension of the lower-rank one), their verification and the
/// strided layouts they produce, as MLIR computes them.
/// </summary>
public static class Reassociations
{
    /// <summary>True for an array of arrays of i64 integers (ODS <c>IndexListArrayAttr</c>).</summary>
    public static bool IsIndexListArray(Attribute attr)
    {
        if (attr is not ArrayAttr outer)
            return false;
        foreach (var group in outer.Elements)
        {
            if (group is not ArrayAttr inner)
                return false;
            foreach (var e in inner.Elements)
                if (e is not IntegerAttr { Type: IntegerType { Width: 64, IsSignless: true } })
                    return false;
        }
        return true;
    }

    /// <summary>The groups of a verified reassociation attribute (empty when it has another shape).</summary>
    public static long[][] Indices(Attribute? attr)
    {
        if (attr is not ArrayAttr outer || !IsIndexListArray(attr))
            return System.Array.Empty<long[]>();
        var groups = new long[outer.Count][];
        for (int g = 0; g < groups.Length; g++)
        {
            var inner = (ArrayAttr)outer[g];
            groups[g] = new long[inner.Count];
            for (int i = 0; i < inner.Count; i++)
                groups[g][i] = (long)((IntegerAttr)inner[i]).SignedValue;
        }
        return groups;
    }

    /// <summary>The attribute for <paramref name="groups"/> (i64 integers).</summary>
    public static ArrayAttr ToAttribute(Context context, long[][] groups)
    {
        var outer = new Attribute[groups.Length];
        var i64 = context.I(64);
        for (int g = 0; g < groups.Length; g++)
        {
            var inner = new Attribute[groups[g].Length];
            for (int i = 0; i < inner.Length; i++)
                inner[i] = IntegerAttr.Get(i64, groups[g][i]);
            outer[g] = ArrayAttr.Get(context, inner);
        }
        return ArrayAttr.Get(context, outer);
    }

    /// <summary>True when both reassociations have the same groups.</summary>
    public static bool SameIndices(long[][] a, long[][] b)
    {
        if (a.Length != b.Length)
            return false;
        for (int g = 0; g < a.Length; g++)
            if (!System.MemoryExtensions.SequenceEqual<long>(a[g], b[g]))
                return false;
        return true;
    }

    /// <summary>
    /// MLIR's <c>verifyCollapsedShape</c> (multiple dynamic dims per group allowed): the groups cover the expanded
    /// dims in order, and each collapsed dim is dynamic exactly when its group is, with the group's product when
    /// static. False after an error on <paramref name="op"/>.
    /// </summary>
    public static bool VerifyCollapsedShape(Operation op, System.ReadOnlySpan<long> collapsed, System.ReadOnlySpan<long> expanded, long[][] groups)
    {
        if (collapsed.Length != groups.Length)
            return op.EmitOpError($"invalid number of reassociation groups: found {groups.Length}, expected {collapsed.Length}");
        long nextDim = 0;
        for (int c = 0; c < groups.Length; c++)
        {
            bool foundDynamic = false;
            foreach (long dim in groups[c])
            {
                if (dim != nextDim++)
                    return op.EmitOpError("reassociation indices must be contiguous");
                if (dim >= expanded.Length)
                    return op.EmitOpError($"reassociation index {dim} is out of bounds");
                if (expanded[(int)dim] == ShapedType.Dynamic)
                    foundDynamic = true;
            }
            if ((collapsed[c] == ShapedType.Dynamic) != foundDynamic)
                return op.EmitOpError($"collapsed dim ({c}) must be dynamic if and only if reassociation group is dynamic");
            if (!foundDynamic)
            {
                long groupSize = 1;
                foreach (long dim in groups[c])
                    groupSize = unchecked(groupSize * expanded[(int)dim]);
                if (groupSize != collapsed[c])
                    return op.EmitOpError($"collapsed dim size ({collapsed[c]}) must equal reassociation group size ({groupSize})");
            }
        }
        if (collapsed.Length == 0)
        {
            foreach (long d in expanded)
                if (d != 1)
                    return op.EmitOpError("rank 0 memrefs can only be extended/collapsed with/from ones");
        }
        else if (nextDim != expanded.Length)
            return op.EmitOpError($"expanded rank ({expanded.Length}) inconsistent with number of reassociation indices ({nextDim})");
        return true;
    }

    /// <summary>
    /// MLIR's <c>ExpandShapeOp::computeExpandedType</c>: an identity source stays contiguous; otherwise each source
    /// stride is split over its group, inner dims first. Null when the source is not strided.
    /// </summary>
    public static MemRefType? ExpandedType(MemRefType source, System.ReadOnlySpan<long> resultShape, long[][] groups)
    {
        if (MemRefLayouts.IsIdentityLayout(source))
            return MemRefType.Get(resultShape, source.ElementType, null, source.MemorySpace);
        if (!MemRefLayouts.TryGetStridesAndOffset(source, out var srcStrides, out long srcOffset) || srcStrides.Length != groups.Length)
            return null;
        var reversed = new List<long>(resultShape.Length);
        int shapeIndex = resultShape.Length - 1;
        for (int g = groups.Length - 1; g >= 0; g--)
        {
            long current = srcStrides[g];
            for (int i = 0; i < groups[g].Length; i++)
            {
                reversed.Add(current);
                current = shapeIndex >= 0 ? Saturated.Mul(current, resultShape[shapeIndex--]) : current;
            }
        }
        var strides = new long[resultShape.Length];
        for (int i = 0; i < strides.Length; i++)
            strides[i] = i < reversed.Count ? reversed[reversed.Count - 1 - i] : 1;
        return MemRefType.Get(resultShape, source.ElementType,
            StridedLayoutAttr.Get(source.Context, srcOffset, strides), source.MemorySpace);
    }

    /// <summary>
    /// MLIR's <c>computeCollapsedLayoutMap</c>: each group takes the stride of its last non-unit dim (dynamic when
    /// that dim is dynamic in a group of several); null when a group is provably not contiguous, or, with
    /// <paramref name="strict"/>, when contiguity cannot be proven.
    /// </summary>
    public static StridedLayoutAttr? CollapsedLayout(MemRefType source, long[][] groups, bool strict = false)
    {
        var shape = source.Shape;
        if (!MemRefLayouts.TryGetStridesAndOffset(source, out var srcStrides, out long srcOffset))
            return null;
        var resultStrides = new long[groups.Length];
        for (int g = 0; g < groups.Length; g++)
        {
            var group = groups[g];
            int size = group.Length;
            while (size > 1 && shape[(int)group[size - 1]] == 1)
                size--;
            int last = (int)group[size - 1];
            resultStrides[g] = shape[last] != ShapedType.Dynamic || size == 1 ? srcStrides[last] : ShapedType.Dynamic;
        }
        for (int g = groups.Length - 1; g >= 0; g--)
        {
            var group = groups[g];
            long stride = resultStrides[g];
            for (int k = group.Length - 1; k >= 1; k--)
            {
                int idx = (int)group[k];
                stride = Saturated.Mul(stride, shape[idx]);
                if (shape[idx - 1] == 1)
                    continue;
                long srcStride = srcStrides[idx - 1];
                bool strideDynamic = stride == ShapedType.Dynamic, srcDynamic = srcStride == ShapedType.Dynamic;
                if (strict && (strideDynamic || srcDynamic))
                    return null;
                if (!strideDynamic && !srcDynamic && stride != srcStride)
                    return null;
            }
        }
        return StridedLayoutAttr.Get(source.Context, srcOffset, resultStrides);
    }

    /// <summary>MLIR's <c>CollapseShapeOp::computeCollapsedType</c> (the source must be collapsible).</summary>
    public static MemRefType CollapsedType(MemRefType source, long[][] groups)
    {
        var shape = new long[groups.Length];
        for (int g = 0; g < groups.Length; g++)
        {
            long size = 1;
            foreach (long d in groups[g])
                size = Saturated.Mul(size, source.Shape[(int)d]);
            shape[g] = size;
        }
        if (MemRefLayouts.IsIdentityLayout(source))
            return MemRefType.Get(shape, source.ElementType, null, source.MemorySpace);
        var layout = CollapsedLayout(source, groups)
            ?? throw new System.InvalidOperationException("invalid source layout map or collapsing non-contiguous dims");
        return MemRefType.Get(shape, source.ElementType, layout, source.MemorySpace);
    }
}
