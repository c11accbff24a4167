using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Passes.Conversion.LlvmCommon;
using MemRefRankOp = Dialectic.Dialects.MemRef.RankOp;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary><c>memref.rank %m</c> -&gt; the rank field of an unranked descriptor, a constant for a ranked memref
/// (MLIR's <c>RankOpLowering</c>).</summary>
internal sealed class RankOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<MemRefRankOp>(converter)
{
    public override bool MatchAndRewrite(MemRefRankOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var rank = op.Memref.Type is UnrankedMemRefType
            ? new UnrankedMemRefDescriptor(adaptor[0]).Rank(rewriter, op.Location)
            : CreateIndexAttrConstant(rewriter, op.Location, ((ShapedType)op.Memref.Type).Rank);
        rewriter.ReplaceOp(op, [rank]);
        return true;
    }
}
