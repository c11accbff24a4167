using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.FuncToLlvm;

/// <summary>
/// <c>func.call @f(%m, %x)</c> -&gt; <c>llvm.call @f(fields of %m..., %x)</c> (MLIR's <c>CallOpLowering</c>):
/// memref operands unpacked into their descriptor fields (the aligned pointer under the bare-pointer convention),
/// several results returned as a struct and extracted one by one; bare-pointer memref results are wrapped into
/// static descriptors; unranked results are copied to the caller's stack.
/// </summary>
internal sealed class CallOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<Dialects.Func.CallOp>(converter)
{
    public override bool MatchAndRewrite(Dialects.Func.CallOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        bool barePtr = LlvmTypeConverter.Options.UseBarePtrCallConv;
        var resultTypes = new Type[op.NumResults];
        for (int i = 0; i < resultTypes.Length; i++)
            resultTypes[i] = op.GetResult(i).Type;
        Type? packed = null;
        if (resultTypes.Length > 0 && (packed = LlvmTypeConverter.PackFunctionResults(resultTypes, barePtr)) == null)
            return rewriter.NotifyMatchFailure(op, "result types have no conversion");
        if (!CallOperands.Promote(rewriter, op.Location, LlvmTypeConverter, op, adaptor, barePtr, out var promoted, out string? why))
            return rewriter.NotifyMatchFailure(op, why!);

        var call = LlvmCommonBuilders.Call(rewriter, op.Location, op.Callee.RootReference, packed, promoted.ToArray());
        foreach (var attr in op.Attributes.Entries)
            call.SetAttr(attr.Name, attr.Value);
        var results = new Value[resultTypes.Length];
        if (results.Length == 1)
            results[0] = call.GetResult(0);
        else
            for (int i = 0; i < results.Length; i++)
                results[i] = ExtractValue(rewriter, op.Location, call.GetResult(0), i);
        if (barePtr)
        {
            for (int i = 0; i < results.Length; i++)
                if (resultTypes[i] is MemRefType memref)
                    results[i] = MemRefDescriptor.FromStaticShape(rewriter, op.Location, LlvmTypeConverter, memref, results[i], results[i]).Value;
        }
        else if (!UnrankedDescriptorCopies.Copy(rewriter, op, op.Location, LlvmTypeConverter, resultTypes, results, toDynamic: false))
            return false;
        rewriter.ReplaceOp(op, results);
        return true;
    }

    private static Value ExtractValue(OpBuilder builder, LocationAttr location, Value aggregate, int index)
    {
        var type = ((LlvmStructType)aggregate.Type).Body[index];
        return ExtractValueOp.Create(builder, location, type, aggregate,
            Core.IR.Attributes.DenseArrayAttr.Get(builder.Context.I(64), [index])).Res;
    }
}
