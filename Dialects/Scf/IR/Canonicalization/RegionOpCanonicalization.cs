using System.Collections.Generic;
using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite;
using Dialectic.Dialects.ControlFlow;

namespace Dialectic.Dialects.Scf;

/// <summary>The canonicalizations of <c>scf.execute_region</c>, <c>scf.index_switch</c> and <c>scf.parallel</c>.
/// Each removes the op or one of its dimensions, so none can cycle.</summary>
internal static class RegionOpCanonicalization
{
    public static void AddExecuteRegion(RewritePatternSet patterns)
    {
        patterns.Add<ExecuteRegionOp>(InlineSingleBlock, debugName: "SingleBlockExecuteInliner");
        patterns.Add<ExecuteRegionOp>(InlineMultiBlock, debugName: "MultiBlockExecuteInliner");
    }

    public static void AddIndexSwitch(RewritePatternSet patterns)
    {
        patterns.Add<IndexSwitchOp>(FoldConstantCase, debugName: "FoldConstantCase");
        patterns.Add<IndexSwitchOp>(ForwardCommonYield, debugName: "ForwardCommonIndexSwitchYield");
        patterns.Add<IndexSwitchOp>(RemoveUnusedResults, debugName: "RemoveUnusedIndexSwitchResults");
    }

    // %r = index_switch %i case k { A; yield %v } .. default { B; yield %v }, %v defined outside -> uses of %r become %v
    private static bool ForwardCommonYield(IndexSwitchOp op, PatternRewriter rewriter)
    {
        var caseRegions = op.CaseRegions;
        var yields = new Operation[caseRegions.Count + 1];
        yields[0] = op.DefaultRegion.FirstBlock!.LastOp!;
        for (int r = 0; r < caseRegions.Count; r++)
            yields[r + 1] = caseRegions[r].FirstBlock!.LastOp!;
        bool changed = false;
        var results = op.Outputs;
        for (int i = 0; i < results.Length; i++)
        {
            if (results[i].UseEmpty)
                continue;
            var value = yields[0].GetOperand(i);
            if (!ScfRewrites.DefinedOutside(value, op))
                continue;
            bool same = true;
            for (int r = 1; r < yields.Length && same; r++)
                same = ReferenceEquals(yields[r].GetOperand(i), value);
            if (!same)
                continue;
            rewriter.ReplaceAllUsesWith(results[i], value);
            changed = true;
        }
        return changed;
    }

    // %r:2 = index_switch %i case k { A; yield a0, a1 } .. with %r#0 unused -> the same switch yielding only a1
    private static bool RemoveUnusedResults(IndexSwitchOp op, PatternRewriter rewriter)
    {
        var results = op.Outputs;
        var used = new List<int>(results.Length);
        for (int i = 0; i < results.Length; i++)
            if (!results[i].UseEmpty)
                used.Add(i);
        if (used.Count == results.Length)
            return false;
        var types = new Type[used.Count];
        for (int i = 0; i < types.Length; i++)
            types[i] = results[used[i]].Type;
        var caseRegions = op.CaseRegions;
        rewriter.SetInsertionPoint(op);
        // Unlike scf.if's rebuild, upstream keeps the discardable attributes here.
        var newOp = IndexSwitchOp.Create(rewriter, op.Location, types, op.Arg, caseRegions.Count, op.Cases);
        ScfRewrites.CopyAttributes(op, newOp);
        TransferBody(op.DefaultRegion, newOp.DefaultRegion, used, rewriter);
        var newCaseRegions = newOp.CaseRegions;
        for (int r = 0; r < caseRegions.Count; r++)
            TransferBody(caseRegions[r], newCaseRegions[r], used, rewriter);
        var replacements = new Value?[results.Length];
        for (int i = 0; i < used.Count; i++)
            replacements[used[i]] = newOp.GetResult(i);
        rewriter.ReplaceOp(op, replacements);
        return true;
    }

    /// <summary>Moves the block of <paramref name="source"/> into <paramref name="dest"/> and keeps only the
    /// <paramref name="used"/> operands of its terminator.</summary>
    private static void TransferBody(Region source, Region dest, List<int> used, PatternRewriter rewriter)
    {
        var block = rewriter.CreateBlock(dest, null);
        rewriter.MergeBlocks(source.FirstBlock!, block);
        var yield = block.LastOp!;
        var kept = new Value[used.Count];
        for (int i = 0; i < kept.Length; i++)
            kept[i] = yield.GetOperand(used[i]);
        rewriter.ModifyOpInPlace(yield, () => yield.SetOperands(kept));
    }

    public static void AddParallel(RewritePatternSet patterns)
    {
        patterns.Add<ParallelOp>(FoldSingleOrZeroIterationDims, debugName: "ParallelOpSingleOrZeroIterationDimsFolder");
        patterns.Add<ParallelOp>(MergeNestedLoops, debugName: "MergeNestedParallelLoops");
    }

    // parallel (i) { parallel (j) { A } } (inner bounds independent of i, no reductions) -> parallel (i, j) { A }
    private static bool MergeNestedLoops(ParallelOp op, PatternRewriter rewriter)
    {
        var outer = op.Body.FirstBlock;
        if (outer == null || outer.FirstOp is not ParallelOp inner || !ReferenceEquals(inner.NextOp, outer.LastOp))
            return false;
        if (op.InitVals.Length != 0 || inner.InitVals.Length != 0 || inner.Body.FirstBlock is not { } innerBlock)
            return false;
        foreach (var operand in inner.OpOperands)
            if (operand.Value is BlockArgument arg && ReferenceEquals(arg.Owner, outer))
                return false;
        var lbs = ScfRewrites.Values(op.LowerBound);
        lbs.AddRange(ScfRewrites.Values(inner.LowerBound));
        var ubs = ScfRewrites.Values(op.UpperBound);
        ubs.AddRange(ScfRewrites.Values(inner.UpperBound));
        var steps = ScfRewrites.Values(op.Step);
        steps.AddRange(ScfRewrites.Values(inner.Step));
        rewriter.SetInsertionPoint(op);
        var newOp = ParallelOp.Create(rewriter, op.Location, [], lbs.ToArray(), ubs.ToArray(), steps.ToArray(), []);
        int n = outer.NumArguments + innerBlock.NumArguments;
        var types = new List<Type>(n);
        var locs = new List<LocationAttr>(n);
        for (int i = 0; i < n; i++)
        {
            types.Add(rewriter.Context.IndexType);
            locs.Add(op.Location);
        }
        var block = rewriter.CreateBlock(newOp.Body, null, types, locs);
        for (int i = 0; i < outer.NumArguments; i++)
            rewriter.ReplaceAllUsesWith(outer.GetArgument(i), block.GetArgument(i));
        var innerArgs = new List<Value>(innerBlock.NumArguments);
        for (int i = 0; i < innerBlock.NumArguments; i++)
            innerArgs.Add(block.GetArgument(outer.NumArguments + i));
        // The inner body moves whole, its scf.reduce (without operands) becoming the new body's terminator.
        rewriter.MergeBlocks(innerBlock, block, innerArgs);
        rewriter.EraseOp(op);
        return true;
    }

    // %r = execute_region { A; yield a } -> A, uses of %r become a
    private static bool InlineSingleBlock(ExecuteRegionOp op, PatternRewriter rewriter)
    {
        if (!op.Body.HasOneBlock || op.NoInline != null || op.Body.FirstBlock!.LastOp is not YieldOp)
            return false;
        ScfRewrites.ReplaceOpWithRegion(rewriter, op, op.Body);
        return true;
    }

    // a multi-block execute_region in a function (or execute_region) body -> its blocks spliced into the parent
    // region: branch into its entry, each yield a branch to the continuation block whose arguments are the results
    private static bool InlineMultiBlock(ExecuteRegionOp op, PatternRewriter rewriter)
    {
        if (op.NoInline != null || op.Body.IsEmpty)
            return false;
        var parent = op.ParentOp;
        if (parent is not ExecuteRegionOp && parent?.GetInherentAttr("function_type") == null)
            return false;
        // cf.br must be a registered op for the result to verify.
        if (!rewriter.Context.GetOperationName(BranchOp.OperationName).IsRegistered)
            return false;
        var prevBlock = op.Block!;
        var postBlock = rewriter.SplitBlock(prevBlock, op);
        rewriter.SetInsertionPointToEnd(prevBlock);
        BranchOp.Create(rewriter, op.Location, [], op.Body.FirstBlock!);
        foreach (var block in op.Body.Blocks)
        {
            if (block.LastOp is YieldOp yield)
            {
                rewriter.SetInsertionPoint(yield);
                BranchOp.Create(rewriter, yield.Location, ScfRewrites.Values(yield.Values).ToArray(), postBlock);
                rewriter.EraseOp(yield);
            }
        }
        rewriter.InlineRegionBefore(op.Body, postBlock);
        var args = new Value?[op.NumResults];
        for (int i = 0; i < args.Length; i++)
        {
            var result = op.GetResult(i);
            args[i] = postBlock.AddArgument(result.Type, result.Location);
        }
        rewriter.ReplaceOp(op, args);
        return true;
    }

    // index_switch %c2 { case 2: A } -> A (no matching case: the default region)
    private static bool FoldConstantCase(IndexSwitchOp op, PatternRewriter rewriter)
    {
        if (ScfRewrites.ConstantInt(op.Arg) is not { } c)
            return false;
        var value = c.SignedValue;
        var cases = op.Cases.Raw;
        var regions = op.CaseRegions;
        Region region = op.DefaultRegion;
        for (int i = 0; i < cases.Length && i < regions.Count; i++)
            if (cases[i] == value)
            {
                region = regions[i];
                break;
            }
        if (region.FirstBlock is not { } block || block.LastOp is not { } terminator)
            return false;
        var results = ScfRewrites.NullableValues(terminator.OpOperands);
        rewriter.InlineBlockBefore(block, op);
        rewriter.EraseOp(terminator);
        rewriter.ReplaceOp(op, results);
        return true;
    }

    // parallel over a dimension with zero iterations -> the inits ; a dimension with one iteration -> dropped, its
    // induction variable the lower bound ; every dimension single (no reductions) -> the body inlined
    private static bool FoldSingleOrZeroIterationDims(ParallelOp op, PatternRewriter rewriter)
    {
        var block = op.Body.FirstBlock;
        if (block == null)
            return false;
        var lbs = ScfRewrites.Values(op.LowerBound);
        var ubs = ScfRewrites.Values(op.UpperBound);
        var steps = ScfRewrites.Values(op.Step);
        int n = lbs.Count;
        if (ubs.Count != n || steps.Count != n || block.NumArguments != n)
            return false;
        var keep = new List<int>();
        for (int i = 0; i < n; i++)
        {
            var trips = TripCount(lbs[i], ubs[i], steps[i]);
            if (trips == 0)
            {
                rewriter.ReplaceOp(op, ScfRewrites.NullableValues(op.InitVals));
                return true;
            }
            if (trips != 1)
                keep.Add(i);
        }
        if (keep.Count == n)
            return false;
        if (keep.Count == 0)
        {
            if (block.LastOp is not ReduceOp reduce)
                return false;
            InlineSingleIteration(op, block, reduce, lbs, rewriter);
            return true;
        }
        var newLbs = new Value[keep.Count];
        var newUbs = new Value[keep.Count];
        var newSteps = new Value[keep.Count];
        var types = new List<Type>();
        var locs = new List<LocationAttr>();
        for (int k = 0; k < keep.Count; k++)
        {
            newLbs[k] = lbs[keep[k]];
            newUbs[k] = ubs[keep[k]];
            newSteps[k] = steps[keep[k]];
            types.Add(block.GetArgument(keep[k]).Type);
            locs.Add(block.GetArgument(keep[k]).ArgLocation);
        }
        rewriter.SetInsertionPoint(op);
        var newOp = ParallelOp.Create(rewriter, op.Location, ScfRewrites.Types(op.Outputs), newLbs, newUbs, newSteps,
            ScfRewrites.Values(op.InitVals).ToArray());
        ScfRewrites.CopyAttributes(op, newOp);
        var newBlock = rewriter.CreateBlock(newOp.Body, null, types, locs);
        var args = new List<Value>(n);
        for (int i = 0, k = 0; i < n; i++)
            args.Add(k < keep.Count && keep[k] == i ? newBlock.GetArgument(k++) : lbs[i]);
        rewriter.MergeBlocks(block, newBlock, args);
        var results = new Value?[op.NumResults];
        for (int i = 0; i < results.Length; i++)
            results[i] = newOp.GetResult(i);
        rewriter.ReplaceOp(op, results);
        return true;
    }

    /// <summary>
    /// Replaces a parallel loop whose every dimension runs once by its body (induction variables bound to the lower
    /// bounds), then each reduction's body applied to the init and the reduced value, in order.
    /// </summary>
    private static void InlineSingleIteration(ParallelOp op, Block block, ReduceOp reduce, List<Value> lbs, PatternRewriter rewriter)
    {
        var inits = ScfRewrites.Values(op.InitVals);
        var reduced = ScfRewrites.Values(reduce.Operands);
        var regions = reduce.Reductions;
        rewriter.InlineBlockBefore(block, op, lbs);
        var results = new Value?[op.NumResults];
        for (int i = 0; i < regions.Count && i < results.Length; i++)
        {
            var rb = regions[i].FirstBlock!;
            var ret = rb.LastOp!;
            var args = new List<Value> { inits[i], reduced[i] };
            var value = ret.GetOperand(0);
            if (value is BlockArgument arg && ReferenceEquals(arg.Owner, rb))
                value = args[arg.ArgNumber];
            rewriter.InlineBlockBefore(rb, op, args);
            rewriter.EraseOp(ret);
            results[i] = value;
        }
        rewriter.EraseOp(reduce);
        rewriter.ReplaceOp(op, results);
    }

    /// <summary>The number of iterations of one signed dimension when known: 0 for equal bounds, else
    /// ceil((ub - lb) / step) for constant bounds and a positive constant step; null otherwise.</summary>
    private static BigInteger? TripCount(Value lb, Value ub, Value step)
    {
        if (ReferenceEquals(lb, ub))
            return 0;
        if (ScfRewrites.ConstantInt(lb) is not { } l || ScfRewrites.ConstantInt(ub) is not { } u
            || ScfRewrites.ConstantInt(step) is not { } s)
            return null;
        var diff = u.SignedValue - l.SignedValue;
        if (diff <= 0)
            return 0;
        var st = s.SignedValue;
        if (st <= 0)
            return null;
        return (diff + st - 1) / st;
    }
}
