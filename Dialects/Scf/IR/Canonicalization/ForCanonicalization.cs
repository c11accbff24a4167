using System.Collections.Generic;
using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite;

namespace Dialectic.Dialects.Scf;

/// <summary>The canonicalizations of <c>scf.for</c> (upstream's ForOpIterArgsFolder and SimplifyTrivialLoops;
/// the tensor.cast folding needs the tensor dialect and is left out).</summary>
internal static class ForCanonicalization
{
    public static void Add(RewritePatternSet patterns)
    {
        patterns.Add<ForOp>(FoldIterArgs, debugName: "ForOpIterArgsFolder");
        patterns.Add<ForOp>(SimplifyTrivialLoops, debugName: "SimplifyTrivialLoops");
    }

    /// <summary>
    /// Drops the loop-carried values that need no carrying: an iter_arg yielded unchanged or whose init is yielded
    /// (it is the init throughout), one unused with its result unused, and one carrying the same (init, yield) pair
    /// as an earlier kept one (it is that one).
    /// </summary>
    private static bool FoldIterArgs(ForOp op, PatternRewriter rewriter)
    {
        var block = op.BodyBlock;
        if (block.LastOp is not YieldOp yield)
            return false;
        int n = op.NumResults;
        var inits = ScfRewrites.Values(op.InitArgs);
        var yielded = ScfRewrites.Values(yield.Values);
        var keep = new bool[n];
        var transfer = new Value?[n + 1];
        var replacements = new Value?[n];
        var seen = new Dictionary<(Value, Value), int>();
        bool change = false;
        for (int i = 0; i < n; i++)
        {
            var arg = block.GetArgument(i + 1);
            var result = op.GetResult(i);
            var init = inits[i];
            var y = yielded[i];
            if (ReferenceEquals(arg, y) || ReferenceEquals(init, y) || (arg.UseEmpty && result.UseEmpty))
            {
                change = true;
                transfer[i + 1] = init;
                replacements[i] = init;
                continue;
            }
            if (seen.TryGetValue((init, y), out int same))
            {
                change = true;
                rewriter.ReplaceAllUsesWith(arg, block.GetArgument(same + 1));
                rewriter.ReplaceAllUsesWith(result, op.GetResult(same));
                transfer[i + 1] = init;
                replacements[i] = init;
                continue;
            }
            seen[(init, y)] = i;
            keep[i] = true;
        }
        if (!change)
            return false;

        var newInits = new List<Value>();
        var newTypes = new List<Type>();
        for (int i = 0; i < n; i++)
            if (keep[i])
            {
                newInits.Add(inits[i]);
                newTypes.Add(inits[i].Type);
            }
        rewriter.SetInsertionPoint(op);
        var newOp = ForOp.Create(rewriter, op.Location, newTypes.ToArray(), op.LowerBound, op.UpperBound, op.Step, newInits.ToArray(),
            op.UnsignedCmp);
        ScfRewrites.CopyAttributes(op, newOp);
        var argTypes = new List<Type> { block.GetArgument(0).Type };
        var argLocs = new List<LocationAttr> { block.GetArgument(0).ArgLocation };
        for (int i = 0; i < n; i++)
            if (keep[i])
            {
                argTypes.Add(block.GetArgument(i + 1).Type);
                argLocs.Add(block.GetArgument(i + 1).ArgLocation);
            }
        var newBlock = rewriter.CreateBlock(newOp.Body, null, argTypes, argLocs);
        transfer[0] = newBlock.GetArgument(0);
        for (int i = 0, kept = 0; i < n; i++)
            if (keep[i])
            {
                transfer[i + 1] = newBlock.GetArgument(kept + 1);
                replacements[i] = newOp.GetResult(kept);
                kept++;
            }
        var transferList = new List<Value>(n + 1);
        foreach (var v in transfer)
            transferList.Add(v!);
        rewriter.MergeBlocks(block, newBlock, transferList);
        var merged = (YieldOp)newBlock.LastOp!;
        var filtered = new List<Value>();
        for (int i = 0; i < n; i++)
            if (keep[i])
                filtered.Add(merged.GetOperand(i));
        rewriter.SetInsertionPoint(merged);
        YieldOp.Create(rewriter, merged.Location, filtered.ToArray());
        rewriter.EraseOp(merged);
        rewriter.ReplaceOp(op, replacements);
        return true;
    }

    // for lb to lb -> inits ; zero trip count -> inits ; one trip -> the body with iv := lb ;
    // more trips with a body that only yields values from outside -> those values
    private static bool SimplifyTrivialLoops(ForOp op, PatternRewriter rewriter)
    {
        if (ReferenceEquals(op.LowerBound, op.UpperBound))
        {
            rewriter.ReplaceOp(op, ScfRewrites.NullableValues(op.InitArgs));
            return true;
        }
        bool unsigned = op.UnsignedCmp != null;
        if (ConstDiff(op.LowerBound, op.UpperBound, unsigned) is not { } diff)
            return false;
        if (diff <= 0)
        {
            rewriter.ReplaceOp(op, ScfRewrites.NullableValues(op.InitArgs));
            return true;
        }
        if (ScfRewrites.ConstantInt(op.Step) is not { } stepAttr)
            return false;
        var step = unsigned ? stepAttr.Bits : stepAttr.SignedValue;
        if (step >= diff)
        {
            var args = new List<Value> { op.LowerBound };
            args.AddRange(ScfRewrites.Values(op.InitArgs));
            ScfRewrites.ReplaceOpWithRegion(rewriter, op, op.Body, args);
            return true;
        }
        var block = op.BodyBlock;
        if (block.LastOp is not YieldOp yield || !ReferenceEquals(block.FirstOp, yield))
            return false;
        var values = ScfRewrites.Values(yield.Values);
        foreach (var v in values)
            if (!ScfRewrites.DefinedOutside(v, op))
                return false;
        var replacement = new Value?[values.Count];
        for (int i = 0; i < values.Count; i++)
            replacement[i] = values[i];
        rewriter.ReplaceOp(op, replacement);
        return true;
    }

    /// <summary>ub - lb when both are constants (as signed or unsigned values of their width); null otherwise (MLIR 22
    /// does not look through <c>addi lb, c</c> here).</summary>
    private static BigInteger? ConstDiff(Value lb, Value ub, bool unsigned)
    {
        if (ScfRewrites.ConstantInt(lb) is { } l && ScfRewrites.ConstantInt(ub) is { } u)
        {
            var width = IntegerAttr.BitWidthOf(l.Type);
            var d = IntegerAttr.Truncate(u.Bits - l.Bits, width);
            if (unsigned)
                return u.Bits > l.Bits ? u.Bits - l.Bits : BigInteger.Zero;
            return IntegerAttr.ToSigned(d, width);
        }
        return null;
    }
}
