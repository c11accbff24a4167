using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Passes.Conversion.LlvmCommon;
using MemRefAllocaOp = Dialectic.Dialects.MemRef.AllocaOp;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary><c>memref.alloca(%n)</c> -&gt; <c>llvm.alloca %count x T</c> and a descriptor with both pointers on it
/// (MLIR's <c>AllocaOpLowering</c>). Identity layouts only.</summary>
internal sealed class AllocaOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<MemRefAllocaOp>(converter)
{
    public override bool MatchAndRewrite(MemRefAllocaOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var type = op.Type;
        var location = op.Location;
        if (!IsConvertibleAndHasIdentityMaps(type) || !LlvmTypeConverter.TryGetMemRefAddressSpace(type, out uint addressSpace))
            return rewriter.NotifyMatchFailure(op, "incompatible memref type");
        var dynamicSizes = new List<Value>(op.DynamicSizes.Length);
        for (int i = 0; i < op.DynamicSizes.Length; i++)
            dynamicSizes.Add(adaptor[i]);
        var sizes = new List<Value>();
        var strides = new List<Value>();
        GetMemRefDescriptorSizes(rewriter, location, type, dynamicSizes, sizes, strides, out var count, sizeInBytes: false);
        var elementType = LlvmTypeConverter.ConvertType(type.ElementType)!;
        long alignment = op.Alignment is { } a ? (long)a.Value : 0;
        var allocated = LlvmCommonBuilders.Alloca(rewriter, location, LlvmTypeConverter.GetPointerType(addressSpace), elementType, count, alignment);
        var descriptor = MemRefLlvmHelpers.CreateMemRefDescriptor(rewriter, location, LlvmTypeConverter, type, allocated, allocated, sizes, strides);
        rewriter.ReplaceOp(op, [descriptor]);
        return true;
    }
}
