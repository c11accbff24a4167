using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Passes.Conversion.LlvmCommon;
using MemRefAssumeAlignmentOp = Dialectic.Dialects.MemRef.AssumeAlignmentOp;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary>
/// <c>memref.assume_alignment %m, A</c> -&gt; %m's descriptor. MLIR emits <c>llvm.intr.assume</c> with an
/// <c>"align"</c> operand bundle on the buffer pointer; our llvm dialect has no operand bundles yet, so the hint is
/// dropped (it only informs optimization).
/// </summary>
internal sealed class AssumeAlignmentOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<MemRefAssumeAlignmentOp>(converter)
{
    public override bool MatchAndRewrite(MemRefAssumeAlignmentOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        rewriter.ReplaceOp(op, [adaptor[0]]);
        return true;
    }
}
