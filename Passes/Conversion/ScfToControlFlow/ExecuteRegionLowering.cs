using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.ControlFlow;
using Dialectic.Dialects.Scf;

namespace Dialectic.Passes.Conversion.ScfToControlFlow;

/// <summary>
/// <c>scf.execute_region</c> -&gt; <c>cf.br ^entry</c> into its inlined blocks; each <c>scf.yield</c> becomes a branch
/// to the rest of the original block, which gets one argument per result.
/// </summary>
internal sealed class ExecuteRegionLowering(Context context) : OpConversionPattern<ExecuteRegionOp>(context)
{
    public override bool MatchAndRewrite(ExecuteRegionOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var loc = op.Location;
        var condBlock = op.Block!;
        var remainingOpsBlock = rewriter.SplitBlock(condBlock, op);
        var region = op.Body;
        rewriter.SetInsertionPointToEnd(condBlock);
        BranchOp.Create(rewriter, loc, [], region.FirstBlock!);

        for (var block = region.FirstBlock; block != null; block = block.NextBlock)
        {
            if (block.Terminator is not YieldOp yield)
                continue;
            rewriter.SetInsertionPointToEnd(block);
            BranchOp.Create(rewriter, loc, WhileLowering.Operands(yield, 0), remainingOpsBlock);
            rewriter.EraseOp(yield);
        }
        rewriter.InlineRegionBefore(region, remainingOpsBlock);

        var results = new List<Value?>(op.NumResults);
        for (int i = 0; i < op.NumResults; i++)
            results.Add(remainingOpsBlock.AddArgument(op.GetResult(i).Type, loc));
        rewriter.ReplaceOp(op, results);
        return true;
    }
}
