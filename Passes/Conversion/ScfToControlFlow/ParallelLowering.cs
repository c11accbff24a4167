using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Scf;

namespace Dialectic.Passes.Conversion.ScfToControlFlow;

/// <summary>
/// <c>scf.parallel</c> -&gt; a nest of <c>scf.for</c> loops, one per dimension, outermost first, lowered in turn. The
/// reduction values travel down the nest as iteration arguments: each <c>scf.reduce</c> region is inlined at the end
/// of the innermost body with (accumulator, reduced operand) as its arguments, and its <c>scf.reduce.return</c>
/// value is yielded. The outermost loop's results replace the parallel loop's.
/// </summary>
internal sealed class ParallelLowering(Context context) : OpConversionPattern<ParallelOp>(context)
{
    public override bool MatchAndRewrite(ParallelOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        if (op.Body.FirstBlock?.Terminator is not ReduceOp reduce)
            return rewriter.NotifyMatchFailure(op, "expected a body ending in scf.reduce");
        var loc = op.Location;
        int numLoops = op.LowerBound.Length;
        var iterArgs = new List<Value>();
        foreach (var init in op.InitVals)
            iterArgs.Add(init.Value);
        var loopResults = new List<Value?>();
        foreach (var v in iterArgs)
            loopResults.Add(v);
        var ivs = new Value[numLoops];
        rewriter.SetInsertionPoint(op);
        for (int d = 0; d < numLoops; d++)
        {
            var forOp = CreateFor(rewriter, loc, op.LowerBound[d].Value, op.UpperBound[d].Value, op.Step[d].Value,
                iterArgs);
            var body = forOp.BodyBlock;
            ivs[d] = body.GetArgument(0);
            if (d == 0)
            {
                loopResults.Clear();
                foreach (var r in forOp.LoopResults)
                    loopResults.Add(r);
            }
            else if (forOp.NumResults > 0)
            {
                // The enclosing loop's body yields this loop's results.
                var outer = forOp.Block!;
                rewriter.SetInsertionPointToEnd(outer);
                var results = new Value[forOp.NumResults];
                for (int i = 0; i < results.Length; i++)
                    results[i] = forOp.GetResult(i);
                YieldOp.Create(rewriter, loc, results);
            }
            iterArgs.Clear();
            for (int i = 1; i < body.NumArguments; i++)
                iterArgs.Add(body.GetArgument(i));
            rewriter.SetInsertionPointToStart(body);
        }
        var innermost = rewriter.InsertionBlock!;

        // Merge the reductions into the parallel body, then the body into the innermost loop.
        var yieldOperands = new List<Value>();
        for (int i = 0; i < op.NumResults; i++)
        {
            var reductionBody = reduce.Reductions[i].FirstBlock!;
            var ret = (ReduceReturnOp)reductionBody.Terminator!;
            var arg = iterArgs[yieldOperands.Count];
            yieldOperands.Add(ret.Result);
            rewriter.EraseOp(ret);
            rewriter.InlineBlockBefore(reductionBody, reduce, [arg, reduce.GetOperand(i)]);
        }
        rewriter.EraseOp(reduce);
        if (innermost.IsEmpty)
            rewriter.MergeBlocks(op.Body.FirstBlock!, innermost, ivs);
        else
            rewriter.InlineBlockBefore(op.Body.FirstBlock!, innermost.Terminator!, ivs);
        if (yieldOperands.Count > 0)
        {
            rewriter.SetInsertionPointToEnd(innermost);
            YieldOp.Create(rewriter, loc, yieldOperands.ToArray());
        }
        rewriter.ReplaceOp(op, loopResults);
        return true;
    }

    /// <summary>An <c>scf.for</c> at the insertion point with a body block (induction variable, one argument per
    /// iteration value); without iteration values the body already ends in an empty <c>scf.yield</c>.</summary>
    internal static ForOp CreateFor(ConversionPatternRewriter rewriter, Core.IR.Attributes.LocationAttr loc, Value lb,
        Value ub,
        Value step, List<Value> inits)
    {
        var types = new Type[inits.Count];
        for (int i = 0; i < types.Length; i++)
            types[i] = inits[i].Type;
        var forOp = ForOp.Create(rewriter, loc, types, lb, ub, step, inits.ToArray());
        var argTypes = new Type[inits.Count + 1];
        var argLocs = new Core.IR.Attributes.LocationAttr[argTypes.Length];
        argTypes[0] = lb.Type;
        for (int i = 0; i < types.Length; i++)
            argTypes[i + 1] = types[i];
        for (int i = 0; i < argLocs.Length; i++)
            argLocs[i] = loc;
        rewriter.CreateBlock(forOp.Body, null, argTypes, argLocs);
        if (inits.Count == 0)
            YieldOp.Create(rewriter, loc, []);
        rewriter.SetInsertionPointAfter(forOp);
        return forOp;
    }
}
