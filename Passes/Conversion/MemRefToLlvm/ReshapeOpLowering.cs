using System.Diagnostics.CodeAnalysis;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Passes.Conversion.LlvmCommon;
using MemRefLayouts = Dialectic.Dialects.MemRef.MemRefLayouts;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary>
/// <c>memref.expand_shape</c> / <c>memref.collapse_shape</c> whose result has a static shape and static strides -&gt;
/// a descriptor with the source's pointers, the source's offset (a constant when static in the result type), and
/// the result's sizes and strides as constants. MLIR 22 leaves these ops to <c>--expand-strided-metadata</c>, which
/// we lack (it needs the affine dialect); dynamic shapes are not lowered.
/// </summary>
internal sealed class ReshapeOpLowering<[DynamicallyAccessedMembers(Operation.ClassMembers)] TOp>(LlvmTypeConverter converter)
    : ConvertOpToLlvmPattern<TOp>(converter) where TOp : Operation
{
    public override bool MatchAndRewrite(TOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var location = op.Location;
        if (op.GetOperand(0).Type is not MemRefType || op.GetResult(0).Type is not MemRefType { HasStaticShape: true } resultType
            || LlvmTypeConverter.ConvertMemRefType(resultType) is not { } descriptorType
            || !MemRefLayouts.TryGetStridesAndOffset(resultType, out var strides, out long offset))
            return rewriter.NotifyMatchFailure(op, "static strided result types only");
        foreach (long stride in strides)
            if (stride == ShapedType.Dynamic)
                return rewriter.NotifyMatchFailure(op, "static strided result types only");
        var source = new MemRefDescriptor(adaptor[0]);
        var target = MemRefDescriptor.Poison(rewriter, location, descriptorType);
        target.SetAllocatedPtr(rewriter, location, source.AllocatedPtr(rewriter, location));
        target.SetAlignedPtr(rewriter, location, source.AlignedPtr(rewriter, location));
        if (offset == ShapedType.Dynamic)
            target.SetOffset(rewriter, location, source.Offset(rewriter, location));
        else
            target.SetConstantOffset(rewriter, location, offset);
        var shape = resultType.Shape;
        for (int i = 0; i < shape.Length; i++)
        {
            target.SetConstantSize(rewriter, location, i, shape[i]);
            target.SetConstantStride(rewriter, location, i, strides[i]);
        }
        rewriter.ReplaceOp(op, [target.Value]);
        return true;
    }
}
