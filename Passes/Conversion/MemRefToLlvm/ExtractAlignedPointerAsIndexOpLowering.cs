using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using MemRefExtractAlignedPointerAsIndexOp = Dialectic.Dialects.MemRef.ExtractAlignedPointerAsIndexOp;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary><c>memref.extract_aligned_pointer_as_index %m</c> -&gt; <c>llvm.ptrtoint</c> of the aligned pointer (for
/// an unranked memref, read through its ranked descriptor), as MLIR's
/// <c>ConvertExtractAlignedPointerAsIndex</c>.</summary>
internal sealed class ExtractAlignedPointerAsIndexOpLowering(LlvmTypeConverter converter)
    : ConvertOpToLlvmPattern<MemRefExtractAlignedPointerAsIndexOp>(converter)
{
    public override bool MatchAndRewrite(MemRefExtractAlignedPointerAsIndexOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var location = op.Location;
        Value aligned;
        if (op.Source.Type is MemRefType)
            aligned = new MemRefDescriptor(adaptor[0]).AlignedPtr(rewriter, location);
        else if (op.Source.Type is UnrankedMemRefType unranked)
        {
            // The ranked descriptor starts with the allocated then the aligned pointer.
            var ptr = LlvmTypeConverter.GetPointerType();
            var descriptorPtr = new UnrankedMemRefDescriptor(adaptor[0]).MemRefDescPtr(rewriter, location);
            var alignedSlot = LlvmCommonBuilders.GepConstant(rewriter, location, ptr, ptr, descriptorPtr, [1]);
            aligned = LoadOp.Create(rewriter, location, ptr, alignedSlot).Res;
        }
        else
            return rewriter.NotifyMatchFailure(op, "unexpected operand type");
        rewriter.ReplaceOp(op, [PtrToIntOp.Create(rewriter, location, IndexType, aligned).Res]);
        return true;
    }
}
