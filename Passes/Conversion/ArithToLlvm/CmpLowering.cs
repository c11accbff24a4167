using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.ArithToLlvm;

/// <summary>
/// <c>arith.cmpi P, a, b -> llvm.icmp "P" a', b'</c> and <c>arith.cmpf P, a, b -> llvm.fcmp "P" a', b'</c> (with
/// the fast-math flags): the predicate enums of both dialects number their cases alike, so the value goes over
/// unchanged. Discardable attributes are dropped, as upstream. Scalars and 1-D vectors.
/// </summary>
internal sealed class CmpLowering : ConversionPattern
{
    private readonly LlvmTypeConverter _converter;
    private readonly bool _float;

    public CmpLowering(LlvmTypeConverter converter, string sourceName, bool isFloat)
        : base(sourceName, 1, converter.Context, converter.Converter, [isFloat ? FCmpOp.OperationName : ICmpOp.OperationName])
    {
        _converter = converter;
        _float = isFloat;
    }

    public override bool MatchAndRewrite(Operation op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        if (adaptor[0].Type is LlvmArrayType)
            return rewriter.NotifyMatchFailure(op, "n-D vector types are not supported");
        if (_converter.ConvertType(op.GetResult(0).Type) is not { } resultType)
            return rewriter.NotifyMatchFailure(op, "result type has no conversion");
        if (op.GetInherentAttr("predicate") is not IntegerAttr predicate)
            return rewriter.NotifyMatchFailure(op, "expected a predicate");
        var context = op.Context;
        var state = new OperationState(op.Location, _float ? FCmpOp.OperationName : ICmpOp.OperationName);
        state.Operands.Add(adaptor[0]);
        state.Operands.Add(adaptor[1]);
        state.ResultTypes.Add(resultType);
        var properties = new List<NamedAttribute>(2)
        {
            new("predicate", IntegerAttr.Get(context.I(64), predicate.SignedValue)),
        };
        if (_float)
            LlvmAttrConversion.AddFastmath(properties, context, LlvmAttrConversion.GetFastmath(op));
        LlvmAttrConversion.SetProperties(state, context, properties);
        rewriter.ReplaceOp(op, rewriter.Create(state));
        return true;
    }
}
