using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using MemRefDimOp = Dialectic.Dialects.MemRef.DimOp;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary>
/// <c>memref.dim %m, %i</c> (MLIR's <c>DimOpLowering</c>): a constant for a static dimension at a constant index,
/// the descriptor's size field for a dynamic one, a load from a stack copy of the sizes for a variable index, and
/// for an unranked memref a load at <c>offset field + 1 + %i</c> through the ranked descriptor pointer.
/// </summary>
internal sealed class DimOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<MemRefDimOp>(converter)
{
    public override bool MatchAndRewrite(MemRefDimOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var location = op.Location;
        Value result;
        switch (op.Source.Type)
        {
            case MemRefType memref:
            {
                if (op.ConstantIndex is { } i && i >= 0 && i < memref.Rank)
                    result = memref.Shape[(int)i] == ShapedType.Dynamic
                        ? new MemRefDescriptor(adaptor[0]).Size(rewriter, location, (int)i)
                        : CreateIndexAttrConstant(rewriter, location, memref.Shape[(int)i]);
                else
                    result = new MemRefDescriptor(adaptor[0]).Size(rewriter, location, adaptor[1], memref.Rank);
                break;
            }
            case UnrankedMemRefType unranked:
            {
                if (!LlvmTypeConverter.TryGetMemRefAddressSpace(unranked, out uint addressSpace))
                    return rewriter.NotifyMatchFailure(op, "memory space has no address space");
                var scalarType = LlvmTypeConverter.ConvertType(MemRefType.Get([], unranked.ElementType))!;
                var ptr = LlvmTypeConverter.GetPointerType(addressSpace);
                var ranked = new UnrankedMemRefDescriptor(adaptor[0]).MemRefDescPtr(rewriter, location);
                var offsetPtr = LlvmCommonBuilders.GepConstant(rewriter, location, ptr, scalarType, ranked, [0, 2]);
                var one = CreateIndexAttrConstant(rewriter, location, 1);
                var plusOne = AddOp.Create(rewriter, location, one, adaptor[1]).Res;
                var sizePtr = LlvmCommonBuilders.Gep(rewriter, location, ptr, IndexType, offsetPtr, [plusOne]);
                result = LoadOp.Create(rewriter, location, IndexType, sizePtr).Res;
                break;
            }
            default:
                return rewriter.NotifyMatchFailure(op, "unexpected operand type");
        }
        rewriter.ReplaceOp(op, [result]);
        return true;
    }
}
