using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Passes.Conversion.LlvmCommon;
using LlvmStoreOp = Dialectic.Dialects.Llvm.StoreOp;
using MemRefStoreOp = Dialectic.Dialects.MemRef.StoreOp;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary><c>memref.store %v, %m[%i]</c> -&gt; <c>llvm.store %v, (gep inbounds|nuw %aligned[...])</c> (MLIR's
/// <c>StoreOpLowering</c>).</summary>
internal sealed class StoreOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<MemRefStoreOp>(converter)
{
    public override bool MatchAndRewrite(MemRefStoreOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var type = (Core.IR.Types.MemRefType)op.Memref.Type;
        if (!Dialects.MemRef.MemRefLayouts.IsStrided(type) || LlvmTypeConverter.ConvertType(type.ElementType) is null)
            return rewriter.NotifyMatchFailure(op, "incompatible memref type");
        var indices = new List<Value>(op.Indices.Length);
        for (int i = 0; i < op.Indices.Length; i++)
            indices.Add(adaptor[2 + i]);
        var ptr = GetStridedElementPtr(rewriter, op.Location, type, adaptor[1], indices,
            LlvmCommonBuilders.GepInbounds | LlvmCommonBuilders.GepNuw);
        var store = LlvmStoreOp.Create(rewriter, op.Location, adaptor[0], ptr,
            alignment: MemRefLlvmHelpers.Alignment(rewriter, op.Alignment),
            nontemporal: op.IsNontemporal ? UnitAttr.Get(rewriter.Context) : null);
        rewriter.ReplaceOp(op, store);
        return true;
    }
}
