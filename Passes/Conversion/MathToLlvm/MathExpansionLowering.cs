using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.ArithToLlvm;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.MathToLlvm;

/// <summary>
/// The math ops LLVM has no intrinsic for, written with the ones it has (fast-math flags on every op), on
/// floats and 1-D vectors of floats:
/// <code>
/// // math.rsqrt(x) -> fdiv(1.0, intr.sqrt(x))
/// // math.expm1(x) -> fsub(intr.exp(x), 1.0)
/// // math.log1p(x) -> intr.log(fadd(1.0, x))
/// </code>
/// </summary>
internal sealed class MathExpansionLowering : ConversionPattern
{
    public enum Kind { Rsqrt, ExpM1, Log1p }

    private readonly LlvmTypeConverter _converter;
    private readonly Kind _kind;

    public MathExpansionLowering(LlvmTypeConverter converter, string sourceName, Kind kind)
        : base(sourceName, 1, converter.Context, converter.Converter)
    {
        _converter = converter;
        _kind = kind;
    }

    public override bool MatchAndRewrite(Operation op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var operand = adaptor[0];
        var type = operand.Type;
        bool isFloat = type is FloatType f && LlvmTypeConverter.IsLlvmFloat(f)
            || type is VectorType { Rank: 1, ElementType: FloatType e } && LlvmTypeConverter.IsLlvmFloat(e);
        if (!isFloat || !ReferenceEquals(_converter.ConvertType(op.GetResult(0).Type), type))
            return rewriter.NotifyMatchFailure(op, "expected a float or a 1-D vector of floats");
        var fastmath = LlvmAttrConversion.GetFastmath(op);
        var b = new LlvmOpBuilder(rewriter, op.Location);
        var one = b.FloatConstant(type, 1.0);
        Value result = _kind switch
        {
            Kind.Rsqrt => b.Binary(FDivOp.OperationName, one, b.Unary(SqrtOp.OperationName, operand, fastmath), fastmath),
            Kind.ExpM1 => b.Binary(FSubOp.OperationName, b.Unary(ExpOp.OperationName, operand, fastmath), one, fastmath),
            _ => b.Unary(LogOp.OperationName, b.Binary(FAddOp.OperationName, one, operand, fastmath), fastmath),
        };
        rewriter.ReplaceOp(op, [result]);
        return true;
    }
}
