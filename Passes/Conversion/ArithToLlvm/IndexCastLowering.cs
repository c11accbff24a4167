using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.ArithToLlvm;

/// <summary>
/// <c>arith.index_cast</c> / <c>arith.index_castui</c> once index is an integer: the value itself when both sides
/// have the same width, <c>llvm.trunc</c> to a narrower type, else <c>llvm.sext</c> (index_cast) or
/// <c>llvm.zext</c> (index_castui). Scalars and 1-D vectors.
/// </summary>
internal sealed class IndexCastLowering : ConversionPattern
{
    private readonly LlvmTypeConverter _converter;
    private readonly bool _unsigned;

    public IndexCastLowering(LlvmTypeConverter converter, string sourceName, bool isUnsigned)
        : base(sourceName, 1, converter.Context, converter.Converter)
    {
        _converter = converter;
        _unsigned = isUnsigned;
    }

    public override bool MatchAndRewrite(Operation op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var source = adaptor[0];
        if (_converter.ConvertType(op.GetResult(0).Type) is not { } resultType)
            return rewriter.NotifyMatchFailure(op, "result type has no conversion");
        if (resultType is LlvmArrayType || source.Type is LlvmArrayType)
            return rewriter.NotifyMatchFailure(op, "n-D vector types are not supported");
        int targetBits = ElementWidth(resultType), sourceBits = ElementWidth(source.Type);
        if (targetBits < 0 || sourceBits < 0)
            return rewriter.NotifyMatchFailure(op, "expected integer types");
        if (targetBits == sourceBits)
        {
            rewriter.ReplaceOp(op, [source]);
            return true;
        }
        // index_cast(x : iN to iM) -> trunc(x) when M < N, else sext/zext(x)
        Operation cast = targetBits < sourceBits
            ? TruncOp.Create(rewriter, op.Location, resultType, source)
            : _unsigned
                ? ZExtOp.Create(rewriter, op.Location, resultType, source)
                : SExtOp.Create(rewriter, op.Location, resultType, source);
        rewriter.ReplaceOp(op, cast);
        return true;
    }

    private static int ElementWidth(Type type)
    {
        if (type is VectorType vector)
            type = vector.ElementType;
        return type is IntegerType integer ? integer.Width : -1;
    }
}
