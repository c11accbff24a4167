using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using MemRefCopyOp = Dialectic.Dialects.MemRef.CopyOp;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary>
/// <c>memref.copy %src, %dst</c> (MLIR's <c>MemRefCopyOpLowering</c>): between contiguous memrefs one
/// <c>llvm.intr.memcpy</c> of (product of sizes) x (element size) bytes from each aligned pointer plus offset;
/// otherwise a call to the runtime's <c>memrefCopy(elementSize, ptr to unranked src, ptr to unranked dst)</c>, the
/// descriptors placed on the stack between <c>llvm.intr.stacksave</c> and <c>llvm.intr.stackrestore</c> (left out
/// while the llvm dialect lacks those intrinsics).
/// </summary>
internal sealed class CopyOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<MemRefCopyOp>(converter)
{
    public override bool MatchAndRewrite(MemRefCopyOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var sourceType = op.Source.Type;
        var targetType = op.Target.Type;
        if (MemRefLlvmHelpers.IsContiguous(sourceType) && MemRefLlvmHelpers.IsContiguous(targetType))
            return LowerToMemcpy(op, adaptor, rewriter, (MemRefType)sourceType);
        return LowerToCall(op, adaptor, rewriter);
    }

    private bool LowerToMemcpy(MemRefCopyOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter, MemRefType sourceType)
    {
        var location = op.Location;
        var source = new MemRefDescriptor(adaptor[0]);
        Value count = CreateIndexAttrConstant(rewriter, location, 1);
        for (int i = 0; i < sourceType.Rank; i++)
            count = MulOp.Create(rewriter, location, count, source.Size(rewriter, location, i)).Res;
        var elementSize = GetSizeInBytes(rewriter, location, sourceType.ElementType);
        var total = MulOp.Create(rewriter, location, count, elementSize).Res;
        var elementType = LlvmTypeConverter.ConvertType(sourceType.ElementType)!;
        var sourcePtr = OffsetPtr(rewriter, location, source, elementType);
        var targetPtr = OffsetPtr(rewriter, location, new MemRefDescriptor(adaptor[1]), elementType);
        MemcpyOp.Create(rewriter, location, targetPtr, sourcePtr, total, IntegerAttr.Get(rewriter.Context.I(1), 0));
        rewriter.EraseOp(op);
        return true;
    }

    private static Value OffsetPtr(OpBuilder builder, LocationAttr location, MemRefDescriptor descriptor, Type elementType)
    {
        var basePtr = descriptor.AlignedPtr(builder, location);
        var offset = descriptor.Offset(builder, location);
        return LlvmCommonBuilders.Gep(builder, location, basePtr.Type, elementType, basePtr, [offset]);
    }

    private bool LowerToCall(MemRefCopyOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var location = op.Location;
        var ptr = LlvmTypeConverter.GetPointerType();
        if (LlvmFunctionDeclarations.LookupOrCreate(rewriter, op, "memrefCopy", [IndexType, ptr, ptr],
                LlvmPrimitiveType.GetVoid(rewriter.Context)) == null)
            return false;
        // The stack slots are released right after the call, as upstream does, where the llvm dialect has the
        // intrinsics; without them the slots live until the function returns.
        bool saveStack = rewriter.Context.GetOperationName("llvm.intr.stacksave").Info != null
            && rewriter.Context.GetOperationName("llvm.intr.stackrestore").Info != null;
        var stack = saveStack ? CreateIntrinsic(rewriter, location, "llvm.intr.stacksave", [], ptr) : null;
        var source = MakeUnranked(rewriter, location, op.Source.Type, adaptor[0]);
        var target = MakeUnranked(rewriter, location, op.Target.Type, adaptor[1]);
        var one = CreateIndexAttrConstant(rewriter, location, 1);
        var sourceSlot = LlvmCommonBuilders.Alloca(rewriter, location, ptr, source.Type, one);
        StoreOp.Create(rewriter, location, source, sourceSlot);
        var targetSlot = LlvmCommonBuilders.Alloca(rewriter, location, ptr, target.Type, one);
        StoreOp.Create(rewriter, location, target, targetSlot);
        var elementSize = GetSizeInBytes(rewriter, location, ((ShapedType)op.Source.Type).ElementType);
        LlvmCommonBuilders.Call(rewriter, location, "memrefCopy", null, [elementSize, sourceSlot, targetSlot]);
        if (stack != null)
            CreateIntrinsic(rewriter, location, "llvm.intr.stackrestore", [stack], null);
        rewriter.EraseOp(op);
        return true;
    }

    // A ranked descriptor becomes (rank : i64 constant, stack slot holding it); an unranked one is used as it is.
    private Value MakeUnranked(OpBuilder builder, LocationAttr location, Type type, Value descriptor)
    {
        if (type is not MemRefType ranked)
            return descriptor;
        var rank = LlvmCommonBuilders.IntConstant(builder, location, IndexType, ranked.Rank);
        var slot = CastOpLowering.PromoteOneMemRefDescriptor(builder, location, LlvmTypeConverter, descriptor);
        var unrankedType = LlvmTypeConverter.ConvertType(UnrankedMemRefType.Get(ranked.ElementType, ranked.MemorySpace))!;
        var unranked = UnrankedMemRefDescriptor.Poison(builder, location, unrankedType);
        unranked.SetRank(builder, location, rank);
        unranked.SetMemRefDescPtr(builder, location, slot);
        return unranked.Value;
    }

    // Built by name: the llvm dialect has no typed class for these intrinsics yet.
    private static Value? CreateIntrinsic(OpBuilder builder, LocationAttr location, string name, Value[] operands, Type? result)
    {
        var state = new OperationState(location, name);
        state.Operands.AddRange(operands);
        if (result != null)
            state.ResultTypes.Add(result);
        var op = builder.Create(state);
        return op.NumResults > 0 ? op.GetResult(0) : null;
    }
}
