using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.FuncToLlvm;

/// <summary>
/// <c>func.return %a, %b</c> -&gt; <c>llvm.return %packed</c> (MLIR's <c>ReturnOpLowering</c>): no or one value
/// returned as it is, several inserted into a poison struct of the packed result type; under the bare-pointer
/// convention a memref returns its allocated pointer; an unranked memref's descriptor is copied to the heap.
/// </summary>
internal sealed class ReturnOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<Dialects.Func.ReturnOp>(converter)
{
    public override bool MatchAndRewrite(Dialects.Func.ReturnOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var location = op.Location;
        bool barePtr = op.ParentOp is { } func && FuncOpLowering.UsesBarePtrCallConv(func, LlvmTypeConverter);
        int count = op.NumOperands;
        var types = new Type[count];
        for (int i = 0; i < count; i++)
        {
            types[i] = op.GetOperand(i).Type;
            if (barePtr && types[i] is UnrankedMemRefType)
                return rewriter.NotifyMatchFailure(op, "unranked memrefs are not supported with the bare-pointer calling convention");
            if (barePtr && types[i] is MemRefType memref && !LlvmTypeConverter.CanConvertToBarePtr(memref))
                return rewriter.NotifyMatchFailure(op, "memref cannot be returned as a bare pointer");
        }
        Type? packedType = count > 1 ? LlvmTypeConverter.PackFunctionResults(types, barePtr) : null;
        if (count > 1 && packedType == null)
            return rewriter.NotifyMatchFailure(op, "could not pack the result types");

        var values = new Value[count];
        for (int i = 0; i < count; i++)
            values[i] = barePtr && types[i] is MemRefType
                ? new MemRefDescriptor(adaptor[i]).AllocatedPtr(rewriter, location)
                : adaptor[i];
        if (!barePtr && !UnrankedDescriptorCopies.Copy(rewriter, op, location, LlvmTypeConverter, types, values, toDynamic: true))
            return false;
        Value? returned = count == 1 ? values[0] : null;
        if (count > 1)
        {
            var packed = PoisonOp.Create(rewriter, location, packedType!).Res;
            for (int i = 0; i < count; i++)
                packed = InsertValueOp.Create(rewriter, location, packedType!, packed, values[i],
                    DenseArrayAttr.Get(rewriter.Context.I(64), [i])).Res;
            returned = packed;
        }
        var ret = ReturnOp.Create(rewriter, location, returned);
        foreach (var attr in op.Attributes.Entries)
            ret.SetAttr(attr.Name, attr.Value);
        rewriter.ReplaceOp(op, ret);
        return true;
    }
}
