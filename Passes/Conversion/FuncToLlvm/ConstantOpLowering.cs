using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.FuncToLlvm;

/// <summary><c>func.constant @f</c> -&gt; <c>llvm.mlir.addressof @f : !llvm.ptr</c> (MLIR's
/// <c>ConstantOpLowering</c>).</summary>
internal sealed class ConstantOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<Dialects.Func.ConstantOp>(converter)
{
    public override bool MatchAndRewrite(Dialects.Func.ConstantOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        if (LlvmTypeConverter.ConvertType(op.Result.Type) is not LlvmPointerType ptr)
            return rewriter.NotifyMatchFailure(op, "failed to convert result type");
        rewriter.ReplaceOp(op, AddressOfOp.Create(rewriter, op.Location, ptr, op.Value));
        return true;
    }
}
