using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using ArithConstantOp = Dialectic.Dialects.Arith.ConstantOp;

namespace Dialectic.Passes.Conversion.ArithToLlvm;

/// <summary>
/// <c>arith.constant V : T -> llvm.mlir.constant(V) : T'</c>: the value attribute is kept as it is (an index
/// constant stays <c>7 : index</c> on an i64 result, as upstream), discardable attributes go over.
/// </summary>
internal sealed class ConstantOpLowering(LlvmTypeConverter converter)
    : OpConversionPattern<ArithConstantOp>(converter.Converter, converter.Context)
{
    public override bool MatchAndRewrite(ArithConstantOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        if (converter.ConvertType(op.Result.Type) is not { } type)
            return rewriter.NotifyMatchFailure(op, $"result type '{op.Result.Type}' has no conversion");
        if (type is LlvmArrayType)
            return rewriter.NotifyMatchFailure(op, "n-D vector constants are not supported");
        var state = new Core.IR.OperationState(op.Location, ConstantOp.OperationName);
        state.ResultTypes.Add(type);
        foreach (var attr in op.Attributes.Entries)
            state.Attributes.Add(attr);
        state.Properties = DictionaryAttr.Get(op.Context, [new NamedAttribute("value", op.Value)]);
        rewriter.ReplaceOp(op, rewriter.Create(state));
        return true;
    }
}
