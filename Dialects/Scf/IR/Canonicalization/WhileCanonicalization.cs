using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite;
using Dialectic.Dialects.Arith;

namespace Dialectic.Dialects.Scf;

/// <summary>The canonicalizations of <c>scf.while</c>, in upstream's order. Each removes an argument, a result or a
/// use, or (the alignment) only applies when the condition's operands are not already the before block's
/// arguments in order, so the set cannot cycle.</summary>
internal static class WhileCanonicalization
{
    public static void Add(RewritePatternSet patterns)
    {
        patterns.Add<WhileOp>(RemoveInvariantBeforeArgs, debugName: "RemoveLoopInvariantArgsFromBeforeBlock");
        patterns.Add<WhileOp>(RemoveInvariantValueYielded, debugName: "RemoveLoopInvariantValueYielded");
        patterns.Add<WhileOp>(ConditionTruth, debugName: "WhileConditionTruth");
        patterns.Add<WhileOp>(CmpCond, debugName: "WhileCmpCond");
        patterns.Add<WhileOp>(RemoveUnusedResults, debugName: "WhileUnusedResult");
        patterns.Add<WhileOp>(RemoveDuplicatedResults, debugName: "WhileRemoveDuplicatedResults");
        patterns.Add<WhileOp>(RemoveUnusedArgs, debugName: "WhileRemoveUnusedArgs");
        patterns.Add<WhileOp>(AlignBeforeArgs, debugName: "WhileOpAlignBeforeArgs");
    }

    private static Block BeforeBlock(WhileOp op) => op.Before.FirstBlock!;

    private static Block AfterBlock(WhileOp op) => op.After.FirstBlock!;

    private static bool Shape(WhileOp op, out ConditionOp cond, out YieldOp yield)
    {
        cond = null!;
        yield = null!;
        if (op.Before.FirstBlock?.LastOp is not ConditionOp c || op.After.FirstBlock?.LastOp is not YieldOp y)
            return false;
        cond = c;
        yield = y;
        return true;
    }

    /// <summary>True when before-argument <paramref name="i"/> keeps its init value on every iteration: the yield
    /// passes the init back, or passes an after argument fed by the condition with that argument or the init.</summary>
    private static bool IsInvariantBeforeArg(WhileOp op, ConditionOp cond, YieldOp yield, int i)
    {
        var init = op.Inits[i].Value;
        var yielded = yield.GetOperand(i);
        if (ReferenceEquals(yielded, init))
            return true;
        if (yielded is BlockArgument arg && ReferenceEquals(arg.Owner, AfterBlock(op)))
        {
            var condArg = cond.Args[arg.ArgNumber].Value;
            return ReferenceEquals(condArg, BeforeBlock(op).GetArgument(i)) || ReferenceEquals(condArg, init);
        }
        return false;
    }

    // while (%x = %a) { .. } do { yield %a } -> the before block uses %a instead of %x
    private static bool RemoveInvariantBeforeArgs(WhileOp op, PatternRewriter rewriter)
    {
        if (!Shape(op, out var cond, out var yield))
            return false;
        int n = op.Inits.Length;
        if (yield.NumOperands != n)
            return false;
        var invariant = new bool[n];
        bool any = false;
        for (int i = 0; i < n; i++)
            any |= invariant[i] = IsInvariantBeforeArg(op, cond, yield, i);
        if (!any)
            return false;
        var before = BeforeBlock(op);
        var newInits = new List<Value>();
        var newYields = new List<Value>();
        var types = new List<Type>();
        var locs = new List<LocationAttr>();
        for (int i = 0; i < n; i++)
            if (!invariant[i])
            {
                newInits.Add(op.Inits[i].Value);
                newYields.Add(yield.GetOperand(i));
                types.Add(yield.GetOperand(i).Type);
                locs.Add(before.GetArgument(i).ArgLocation);
            }
        ReplaceYield(yield, newYields, rewriter);
        rewriter.SetInsertionPoint(op);
        var newWhile = WhileOp.Create(rewriter, op.Location, ScfRewrites.Types(op.Outputs), newInits.ToArray());
        ScfRewrites.CopyAttributes(op, newWhile);
        var newBefore = rewriter.CreateBlock(newWhile.Before, null, types, locs);
        var args = new List<Value>(n);
        for (int i = 0, j = 0; i < n; i++)
            args.Add(invariant[i] ? op.Inits[i].Value : newBefore.GetArgument(j++));
        rewriter.MergeBlocks(before, newBefore, args);
        rewriter.InlineRegionBefore(op.After, newWhile.After, null);
        rewriter.ReplaceOp(op, Results(newWhile));
        return true;
    }

    // scf.condition(%c) %v (%v defined outside the before block) -> the result and after argument become %v
    private static bool RemoveInvariantValueYielded(WhileOp op, PatternRewriter rewriter)
    {
        if (!Shape(op, out var cond, out _))
            return false;
        var before = BeforeBlock(op);
        var condArgs = ScfRewrites.Values(cond.Args);
        bool any = false;
        foreach (var v in condArgs)
            any |= !ReferenceEquals(v.ParentBlock, before);
        if (!any)
            return false;
        var kept = new List<Value>();
        var types = new List<Type>();
        var locs = new List<LocationAttr>();
        foreach (var v in condArgs)
            if (ReferenceEquals(v.ParentBlock, before))
            {
                kept.Add(v);
                types.Add(v.Type);
                locs.Add(v.Location);
            }
        ReplaceCondition(cond, kept, rewriter);
        rewriter.SetInsertionPoint(op);
        var newWhile = WhileOp.Create(rewriter, op.Location, types.ToArray(), ScfRewrites.Values(op.Inits).ToArray());
        ScfRewrites.CopyAttributes(op, newWhile);
        var newAfter = rewriter.CreateBlock(newWhile.After, null, types, locs);
        var after = AfterBlock(op);
        var afterArgs = new List<Value>(condArgs.Count);
        var results = new Value?[condArgs.Count];
        for (int i = 0, j = 0; i < condArgs.Count; i++)
        {
            if (!ReferenceEquals(condArgs[i].ParentBlock, before))
            {
                afterArgs.Add(condArgs[i]);
                results[i] = condArgs[i];
            }
            else
            {
                afterArgs.Add(newAfter.GetArgument(j));
                results[i] = newWhile.GetResult(j);
                j++;
            }
        }
        rewriter.MergeBlocks(after, newAfter, afterArgs);
        rewriter.InlineRegionBefore(op.Before, newWhile.Before, newWhile.Before.FirstBlock);
        rewriter.ReplaceOp(op, results);
        return true;
    }

    // scf.condition(%c) .., %c, .. -> the matching after argument's uses become true
    private static bool ConditionTruth(WhileOp op, PatternRewriter rewriter)
    {
        if (!Shape(op, out var cond, out _))
            return false;
        var after = AfterBlock(op);
        Value? constTrue = null;
        bool replaced = false;
        var args = cond.Args;
        for (int i = 0; i < args.Length && i < after.NumArguments; i++)
        {
            if (!ReferenceEquals(args[i].Value, cond.Condition) || after.GetArgument(i).UseEmpty)
                continue;
            if (constTrue == null)
            {
                rewriter.SetInsertionPoint(op);
                constTrue = ConstantOp.Create(rewriter, op.Location, cond.Condition.Type, IntegerAttr.GetBool(rewriter.Context, true)).Result;
            }
            rewriter.ReplaceAllUsesWith(after.GetArgument(i), constTrue);
            replaced = true;
        }
        return replaced;
    }

    // condition cmpi(p, %x, %b) passing %x; in the after block cmpi(p, %arg, %b) -> true (inverse predicate -> false)
    private static bool CmpCond(WhileOp op, PatternRewriter rewriter)
    {
        if (!Shape(op, out var cond, out _) || cond.Condition.DefiningOp is not CmpIOp cmp)
            return false;
        var after = AfterBlock(op);
        var predicate = (CmpIPredicate)(int)cmp.Predicate.Bits;
        bool changed = false;
        var args = cond.Args;
        for (int i = 0; i < args.Length && i < after.NumArguments; i++)
        {
            for (int side = 0; side < 2; side++)
            {
                if (!ReferenceEquals(args[i].Value, cmp.GetOperand(side)))
                    continue;
                for (var use = after.GetArgument(i).FirstUse; use != null;)
                {
                    var next = use.NextUse;
                    if (use.Owner is CmpIOp cmp2 && ReferenceEquals(cmp2.GetOperand(1 - side), cmp.GetOperand(1 - side)))
                    {
                        var p2 = (CmpIPredicate)(int)cmp2.Predicate.Bits;
                        bool? value = p2 == predicate ? true : p2 == CmpIPredicates.Invert(predicate) ? false : null;
                        if (value is { } v)
                        {
                            // Skip uses that belong to the op being replaced.
                            while (next != null && ReferenceEquals(next.Owner, cmp2))
                                next = next.NextUse;
                            rewriter.SetInsertionPoint(cmp2);
                            var constant = ConstantOp.Create(rewriter, cmp2.Location, rewriter.Context.I(1), IntegerAttr.GetBool(rewriter.Context, v));
                            rewriter.ReplaceOp(cmp2, constant);
                            changed = true;
                        }
                    }
                    use = next;
                }
            }
        }
        return changed;
    }

    // a result unused with its after argument unused -> dropped from the condition
    private static bool RemoveUnusedResults(WhileOp op, PatternRewriter rewriter)
    {
        if (!Shape(op, out var cond, out _))
            return false;
        var after = AfterBlock(op);
        int n = op.NumResults;
        if (cond.Args.Length != n || after.NumArguments != n)
            return false;
        var keptIdx = new List<int>();
        var types = new List<Type>();
        var termArgs = new List<Value>();
        var locs = new List<LocationAttr>();
        for (int i = 0; i < n; i++)
        {
            var result = op.GetResult(i);
            if (result.UseEmpty && after.GetArgument(i).UseEmpty)
                continue;
            keptIdx.Add(i);
            types.Add(result.Type);
            termArgs.Add(cond.Args[i].Value);
            locs.Add(result.Location);
        }
        if (keptIdx.Count == n)
            return false;
        ReplaceCondition(cond, termArgs, rewriter);
        rewriter.SetInsertionPoint(op);
        var newWhile = WhileOp.Create(rewriter, op.Location, types.ToArray(), ScfRewrites.Values(op.Inits).ToArray());
        ScfRewrites.CopyAttributes(op, newWhile);
        var newAfter = rewriter.CreateBlock(newWhile.After, null, types, locs);
        var results = new Value?[n];
        var afterArgs = new Value[n];
        for (int i = 0; i < keptIdx.Count; i++)
        {
            results[keptIdx[i]] = newWhile.GetResult(i);
            afterArgs[keptIdx[i]] = newAfter.GetArgument(i);
        }
        // Unused arguments get their own (unused) block argument as a stand-in: nothing reads it.
        for (int i = 0; i < n; i++)
            afterArgs[i] ??= after.GetArgument(i);
        rewriter.InlineRegionBefore(op.Before, newWhile.Before, newWhile.Before.FirstBlock);
        rewriter.MergeBlocks(after, newAfter, afterArgs);
        rewriter.ReplaceOp(op, results);
        return true;
    }

    // scf.condition(%c) %v, %v -> scf.condition(%c) %v, both results and after arguments becoming the one
    private static bool RemoveDuplicatedResults(WhileOp op, PatternRewriter rewriter)
    {
        if (!Shape(op, out var cond, out _))
            return false;
        var condArgs = ScfRewrites.Values(cond.Args);
        var positions = new Dictionary<Value, int>();
        var unique = new List<Value>();
        foreach (var v in condArgs)
            if (positions.TryAdd(v, unique.Count))
                unique.Add(v);
        if (unique.Count == condArgs.Count)
            return false;
        var types = new List<Type>();
        foreach (var v in unique)
            types.Add(v.Type);
        rewriter.SetInsertionPoint(op);
        var newWhile = WhileOp.Create(rewriter, op.Location, types.ToArray(), ScfRewrites.Values(op.Inits).ToArray());
        ScfRewrites.CopyAttributes(op, newWhile);
        var before = BeforeBlock(op);
        var newBefore = rewriter.CreateBlock(newWhile.Before, null, ArgTypes(before), ArgLocs(before));
        var newAfter = rewriter.CreateBlock(newWhile.After, null, types, UnknownLocs(rewriter.Context, types.Count, op.Location));
        var afterMap = new List<Value>();
        var results = new Value?[condArgs.Count];
        for (int i = 0; i < condArgs.Count; i++)
        {
            int pos = positions[condArgs[i]];
            afterMap.Add(newAfter.GetArgument(pos));
            results[i] = newWhile.GetResult(pos);
        }
        ReplaceCondition(cond, unique, rewriter);
        rewriter.MergeBlocks(before, newBefore, BlockArgs(newBefore));
        rewriter.MergeBlocks(AfterBlock(op), newAfter, afterMap);
        rewriter.ReplaceOp(op, results);
        return true;
    }

    // a before argument without uses -> dropped with its init and yielded value
    private static bool RemoveUnusedArgs(WhileOp op, PatternRewriter rewriter)
    {
        if (!Shape(op, out _, out var yield))
            return false;
        var before = BeforeBlock(op);
        int n = before.NumArguments;
        if (yield.NumOperands != n || op.Inits.Length != n)
            return false;
        bool any = false;
        for (int i = 0; i < n; i++)
            any |= before.GetArgument(i).UseEmpty;
        if (!any)
            return false;
        var newYields = new List<Value>();
        var newInits = new List<Value>();
        for (int i = 0; i < n; i++)
            if (!before.GetArgument(i).UseEmpty)
            {
                newYields.Add(yield.GetOperand(i));
                newInits.Add(op.Inits[i].Value);
            }
        for (int i = n - 1; i >= 0; i--)
            if (before.GetArgument(i).UseEmpty)
                before.EraseArgument(i);
        rewriter.SetInsertionPoint(op);
        var newWhile = WhileOp.Create(rewriter, op.Location, ScfRewrites.Types(op.Outputs), newInits.ToArray());
        ScfRewrites.CopyAttributes(op, newWhile);
        var newBefore = rewriter.CreateBlock(newWhile.Before, null, ArgTypes(before), ArgLocs(before));
        var after = AfterBlock(op);
        var newAfter = rewriter.CreateBlock(newWhile.After, null, ArgTypes(after), ArgLocs(after));
        ReplaceYield(yield, newYields, rewriter);
        rewriter.MergeBlocks(before, newBefore, BlockArgs(newBefore));
        rewriter.MergeBlocks(after, newAfter, BlockArgs(newAfter));
        rewriter.ReplaceOp(op, Results(newWhile));
        return true;
    }

    // scf.condition(%c) %b, %a over before arguments (%a, %b) -> scf.condition(%c) %a, %b with results permuted
    private static bool AlignBeforeArgs(WhileOp op, PatternRewriter rewriter)
    {
        if (!Shape(op, out var cond, out _))
            return false;
        var before = BeforeBlock(op);
        var termArgs = ScfRewrites.Values(cond.Args);
        int n = before.NumArguments;
        if (termArgs.Count != n)
            return false;
        bool same = true;
        for (int i = 0; i < n && same; i++)
            same = ReferenceEquals(termArgs[i], before.GetArgument(i));
        if (same)
            return false;
        var seen = new HashSet<Value>();
        foreach (var v in termArgs)
            if (!seen.Add(v))
                return false;
        // mapping[j] = i: condition operand j is before argument i.
        var mapping = new int[n];
        for (int j = 0; j < n; j++)
        {
            if (termArgs[j] is not BlockArgument arg || !ReferenceEquals(arg.Owner, before))
                return false;
            mapping[j] = arg.ArgNumber;
        }
        ReplaceCondition(cond, BlockArgs(before), rewriter);
        var after = AfterBlock(op);
        var types = new Type[n];
        for (int j = 0; j < n; j++)
            types[mapping[j]] = op.GetResult(j).Type;
        rewriter.SetInsertionPoint(op);
        var newWhile = WhileOp.Create(rewriter, op.Location, types, ScfRewrites.Values(op.Inits).ToArray());
        ScfRewrites.CopyAttributes(op, newWhile);
        var newBefore = rewriter.CreateBlock(newWhile.Before, null, ArgTypes(before), ArgLocs(before));
        var newAfter = rewriter.CreateBlock(newWhile.After, null, types, UnknownLocs(rewriter.Context, n, op.Location));
        var results = new Value?[n];
        var afterArgs = new Value[n];
        for (int j = 0; j < n; j++)
        {
            results[j] = newWhile.GetResult(mapping[j]);
            afterArgs[j] = newAfter.GetArgument(mapping[j]);
        }
        rewriter.MergeBlocks(before, newBefore, BlockArgs(newBefore));
        rewriter.MergeBlocks(after, newAfter, afterArgs);
        rewriter.ReplaceOp(op, results);
        return true;
    }

    private static void ReplaceYield(YieldOp yield, List<Value> values, PatternRewriter rewriter)
    {
        rewriter.SetInsertionPoint(yield);
        rewriter.ReplaceOp(yield, YieldOp.Create(rewriter, yield.Location, values.ToArray()));
    }

    private static void ReplaceCondition(ConditionOp cond, List<Value> args, PatternRewriter rewriter)
    {
        rewriter.SetInsertionPoint(cond);
        rewriter.ReplaceOp(cond, ConditionOp.Create(rewriter, cond.Location, cond.Condition, args.ToArray()));
    }

    private static Value?[] Results(Operation op)
    {
        var results = new Value?[op.NumResults];
        for (int i = 0; i < results.Length; i++)
            results[i] = op.GetResult(i);
        return results;
    }

    private static List<Type> ArgTypes(Block block)
    {
        var types = new List<Type>(block.NumArguments);
        foreach (var a in block.Arguments)
            types.Add(a.Type);
        return types;
    }

    private static List<LocationAttr> ArgLocs(Block block)
    {
        var locs = new List<LocationAttr>(block.NumArguments);
        foreach (var a in block.Arguments)
            locs.Add(a.ArgLocation);
        return locs;
    }

    private static List<Value> BlockArgs(Block block)
    {
        var values = new List<Value>(block.NumArguments);
        foreach (var a in block.Arguments)
            values.Add(a);
        return values;
    }

    private static List<LocationAttr> UnknownLocs(Context context, int count, LocationAttr loc)
    {
        var locs = new List<LocationAttr>(count);
        for (int i = 0; i < count; i++)
            locs.Add(loc);
        return locs;
    }
}
