using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.ControlFlow;
using Dialectic.Dialects.Scf;

namespace Dialectic.Passes.Conversion.ScfToControlFlow;

/// <summary>
/// <c>scf.while</c> -&gt; <c>cf.br ^before(%inits)</c>; <c>^before</c> ends in
/// <c>cf.cond_br %c, ^after(%args), ^continue</c>, <c>^after</c> in <c>cf.br ^before(%yielded)</c>; the results
/// are the condition's forwarded values, which dominate <c>^continue</c>.
/// </summary>
internal sealed class WhileLowering(Context context) : OpConversionPattern<WhileOp>(context)
{
    public override bool MatchAndRewrite(WhileOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        if (op.Before.FirstBlock!.Terminator is not ConditionOp || op.After.FirstBlock!.Terminator is not YieldOp)
            return rewriter.NotifyMatchFailure(op,
                "expected single-block regions ending in scf.condition and scf.yield");
        var loc = op.Location;
        var inits = adaptor.Operands.ToArray();
        var currentBlock = op.Block!;
        var continuation = rewriter.SplitBlock(currentBlock, op);

        var after = op.After.FirstBlock!;
        var before = op.Before.FirstBlock!;
        rewriter.InlineRegionBefore(op.After, continuation);
        rewriter.InlineRegionBefore(op.Before, after);

        rewriter.SetInsertionPointToEnd(currentBlock);
        BranchOp.Create(rewriter, loc, inits, before);

        var condition = (ConditionOp)before.Terminator!;
        var args = Operands(condition, 1);
        rewriter.SetInsertionPoint(condition);
        CondBranchOp.Create(rewriter, condition.Location, condition.Condition, args, [], after, continuation);
        rewriter.EraseOp(condition);

        var yield = after.Terminator!;
        rewriter.SetInsertionPoint(yield);
        BranchOp.Create(rewriter, yield.Location, Operands(yield, 0), before);
        rewriter.EraseOp(yield);

        rewriter.ReplaceOp(op, AsResults(args));
        return true;
    }

    /// <summary>The operands of <paramref name="op"/> from <paramref name="start"/> on.</summary>
    internal static Value[] Operands(Operation op, int start)
    {
        var values = new Value[op.NumOperands - start];
        for (int i = 0; i < values.Length; i++)
            values[i] = op.GetOperand(start + i);
        return values;
    }

    internal static List<Value?> AsResults(Value[] values)
    {
        var results = new List<Value?>(values.Length);
        foreach (var v in values)
            results.Add(v);
        return results;
    }
}
