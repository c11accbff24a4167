using Dialectic.Core.IR;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.ControlFlow;
using Dialectic.Dialects.Scf;

namespace Dialectic.Passes.Conversion.ScfToControlFlow;

/// <summary>
/// <c>scf.while</c> whose after region only forwards its arguments (a do-while loop) -&gt; the before region alone,
/// looping on itself: <c>cf.cond_br %c, ^before(%args), ^continue</c>. Preferred over <see cref="WhileLowering"/>
/// (benefit 2), as in MLIR.
/// </summary>
internal sealed class DoWhileLowering(Context context) : OpConversionPattern<WhileOp>(context, 2)
{
    public override bool MatchAndRewrite(WhileOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var afterBlock = op.After.FirstBlock!;
        if (afterBlock.FirstOp == null || afterBlock.FirstOp != afterBlock.LastOp)
            return rewriter.NotifyMatchFailure(op,
                "do-while simplification applicable only if 'after' region has no payload");
        if (afterBlock.FirstOp is not YieldOp yield || yield.NumOperands != afterBlock.NumArguments)
            return rewriter.NotifyMatchFailure(op,
                "do-while simplification applicable only to forwarding 'after' regions");
        for (int i = 0; i < yield.NumOperands; i++)
            if (yield.GetOperand(i) != afterBlock.GetArgument(i))
                return rewriter.NotifyMatchFailure(op,
                    "do-while simplification applicable only to forwarding 'after' regions");
        if (op.Before.FirstBlock!.Terminator is not ConditionOp)
            return rewriter.NotifyMatchFailure(op, "expected a single-block 'before' region ending in scf.condition");

        var loc = op.Location;
        var inits = adaptor.Operands.ToArray();
        var currentBlock = op.Block!;
        var continuation = rewriter.SplitBlock(currentBlock, op);
        var before = op.Before.FirstBlock!;
        rewriter.InlineRegionBefore(op.Before, continuation);

        rewriter.SetInsertionPointToEnd(currentBlock);
        BranchOp.Create(rewriter, loc, inits, before);

        var condition = (ConditionOp)before.Terminator!;
        var args = WhileLowering.Operands(condition, 1);
        rewriter.SetInsertionPoint(condition);
        CondBranchOp.Create(rewriter, condition.Location, condition.Condition, args, [], before, continuation);
        rewriter.EraseOp(condition);

        rewriter.ReplaceOp(op, WhileLowering.AsResults(args));
        return true;
    }
}
