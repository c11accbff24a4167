using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using MemRefLayouts = Dialectic.Dialects.MemRef.MemRefLayouts;
using MemRefViewOp = Dialectic.Dialects.MemRef.ViewOp;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary>
/// <c>memref.view %buf[%shift][%sizes]</c> -&gt; a descriptor with the buffer's allocated pointer, the aligned
/// pointer advanced by the byte shift, offset 0, and from the innermost dimension out each size and stride (static
/// strides as constants, dynamic ones as running products of the sizes), as MLIR's <c>ViewOpLowering</c>.
/// </summary>
internal sealed class ViewOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<MemRefViewOp>(converter)
{
    public override bool MatchAndRewrite(MemRefViewOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var location = op.Location;
        if (op.Result.Type is not MemRefType viewType || op.Source.Type is not MemRefType sourceType
            || LlvmTypeConverter.ConvertMemRefType(viewType) is not { } descriptorType
            || LlvmTypeConverter.ConvertType(sourceType.ElementType) is not { } sourceElement)
            return rewriter.NotifyMatchFailure(op, "incompatible memref types");
        if (!MemRefLayouts.TryGetStridesAndOffset(viewType, out var strides, out _))
            return rewriter.NotifyMatchFailure(op, "cannot cast to non-strided shape");
        if (strides.Length > 0 && strides[^1] != 1 && strides[^1] != 0)
            return rewriter.NotifyMatchFailure(op, "cannot cast to non-contiguous shape");

        var source = new MemRefDescriptor(adaptor[0]);
        var target = MemRefDescriptor.Poison(rewriter, location, descriptorType);
        target.SetAllocatedPtr(rewriter, location, source.AllocatedPtr(rewriter, location));
        var aligned = source.AlignedPtr(rewriter, location);
        aligned = LlvmCommonBuilders.Gep(rewriter, location, aligned.Type, sourceElement, aligned, [adaptor[1]]);
        target.SetAlignedPtr(rewriter, location, aligned);
        target.SetOffset(rewriter, location, CreateIndexAttrConstant(rewriter, location, 0));
        var shape = viewType.Shape;
        Value? stride = null, nextSize = null;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            Value size;
            if (shape[i] == ShapedType.Dynamic)
            {
                int dynamicBefore = 0;
                for (int j = 0; j < i; j++)
                    if (shape[j] == ShapedType.Dynamic)
                        dynamicBefore++;
                size = adaptor[2 + dynamicBefore];
            }
            else
                size = CreateIndexAttrConstant(rewriter, location, shape[i]);
            target.SetSize(rewriter, location, i, size);
            if (strides[i] != ShapedType.Dynamic)
                stride = CreateIndexAttrConstant(rewriter, location, strides[i]);
            else if (nextSize != null)
                stride = stride != null ? MulOp.Create(rewriter, location, stride, nextSize).Res : nextSize;
            else
                stride = CreateIndexAttrConstant(rewriter, location, 1);
            target.SetStride(rewriter, location, i, stride);
            nextSize = size;
        }
        rewriter.ReplaceOp(op, [target.Value]);
        return true;
    }
}
