using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// The <c>memref.reinterpret_cast</c> canonicalizations: MLIR's
/// <c>ReinterpretCastOpExtractStridedMetadataFolder</c> and <c>ReinterpretCastOpConstantFolder</c>. An entry of a
/// "constified" list is a constant (<see cref="Entry.Constant"/>) or an SSA value not known to be one.
/// </summary>
internal static class ReinterpretCastPatterns
{
    private readonly record struct Entry(long? Constant, Value? Value)
    {
        public bool IsConstant => Constant.HasValue;
    }

    /// <summary>
    /// reinterpret_cast(extract_strided_metadata(x)) rebuilding exactly x's offset, sizes and strides -> x (or
    /// cast(x) when the types differ); otherwise the reinterpret_cast reads x directly.
    /// </summary>
    public static bool FoldExtractStridedMetadata(ReinterpretCastOp op, PatternRewriter rewriter)
    {
        if (op.Source.DefiningOp is not ExtractStridedMetadataOp extract)
            return false;
        var sourceType = (MemRefType)extract.Source.Type;
        var resultType = (MemRefType)op.Result.Type;
        if (!MemRefLayouts.TryGetStridesAndOffset(sourceType, out var srcStrides, out long srcOffset)
            || !MemRefLayouts.TryGetStridesAndOffset(resultType, out var dstStrides, out long dstOffset))
            return false;

        bool noop = Equal(Constify(Results(extract.Strides), srcStrides), Constify(Mixed(op.StaticStrides.Raw, op.Strides), dstStrides))
            && Equal(Constify(Results(extract.Sizes), sourceType.Shape), Constify(Mixed(op.StaticSizes.Raw, op.Sizes), resultType.Shape))
            && Equal(Constify([new Entry(null, extract.Offset)], [srcOffset]), Constify(Mixed(op.StaticOffsets.Raw, op.Offsets), [dstOffset]));
        if (!noop)
        {
            // reinterpret_cast(extract_strided_metadata(x)) -> reinterpret_cast(x): both see the same base buffer.
            rewriter.ModifyOpInPlace(op, () => op.SetOperand(0, extract.Source));
            return true;
        }
        if (ReferenceEquals(sourceType, resultType))
            rewriter.ReplaceOp(op, [extract.Source]);
        else
            rewriter.ReplaceOp(op, CastOp.Create(rewriter, op.Location, resultType, extract.Source));
        return true;
    }

    /// <summary>
    /// reinterpret_cast(x) to offset: [%c0], sizes: [%c4], strides: [%c1] -> cast(reinterpret_cast(x) to offset: [0],
    /// sizes: [4], strides: [1]): entries that are constants, or that the result type makes static, become static
    /// and the result type is inferred from them (with a strided layout); a cast gives back the old type.
    /// </summary>
    public static bool FoldConstants(ReinterpretCastOp op, PatternRewriter rewriter)
    {
        var resultType = (MemRefType)op.Result.Type;
        if (!MemRefLayouts.TryGetStridesAndOffset(resultType, out var typeStrides, out long typeOffset))
            return false;
        var offsets = Mixed(op.StaticOffsets.Raw, op.Offsets);
        var sizes = Mixed(op.StaticSizes.Raw, op.Sizes);
        var strides = Mixed(op.StaticStrides.Raw, op.Strides);
        if (offsets.Length != 1)
            return false;
        int before = CountConstant(offsets) + CountConstant(sizes) + CountConstant(strides);
        var newOffsets = Constify(offsets, [typeOffset]);
        var newSizes = Constify(sizes, resultType.Shape);
        var newStrides = Constify(strides, typeStrides);
        if (before == CountConstant(newOffsets) + CountConstant(newSizes) + CountConstant(newStrides))
            return false;

        var staticOffsets = Statics(newOffsets);
        var staticSizes = Statics(newSizes);
        var staticStrides = Statics(newStrides);
        var sourceType = (ShapedType)op.Source.Type;
        var inferred = MemRefType.Get(staticSizes, sourceType.ElementType,
            StridedLayoutAttr.Get(rewriter.Context, staticOffsets[0], staticStrides), MemRefLayouts.MemorySpaceOf(sourceType));
        var i64 = rewriter.Context.I(64);
        var newOp = ReinterpretCastOp.Create(rewriter, op.Location, inferred, op.Source,
            Dynamic(newOffsets), Dynamic(newSizes), Dynamic(newStrides),
            DenseArrayAttr.Get(i64, staticOffsets), DenseArrayAttr.Get(i64, staticSizes), DenseArrayAttr.Get(i64, staticStrides));
        rewriter.ReplaceOp(op, CastOp.Create(rewriter, op.Location, resultType, newOp.Result));
        return true;
    }

    // The mixed list of an op: static entries as constants, dynamic ones as their operands.
    private static Entry[] Mixed(System.ReadOnlySpan<long> statics, System.ReadOnlySpan<OpOperand> operands)
    {
        var result = new Entry[statics.Length];
        int next = 0;
        for (int i = 0; i < statics.Length; i++)
            result[i] = statics[i] != ShapedType.Dynamic || next >= operands.Length
                ? new Entry(statics[i], null)
                : new Entry(null, operands[next++].Value);
        return result;
    }

    private static Entry[] Results(System.ReadOnlySpan<OpResult> results)
    {
        var entries = new Entry[results.Length];
        for (int i = 0; i < entries.Length; i++)
            entries[i] = new Entry(null, results[i]);
        return entries;
    }

    // MLIR's constifyIndexValues: the type's static value where it has one, else the value's constant if any.
    private static Entry[] Constify(Entry[] values, System.ReadOnlySpan<long> fromType)
    {
        var result = new Entry[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            if (i < fromType.Length && fromType[i] != ShapedType.Dynamic)
                result[i] = new Entry(fromType[i], null);
            else if (values[i].IsConstant)
                result[i] = values[i];
            else if (DynamicIndexList.ConstantIndex(values[i].Value!) is { } constant)
                result[i] = new Entry(constant, null);
            else
                result[i] = values[i];
        }
        return result;
    }

    private static bool Equal(Entry[] a, Entry[] b)
    {
        if (a.Length != b.Length)
            return false;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i].IsConstant != b[i].IsConstant)
                return false;
            if (a[i].IsConstant ? a[i].Constant != b[i].Constant : !ReferenceEquals(a[i].Value, b[i].Value))
                return false;
        }
        return true;
    }

    private static int CountConstant(Entry[] entries)
    {
        int n = 0;
        foreach (var e in entries)
            if (e.IsConstant)
                n++;
        return n;
    }

    private static long[] Statics(Entry[] entries)
    {
        var result = new long[entries.Length];
        for (int i = 0; i < result.Length; i++)
            result[i] = entries[i].Constant ?? ShapedType.Dynamic;
        return result;
    }

    private static Value[] Dynamic(Entry[] entries)
    {
        var result = new Value[entries.Length - CountConstant(entries)];
        int n = 0;
        foreach (var e in entries)
            if (!e.IsConstant)
                result[n++] = e.Value!;
        return result;
    }
}
