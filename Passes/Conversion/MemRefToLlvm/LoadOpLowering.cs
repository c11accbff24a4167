using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Passes.Conversion.LlvmCommon;
using LlvmLoadOp = Dialectic.Dialects.Llvm.LoadOp;
using MemRefLoadOp = Dialectic.Dialects.MemRef.LoadOp;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary><c>memref.load %m[%i, %j]</c> -&gt; <c>llvm.load (gep inbounds|nuw %aligned[%i * s0 + %j * s1])</c> (MLIR's
/// <c>LoadOpLowering</c>; in-bounds indices make the index arithmetic nsw/nuw).</summary>
internal sealed class LoadOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<MemRefLoadOp>(converter)
{
    public override bool MatchAndRewrite(MemRefLoadOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var type = (Core.IR.Types.MemRefType)op.Memref.Type;
        if (!Dialects.MemRef.MemRefLayouts.IsStrided(type) || LlvmTypeConverter.ConvertType(type.ElementType) is not { } elementType)
            return rewriter.NotifyMatchFailure(op, "incompatible memref type");
        var indices = new List<Value>(op.Indices.Length);
        for (int i = 0; i < op.Indices.Length; i++)
            indices.Add(adaptor[1 + i]);
        var ptr = GetStridedElementPtr(rewriter, op.Location, type, adaptor[0], indices,
            LlvmCommonBuilders.GepInbounds | LlvmCommonBuilders.GepNuw);
        var load = LlvmLoadOp.Create(rewriter, op.Location, elementType, ptr,
            alignment: MemRefLlvmHelpers.Alignment(rewriter, op.Alignment),
            nontemporal: op.IsNontemporal ? UnitAttr.Get(rewriter.Context) : null);
        rewriter.ReplaceOp(op, load);
        return true;
    }
}
