using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using MemRefGetGlobalOp = Dialectic.Dialects.MemRef.GetGlobalOp;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary>
/// <c>memref.get_global @g</c> -&gt; a descriptor whose aligned pointer is <c>gep (addressof @g)[0, 0, ...]</c> and
/// whose allocated pointer is the known-bad <c>0xdeadbeef</c> (a global is never deallocated), as MLIR's
/// <c>GetGlobalMemrefOpLowering</c>, which also computes the (unused) buffer size the way allocations do.
/// </summary>
internal sealed class GetGlobalOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<MemRefGetGlobalOp>(converter)
{
    public override bool MatchAndRewrite(MemRefGetGlobalOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var type = (Core.IR.Types.MemRefType)op.Result.Type;
        var location = op.Location;
        if (!IsConvertibleAndHasIdentityMaps(type) || !LlvmTypeConverter.TryGetMemRefAddressSpace(type, out uint addressSpace))
            return rewriter.NotifyMatchFailure(op, "incompatible memref type");
        var sizes = new List<Value>();
        var strides = new List<Value>();
        GetMemRefDescriptorSizes(rewriter, location, type, [], sizes, strides, out _);

        var ptr = LlvmTypeConverter.GetPointerType(addressSpace);
        var globalType = MemRefLlvmHelpers.GlobalType(LlvmTypeConverter, type);
        var address = AddressOfOp.Create(rewriter, location, ptr, op.GlobalName).Res;
        var zeros = new long[type.Rank + 1];
        var aligned = LlvmCommonBuilders.GepConstant(rewriter, location, ptr, globalType, address, zeros);
        var deadBeef = CreateIndexAttrConstant(rewriter, location, 0xdeadbeef);
        var allocated = IntToPtrOp.Create(rewriter, location, ptr, deadBeef).Res;
        var descriptor = MemRefLlvmHelpers.CreateMemRefDescriptor(rewriter, location, LlvmTypeConverter, type, allocated, aligned, sizes, strides);
        rewriter.ReplaceOp(op, [descriptor]);
        return true;
    }
}
