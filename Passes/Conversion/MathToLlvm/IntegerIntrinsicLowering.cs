using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.MathToLlvm;

/// <summary>
/// <c>math.absi</c>, <c>math.ctlz</c>, <c>math.cttz</c> to the LLVM intrinsic with its poison flag off
/// (<c>is_int_min_poison</c> / <c>is_zero_poison</c> = false: every input has a defined result, as math
/// promises). Integers and 1-D vectors of integers.
/// </summary>
internal sealed class IntegerIntrinsicLowering : ConversionPattern
{
    private readonly LlvmTypeConverter _converter;
    private readonly string _targetName;
    private readonly string _flagName;

    public IntegerIntrinsicLowering(LlvmTypeConverter converter, string sourceName, string targetName, string flagName)
        : base(sourceName, 1, converter.Context, converter.Converter, [targetName])
    {
        _converter = converter;
        _targetName = targetName;
        _flagName = flagName;
    }

    public override bool MatchAndRewrite(Operation op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var operand = adaptor[0];
        if (!LlvmTypeConverter.IsLlvmCompatibleType(operand.Type)
            || !ReferenceEquals(_converter.ConvertType(op.GetResult(0).Type), operand.Type))
            return rewriter.NotifyMatchFailure(op, "expected an integer or a 1-D vector of integers");
        var context = op.Context;
        var state = new OperationState(op.Location, _targetName);
        state.Operands.Add(operand);
        state.ResultTypes.Add(operand.Type);
        state.Properties = DictionaryAttr.Get(context, [new NamedAttribute(_flagName, IntegerAttr.GetBool(context, false))]);
        rewriter.ReplaceOp(op, rewriter.Create(state));
        return true;
    }
}
