using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.ControlFlow;
using Dialectic.Dialects.Scf;

namespace Dialectic.Passes.Conversion.ScfToControlFlow;

/// <summary>
/// <c>scf.if</c> -&gt; <c>cf.cond_br %c, ^then, ^else</c> (<c>^continue</c> without else region); each region's
/// <c>scf.yield</c> becomes a branch to <c>^continue</c>, whose arguments are the results. With results, the
/// continue block is a new block that branches on to the rest of the original block (as MLIR does).
/// </summary>
internal sealed class IfLowering(Context context) : OpConversionPattern<IfOp>(context)
{
    public override bool MatchAndRewrite(IfOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var loc = op.Location;
        var condition = adaptor[0];
        var condBlock = op.Block!;
        var remainingOpsBlock = rewriter.SplitBlock(condBlock, op);
        Block continueBlock;
        if (op.NumResults == 0)
        {
            continueBlock = remainingOpsBlock;
        }
        else
        {
            var types = new Type[op.NumResults];
            var locs = new LocationAttr[op.NumResults];
            for (int i = 0; i < types.Length; i++)
            {
                types[i] = op.GetResult(i).Type;
                locs[i] = loc;
            }
            continueBlock = rewriter.CreateBlock(remainingOpsBlock.Parent!, remainingOpsBlock, types, locs);
            BranchOp.Create(rewriter, loc, [], remainingOpsBlock);
        }

        var thenBlock = op.ThenRegion.FirstBlock!;
        BranchToContinue(rewriter, op.ThenRegion, continueBlock, loc);
        rewriter.InlineRegionBefore(op.ThenRegion, continueBlock);

        var elseBlock = continueBlock;
        if (!op.ElseRegion.IsEmpty)
        {
            elseBlock = op.ElseRegion.FirstBlock!;
            BranchToContinue(rewriter, op.ElseRegion, continueBlock, loc);
            rewriter.InlineRegionBefore(op.ElseRegion, continueBlock);
        }

        rewriter.SetInsertionPointToEnd(condBlock);
        CondBranchOp.Create(rewriter, loc, condition, [], [], thenBlock, elseBlock);

        var results = new List<Value?>(continueBlock.NumArguments);
        foreach (var arg in continueBlock.Arguments)
            results.Add(arg);
        rewriter.ReplaceOp(op, results);
        return true;
    }

    /// <summary>Replaces the terminator of <paramref name="region"/>'s last block by a branch to
    /// <paramref name="continueBlock"/> forwarding its operands.</summary>
    private static void BranchToContinue(ConversionPatternRewriter rewriter, Region region, Block continueBlock,
        LocationAttr loc)
    {
        var last = region.LastBlock!;
        var terminator = last.Terminator!;
        var operands = new Value[terminator.NumOperands];
        for (int i = 0; i < operands.Length; i++)
            operands[i] = terminator.GetOperand(i);
        rewriter.SetInsertionPointToEnd(last);
        BranchOp.Create(rewriter, loc, operands, continueBlock);
        rewriter.EraseOp(terminator);
    }
}
