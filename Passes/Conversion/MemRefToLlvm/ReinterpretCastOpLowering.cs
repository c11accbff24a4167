using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Passes.Conversion.LlvmCommon;
using MemRefReinterpretCastOp = Dialectic.Dialects.MemRef.ReinterpretCastOp;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary>
/// <c>memref.reinterpret_cast %m to offset: [o], sizes: [...], strides: [...]</c> -&gt; a new descriptor with the
/// source's pointers and the given offset, then each dimension's size and stride (MLIR's
/// <c>MemRefReinterpretCastOpLowering</c>; ranked sources).
/// </summary>
internal sealed class ReinterpretCastOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<MemRefReinterpretCastOp>(converter)
{
    public override bool MatchAndRewrite(MemRefReinterpretCastOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        if (op.Source.Type is not MemRefType || op.Result.Type is not MemRefType target
            || LlvmTypeConverter.ConvertMemRefType(target) is not { } descriptorType)
            return rewriter.NotifyMatchFailure(op, "ranked memrefs with a strided layout only");
        var location = op.Location;
        int offsets = op.Offsets.Length, sizes = op.Sizes.Length;
        var descriptor = MemRefDescriptor.Poison(rewriter, location, descriptorType);
        var source = new MemRefDescriptor(adaptor[0]);
        var allocated = source.AllocatedPtr(rewriter, location);
        var aligned = source.AlignedPtr(rewriter, location);
        descriptor.SetAllocatedPtr(rewriter, location, allocated);
        descriptor.SetAlignedPtr(rewriter, location, aligned);
        var staticOffsets = op.StaticOffsets.Raw;
        if (staticOffsets[0] == ShapedType.Dynamic)
            descriptor.SetOffset(rewriter, location, adaptor[1]);
        else
            descriptor.SetConstantOffset(rewriter, location, staticOffsets[0]);
        var staticSizes = op.StaticSizes.Raw;
        var staticStrides = op.StaticStrides.Raw;
        int nextSize = 1 + offsets, nextStride = 1 + offsets + sizes;
        for (int i = 0; i < target.Rank; i++)
        {
            if (staticSizes[i] == ShapedType.Dynamic)
                descriptor.SetSize(rewriter, location, i, adaptor[nextSize++]);
            else
                descriptor.SetConstantSize(rewriter, location, i, staticSizes[i]);
            if (staticStrides[i] == ShapedType.Dynamic)
                descriptor.SetStride(rewriter, location, i, adaptor[nextStride++]);
            else
                descriptor.SetConstantStride(rewriter, location, i, staticStrides[i]);
        }
        rewriter.ReplaceOp(op, [descriptor.Value]);
        return true;
    }
}
