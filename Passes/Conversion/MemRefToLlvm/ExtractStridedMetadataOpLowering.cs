using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Passes.Conversion.LlvmCommon;
using MemRefExtractStridedMetadataOp = Dialectic.Dialects.MemRef.ExtractStridedMetadataOp;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary>
/// <c>memref.extract_strided_metadata %m</c> -&gt; a rank-0 descriptor over the same pointers with offset 0 (the base
/// buffer), and the offset, sizes and strides fields of %m (MLIR's <c>ExtractStridedMetadataOpLowering</c>).
/// </summary>
internal sealed class ExtractStridedMetadataOpLowering(LlvmTypeConverter converter)
    : ConvertOpToLlvmPattern<MemRefExtractStridedMetadataOp>(converter)
{
    public override bool MatchAndRewrite(MemRefExtractStridedMetadataOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        if (op.Source.Type is not MemRefType sourceType || op.BaseBuffer.Type is not MemRefType baseType
            || LlvmTypeConverter.ConvertMemRefType(baseType) is not { } baseDescriptorType)
            return rewriter.NotifyMatchFailure(op, "ranked strided memrefs only");
        var location = op.Location;
        var source = new MemRefDescriptor(adaptor[0]);
        var allocated = source.AllocatedPtr(rewriter, location);
        var aligned = source.AlignedPtr(rewriter, location);
        var baseBuffer = MemRefDescriptor.Poison(rewriter, location, baseDescriptorType);
        baseBuffer.SetAllocatedPtr(rewriter, location, allocated);
        baseBuffer.SetAlignedPtr(rewriter, location, aligned);
        baseBuffer.SetConstantOffset(rewriter, location, 0);
        var results = new List<Value?>(op.NumResults) { baseBuffer.Value, source.Offset(rewriter, location) };
        int rank = sourceType.Rank;
        for (int i = 0; i < rank; i++)
            results.Add(source.Size(rewriter, location, i));
        for (int i = 0; i < rank; i++)
            results.Add(source.Stride(rewriter, location, i));
        rewriter.ReplaceOp(op, results);
        return true;
    }
}
