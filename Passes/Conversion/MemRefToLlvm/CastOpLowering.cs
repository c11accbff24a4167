using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using MemRefCastOp = Dialectic.Dialects.MemRef.CastOp;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary>
/// <c>memref.cast</c> (MLIR's <c>MemRefCastOpLowering</c>): ranked to ranked keeps the descriptor; ranked to
/// unranked stores the descriptor to a stack slot and builds <c>(rank, slot)</c>; unranked to ranked loads the
/// ranked descriptor through the pointer. Unranked to unranked is not lowered.
/// </summary>
internal sealed class CastOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<MemRefCastOp>(converter)
{
    public override bool MatchAndRewrite(MemRefCastOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var source = op.Source.Type;
        var dest = op.Dest.Type;
        var location = op.Location;
        if (LlvmTypeConverter.ConvertType(dest) is not { } targetType)
            return rewriter.NotifyMatchFailure(op, "result type has no conversion");
        if (source is MemRefType && dest is MemRefType)
        {
            if (!ReferenceEquals(LlvmTypeConverter.ConvertType(source), targetType))
                return rewriter.NotifyMatchFailure(op, "descriptors differ");
            rewriter.ReplaceOp(op, [adaptor[0]]);
            return true;
        }
        if (source is UnrankedMemRefType && dest is UnrankedMemRefType)
            return rewriter.NotifyMatchFailure(op, "unranked to unranked cast");
        Value result;
        if (source is MemRefType ranked)
        {
            var slot = PromoteOneMemRefDescriptor(rewriter, location, adaptor[0]);
            var rank = CreateIndexAttrConstant(rewriter, location, ranked.Rank);
            var descriptor = UnrankedMemRefDescriptor.Poison(rewriter, location, targetType);
            descriptor.SetRank(rewriter, location, rank);
            descriptor.SetMemRefDescPtr(rewriter, location, slot);
            result = descriptor.Value;
        }
        else
        {
            var ptr = new UnrankedMemRefDescriptor(adaptor[0]).MemRefDescPtr(rewriter, location);
            result = LoadOp.Create(rewriter, location, targetType, ptr).Res;
        }
        rewriter.ReplaceOp(op, [result]);
        return true;
    }

    /// <summary>A stack slot holding <paramref name="descriptor"/> (MLIR's <c>promoteOneMemRefDescriptor</c>).</summary>
    public static Value PromoteOneMemRefDescriptor(OpBuilder builder, LocationAttr location, LlvmTypeConverter converter, Value descriptor)
    {
        var one = LlvmCommonBuilders.IndexConstant(builder, location, converter.IndexType, 1);
        var slot = LlvmCommonBuilders.Alloca(builder, location, converter.GetPointerType(), descriptor.Type, one);
        StoreOp.Create(builder, location, descriptor, slot);
        return slot;
    }

    private Value PromoteOneMemRefDescriptor(OpBuilder builder, LocationAttr location, Value descriptor) =>
        PromoteOneMemRefDescriptor(builder, location, LlvmTypeConverter, descriptor);
}
