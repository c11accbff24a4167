using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Arith;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.ArithToLlvm;

/// <summary><c>arith.bitcast x : A to B -> x'</c> when A and B convert to the same type (tried before the
/// <c>llvm.bitcast</c> lowering).</summary>
internal sealed class IdentityBitcastLowering(LlvmTypeConverter converter)
    : OpConversionPattern<BitcastOp>(converter.Converter, converter.Context, 10)
{
    public override bool MatchAndRewrite(BitcastOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var source = adaptor[0];
        if (!ReferenceEquals(source.Type, converter.ConvertType(op.Out.Type)))
            return rewriter.NotifyMatchFailure(op, "types are different");
        rewriter.ReplaceOp(op, [source]);
        return true;
    }
}
