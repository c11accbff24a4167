using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.FuncToLlvm;

/// <summary>
/// <c>func.call_indirect %f(%args)</c> -&gt; <c>llvm.call %f(args) : !llvm.ptr, (...) -&gt; ...</c> with the operands
/// promoted and results packed as for direct calls (MLIR's <c>CallIndirectOpLowering</c>).
/// </summary>
internal sealed class CallIndirectOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<Dialects.Func.CallIndirectOp>(converter)
{
    public override bool MatchAndRewrite(Dialects.Func.CallIndirectOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        bool barePtr = LlvmTypeConverter.Options.UseBarePtrCallConv;
        var resultTypes = new Type[op.NumResults];
        for (int i = 0; i < resultTypes.Length; i++)
            resultTypes[i] = op.GetResult(i).Type;
        foreach (var type in resultTypes)
            if (type is UnrankedMemRefType)
                return rewriter.NotifyMatchFailure(op, "unranked memref results of indirect calls are not supported");
        Type? packed = null;
        if (resultTypes.Length > 0 && (packed = LlvmTypeConverter.PackFunctionResults(resultTypes, barePtr)) == null)
            return rewriter.NotifyMatchFailure(op, "result types have no conversion");
        // Operand 0 is the callee; the others are promoted like direct call operands.
        var operandCount = op.NumOperands - 1;
        var promoted = new System.Collections.Generic.List<Value> { adaptor[0] };
        for (int i = 0; i < operandCount; i++)
        {
            var value = adaptor[1 + i];
            switch (op.GetOperand(1 + i).Type)
            {
                case MemRefType when barePtr:
                    promoted.Add(new MemRefDescriptor(value).AlignedPtr(rewriter, op.Location));
                    break;
                case MemRefType:
                    new MemRefDescriptor(value).Unpack(rewriter, op.Location, promoted);
                    break;
                case UnrankedMemRefType:
                    new UnrankedMemRefDescriptor(value).Unpack(rewriter, op.Location, promoted);
                    break;
                default:
                    promoted.Add(value);
                    break;
            }
        }
        var call = CallOp.Create(rewriter, op.Location, packed, promoted.ToArray(), System.ReadOnlySpan<Value>.Empty);
        var results = new Value[resultTypes.Length];
        if (results.Length == 1)
            results[0] = call.GetResult(0);
        else
            for (int i = 0; i < results.Length; i++)
                results[i] = ExtractValueOp.Create(rewriter, op.Location, ((LlvmStructType)packed!).Body[i], call.GetResult(0),
                    DenseArrayAttr.Get(rewriter.Context.I(64), [i])).Res;
        rewriter.ReplaceOp(op, results);
        return true;
    }
}
