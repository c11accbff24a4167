using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// The <c>memref.subview</c> canonicalizations: MLIR's <c>OpWithOffsetSizesAndStridesConstantArgumentFolder</c>
/// (with <c>SubViewReturnTypeCanonicalizer</c>), <c>SubViewOpMemRefCastFolder</c> and <c>TrivialSubViewOpFolder</c>.
/// A mixed list is kept as two arrays of the op's rank: the static value (or <see cref="ShapedType.Dynamic"/>) and,
/// for a dynamic entry, its SSA value.
/// </summary>
internal static class SubViewPatterns
{
    /// <summary>
    /// subview(x)[%c0, ...][%c4, ...][%c1, ...] -> cast(subview(x)[0, ...][4, ...][1, ...]): constant offsets and
    /// sizes (non-negative) and strides (non-zero) become static; the new result type is inferred, keeping the
    /// dropped unit dimensions of the old one, and a cast gives back the old type.
    /// </summary>
    public static bool FoldConstantArguments(SubViewOp op, PatternRewriter rewriter)
    {
        var (offsets, offsetValues) = Mixed(op.StaticOffsets.Raw, op.Offsets);
        var (sizes, sizeValues) = Mixed(op.StaticSizes.Raw, op.Sizes);
        var (strides, strideValues) = Mixed(op.StaticStrides.Raw, op.Strides);
        bool changed = FoldConstants(offsets, offsetValues, static c => c >= 0);
        changed |= FoldConstants(sizes, sizeValues, static c => c >= 0);
        changed |= FoldConstants(strides, strideValues, static c => c != 0);
        if (!changed)
            return false;
        var sourceType = (MemRefType)op.Source.Type;
        // The new op must verify.
        if (SliceTypes.OutOfBoundsMessage(sourceType.Shape, offsets, sizes, strides) != null)
            return false;
        if (!Valid(offsets, sizes, strides))
            return false;
        var nonReduced = SliceTypes.InferSubViewResultType(sourceType, offsets, sizes, strides);
        var dropped = DroppedDims(op);
        if (dropped == null)
            return false;
        var resultType = DropDims(nonReduced, dropped);
        var newOp = Create(rewriter, op, resultType, op.Source, offsets, offsetValues, sizes, sizeValues, strides, strideValues);
        rewriter.ReplaceOp(op, CastOp.Create(rewriter, op.Location, op.Result.Type, newOp.Result));
        return true;
    }

    /// <summary>
    /// subview(cast(x)) -> cast(subview(x)), for a cast a consumer may read through, when no operand is a constant
    /// index (those are left to <see cref="FoldConstantArguments"/> first).
    /// </summary>
    public static bool FoldCastSource(SubViewOp op, PatternRewriter rewriter)
    {
        for (int i = 0; i < op.NumOperands; i++)
            if (Operation.GetConstantValue(op.GetOperand(i)) is IntegerAttr { Type: IndexType })
                return false;
        if (op.Source.DefiningOp is not CastOp cast || !CastOp.CanFoldIntoConsumerOp(cast))
            return false;
        var (offsets, _) = Mixed(op.StaticOffsets.Raw, op.Offsets);
        var (sizes, _) = Mixed(op.StaticSizes.Raw, op.Sizes);
        var (strides, _) = Mixed(op.StaticStrides.Raw, op.Strides);
        if (!Valid(offsets, sizes, strides))
            return false;
        var castSourceType = (MemRefType)cast.Source.Type;
        var nonReduced = SliceTypes.InferSubViewResultType(castSourceType, offsets, sizes, strides);
        var dropped = DroppedDims(op);
        if (dropped == null)
            return false;
        var resultType = DropDims(nonReduced, dropped);
        var newOp = SubViewOp.Create(rewriter, op.Location, resultType, cast.Source, Values(op.Offsets), Values(op.Sizes),
            Values(op.Strides), op.StaticOffsets, op.StaticSizes, op.StaticStrides);
        rewriter.ReplaceOp(op, CastOp.Create(rewriter, op.Location, op.Result.Type, newOp.Result));
        return true;
    }

    /// <summary>
    /// subview(x)[0, ...][d0, ...][1, ...] covering all of a static x with the same rank -> x, or cast(x) when the
    /// types differ.
    /// </summary>
    public static bool FoldTrivial(SubViewOp op, PatternRewriter rewriter)
    {
        var sourceType = (MemRefType)op.Source.Type;
        var resultType = (MemRefType)op.Result.Type;
        if (sourceType.Rank != resultType.Rank)
            return false;
        var offsets = DynamicIndexList.ConstantValues(op.StaticOffsets.Raw, op.Offsets);
        var sizes = DynamicIndexList.ConstantValues(op.StaticSizes.Raw, op.Sizes);
        var strides = DynamicIndexList.ConstantValues(op.StaticStrides.Raw, op.Strides);
        foreach (var offset in offsets)
            if (offset != 0)
                return false;
        foreach (var stride in strides)
            if (stride != 1)
                return false;
        for (int i = 0; i < sizes.Length; i++)
            if (sizes[i] is not { } size || i >= sourceType.Rank || size != sourceType.Shape[i])
                return false;
        if (ReferenceEquals(sourceType, resultType))
            rewriter.ReplaceOp(op, [op.Source]);
        else
            rewriter.ReplaceOp(op, CastOp.Create(rewriter, op.Location, resultType, op.Source));
        return true;
    }

    /// <summary>The static entries and, for dynamic ones, their values.</summary>
    private static (long[] Statics, Value?[] Values) Mixed(System.ReadOnlySpan<long> statics, System.ReadOnlySpan<OpOperand> operands)
    {
        var values = new Value?[statics.Length];
        int next = 0;
        for (int i = 0; i < statics.Length; i++)
            if (statics[i] == ShapedType.Dynamic && next < operands.Length)
                values[i] = operands[next++].Value;
        return (statics.ToArray(), values);
    }

    // MLIR's foldDynamicIndexList: dynamic entries holding an accepted constant become static.
    private static bool FoldConstants(long[] statics, Value?[] values, System.Func<long, bool> accept)
    {
        bool changed = false;
        for (int i = 0; i < statics.Length; i++)
        {
            if (values[i] is not { } value || DynamicIndexList.ConstantIndex(value) is not { } constant || !accept(constant))
                continue;
            statics[i] = constant;
            values[i] = null;
            changed = true;
        }
        return changed;
    }

    // MLIR's hasValidSizesOffsets / hasValidStrides on the static entries.
    private static bool Valid(long[] offsets, long[] sizes, long[] strides)
    {
        foreach (long o in offsets)
            if (o != ShapedType.Dynamic && o < 0)
                return false;
        foreach (long s in sizes)
            if (s != ShapedType.Dynamic && s < 0)
                return false;
        foreach (long s in strides)
            if (s == 0)
                return false;
        return true;
    }

    // MLIR's SubViewOp::getDroppedDims: the source dims the result type drops.
    private static bool[]? DroppedDims(SubViewOp op)
    {
        var staticSizes = op.StaticSizes.Raw;
        var sizes = new long?[staticSizes.Length];
        for (int i = 0; i < sizes.Length; i++)
            sizes[i] = staticSizes[i] == ShapedType.Dynamic ? null : staticSizes[i];
        return SliceTypes.MemRefRankReductionMask((MemRefType)op.Source.Type, (MemRefType)op.Result.Type, sizes);
    }

    // The strided type without the dropped dimensions (shape and strides), same offset.
    private static MemRefType DropDims(MemRefType nonReduced, bool[] dropped)
    {
        int kept = 0;
        foreach (bool d in dropped)
            if (!d)
                kept++;
        if (kept == nonReduced.Rank)
            return nonReduced;
        var layout = (StridedLayoutAttr)nonReduced.Layout!;
        var shape = new long[kept];
        var strides = new long[kept];
        for (int i = 0, j = 0; i < dropped.Length && i < nonReduced.Rank; i++)
        {
            if (dropped[i])
                continue;
            shape[j] = nonReduced.Shape[i];
            strides[j] = layout.Strides[i];
            j++;
        }
        return MemRefType.Get(shape, nonReduced.ElementType,
            StridedLayoutAttr.Get(nonReduced.Context, layout.Offset, strides), nonReduced.MemorySpace);
    }

    private static SubViewOp Create(PatternRewriter rewriter, SubViewOp like, MemRefType resultType, Value source,
        long[] offsets, Value?[] offsetValues, long[] sizes, Value?[] sizeValues, long[] strides, Value?[] strideValues)
    {
        var i64 = rewriter.Context.I(64);
        return SubViewOp.Create(rewriter, like.Location, resultType, source,
            Dynamic(offsetValues), Dynamic(sizeValues), Dynamic(strideValues),
            DenseArrayAttr.Get(i64, offsets), DenseArrayAttr.Get(i64, sizes), DenseArrayAttr.Get(i64, strides));
    }

    private static Value[] Dynamic(Value?[] values)
    {
        int n = 0;
        foreach (var v in values)
            if (v != null)
                n++;
        var result = new Value[n];
        n = 0;
        foreach (var v in values)
            if (v != null)
                result[n++] = v;
        return result;
    }

    private static Value[] Values(System.ReadOnlySpan<OpOperand> operands)
    {
        var result = new Value[operands.Length];
        for (int i = 0; i < result.Length; i++)
            result[i] = operands[i].Value;
        return result;
    }
}
