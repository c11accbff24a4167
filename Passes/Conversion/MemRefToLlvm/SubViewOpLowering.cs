using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using MemRefLayouts = Dialectic.Dialects.MemRef.MemRefLayouts;
using MemRefSubViewOp = Dialectic.Dialects.MemRef.SubViewOp;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary>
/// <c>memref.subview</c> lowered directly, as MLIR did before <c>--expand-strided-metadata</c> took this over (MLIR 22
/// expands subviews into <c>extract_strided_metadata</c> + <c>affine.apply</c> + <c>reinterpret_cast</c>, and we have
/// no affine dialect): a descriptor with the source's pointers, offset = source offset + sum(offset_i * source
/// stride_i) (a constant when the result's offset is static), and for each kept dimension the size and
/// stride = source stride_i * stride_i (constants when static in the result type). Dimensions a rank-reducing
/// subview drops are skipped.
/// </summary>
internal sealed class SubViewOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<MemRefSubViewOp>(converter)
{
    public override bool MatchAndRewrite(MemRefSubViewOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        if (op.Source.Type is not MemRefType sourceType || op.Result.Type is not MemRefType resultType
            || LlvmTypeConverter.ConvertMemRefType(resultType) is not { } descriptorType
            || !MemRefLayouts.TryGetStridesAndOffset(sourceType, out var sourceStrides, out _)
            || !MemRefLayouts.TryGetStridesAndOffset(resultType, out var resultStrides, out long resultOffset))
            return rewriter.NotifyMatchFailure(op, "strided memrefs only");
        var staticOffsets = op.StaticOffsets.Raw;
        var staticSizes = op.StaticSizes.Raw;
        var staticStrides = op.StaticStrides.Raw;
        if (DroppedDims(staticSizes, resultType.Shape) is not { } dropped)
            return rewriter.NotifyMatchFailure(op, "cannot match the result shape to the sizes");

        var location = op.Location;
        int rank = sourceType.Rank;
        var source = new MemRefDescriptor(adaptor[0]);
        var descriptor = MemRefDescriptor.Poison(rewriter, location, descriptorType);
        descriptor.SetAllocatedPtr(rewriter, location, source.AllocatedPtr(rewriter, location));
        descriptor.SetAlignedPtr(rewriter, location, source.AlignedPtr(rewriter, location));

        // The operands of each kind, static entries filled with constants only where needed.
        int nextOffset = 1, nextSize = 1 + op.Offsets.Length, nextStride = 1 + op.Offsets.Length + op.Sizes.Length;
        var offsetValues = new Value?[rank];
        var sizeValues = new Value?[rank];
        var strideValues = new Value?[rank];
        for (int i = 0; i < rank; i++)
        {
            if (staticOffsets[i] == ShapedType.Dynamic)
                offsetValues[i] = adaptor[nextOffset++];
            if (staticSizes[i] == ShapedType.Dynamic)
                sizeValues[i] = adaptor[nextSize++];
            if (staticStrides[i] == ShapedType.Dynamic)
                strideValues[i] = adaptor[nextStride++];
        }
        var sourceStrideValues = new Value[rank];
        for (int i = 0; i < rank; i++)
            sourceStrideValues[i] = sourceStrides[i] == ShapedType.Dynamic
                ? source.Stride(rewriter, location, i)
                : CreateIndexAttrConstant(rewriter, location, sourceStrides[i]);

        if (resultOffset != ShapedType.Dynamic)
            descriptor.SetConstantOffset(rewriter, location, resultOffset);
        else
        {
            Value offset = source.Offset(rewriter, location);
            for (int i = 0; i < rank; i++)
            {
                if (staticOffsets[i] == 0)
                    continue;
                var value = offsetValues[i] ?? CreateIndexAttrConstant(rewriter, location, staticOffsets[i]);
                offset = AddOp.Create(rewriter, location, offset, MulOp.Create(rewriter, location, value, sourceStrideValues[i]).Res).Res;
            }
            descriptor.SetOffset(rewriter, location, offset);
        }

        int j = 0;
        for (int i = 0; i < rank; i++)
        {
            if (dropped[i])
                continue;
            if (resultType.Shape[j] != ShapedType.Dynamic)
                descriptor.SetConstantSize(rewriter, location, j, resultType.Shape[j]);
            else
                descriptor.SetSize(rewriter, location, j, sizeValues[i] ?? CreateIndexAttrConstant(rewriter, location, staticSizes[i]));
            if (resultStrides[j] != ShapedType.Dynamic)
                descriptor.SetConstantStride(rewriter, location, j, resultStrides[j]);
            else
            {
                var stride = strideValues[i] ?? CreateIndexAttrConstant(rewriter, location, staticStrides[i]);
                descriptor.SetStride(rewriter, location, j, MulOp.Create(rewriter, location, sourceStrideValues[i], stride).Res);
            }
            j++;
        }
        rewriter.ReplaceOp(op, [descriptor.Value]);
        return true;
    }

    // MLIR's computeRankReductionMask: source dimensions matched greedily to result dimensions; an unmatched one
    // must have static size 1 and is dropped. Null when the shapes do not match that way.
    private static bool[]? DroppedDims(System.ReadOnlySpan<long> sizes, System.ReadOnlySpan<long> resultShape)
    {
        var dropped = new bool[sizes.Length];
        int next = 0;
        for (int i = 0; i < sizes.Length; i++)
        {
            if (next < resultShape.Length && sizes[i] == resultShape[next])
            {
                next++;
                continue;
            }
            if (sizes[i] != 1)
                return null;
            dropped[i] = true;
        }
        return next == resultShape.Length ? dropped : null;
    }
}
