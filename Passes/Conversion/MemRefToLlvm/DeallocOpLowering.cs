using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using MemRefDeallocOp = Dialectic.Dialects.MemRef.DeallocOp;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary><c>memref.dealloc %m</c> -&gt; <c>llvm.call @free(allocated pointer of %m)</c> (MLIR's
/// <c>DeallocOpLowering</c>).</summary>
internal sealed class DeallocOpLowering(LlvmTypeConverter converter, bool useGenericFunctions) : ConvertOpToLlvmPattern<MemRefDeallocOp>(converter)
{
    public override bool MatchAndRewrite(MemRefDeallocOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        if (op.Memref.Type is not Core.IR.Types.MemRefType)
            return rewriter.NotifyMatchFailure(op, "unranked memrefs are not supported");
        var ptr = LlvmTypeConverter.GetPointerType();
        string name = useGenericFunctions ? "_mlir_memref_to_llvm_free" : "free";
        if (LlvmFunctionDeclarations.LookupOrCreate(rewriter, op, name, [ptr], LlvmPrimitiveType.GetVoid(rewriter.Context)) == null)
            return false;
        var allocated = new MemRefDescriptor(adaptor[0]).AllocatedPtr(rewriter, op.Location);
        var call = LlvmCommonBuilders.Call(rewriter, op.Location, name, null, [allocated]);
        rewriter.ReplaceOp(op, call);
        return true;
    }
}
