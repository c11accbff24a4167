using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Arith;
using Dialectic.Dialects.ControlFlow;
using Dialectic.Dialects.Scf;

namespace Dialectic.Passes.Conversion.ScfToControlFlow;

/// <summary>
/// <c>scf.index_switch %i</c> -&gt; <c>%c = arith.index_cast %i : index to i32; cf.switch %c : i32, [default: ^d,
/// v: ^case...]</c> over the inlined case regions (in order, then the default), each yielding by a branch to the
/// continuation, whose arguments are the results.
/// </summary>
internal sealed class IndexSwitchLowering(Context context) : OpConversionPattern<IndexSwitchOp>(context)
{
    public override bool MatchAndRewrite(IndexSwitchOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var caseRegions = op.CaseRegions;
        foreach (var region in caseRegions)
            if (region.FirstBlock?.Terminator is not YieldOp)
                return rewriter.NotifyMatchFailure(op, "expected case regions ending in scf.yield");
        if (op.DefaultRegion.FirstBlock?.Terminator is not YieldOp)
            return rewriter.NotifyMatchFailure(op, "expected a default region ending in scf.yield");

        var loc = op.Location;
        var arg = adaptor[0];
        var condBlock = op.Block!;
        var continueBlock = rewriter.SplitBlock(condBlock, op);
        var results = new List<Value?>(op.NumResults);
        for (int i = 0; i < op.NumResults; i++)
            results.Add(continueBlock.AddArgument(op.GetResult(i).Type, loc));

        var cases = op.Cases.Raw;
        var caseValues = new long[caseRegions.Count];
        var caseBlocks = new Block[caseRegions.Count];
        for (int i = 0; i < caseRegions.Count; i++)
        {
            caseBlocks[i] = ConvertRegion(rewriter, caseRegions[i], continueBlock);
            caseValues[i] = cases[i];
        }
        var defaultBlock = ConvertRegion(rewriter, op.DefaultRegion, continueBlock);

        rewriter.SetInsertionPointToEnd(condBlock);
        var i32 = Context.I(32);
        var flag = IndexCastOp.Create(rewriter, loc, i32, arg).Out;
        var values = SwitchCaseValues.Get(i32, caseValues);
        var segments = DenseArrayAttr.Get(i32, new long[caseBlocks.Length]);
        SwitchOp.Create(rewriter, loc, flag, [], [], defaultBlock, caseBlocks, segments, values);
        rewriter.ReplaceOp(op, results);
        return true;
    }

    /// <summary>Turns the region's <c>scf.yield</c> into a branch to <paramref name="continueBlock"/>, inlines the
    /// region before it and returns its entry block.</summary>
    private static Block ConvertRegion(ConversionPatternRewriter rewriter, Region region, Block continueBlock)
    {
        var block = region.FirstBlock!;
        var yield = block.Terminator!;
        rewriter.SetInsertionPoint(yield);
        BranchOp.Create(rewriter, yield.Location, WhileLowering.Operands(yield, 0), continueBlock);
        rewriter.EraseOp(yield);
        rewriter.InlineRegionBefore(region, continueBlock);
        return block;
    }
}
