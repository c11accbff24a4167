using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite;
using Dialectic.Dialects.Arith;

namespace Dialectic.Dialects.Scf;

/// <summary>The canonicalizations of <c>scf.if</c>, in upstream's order. Each strictly removes results, regions,
/// ops or uses of the condition, so the set cannot cycle.</summary>
internal static class IfCanonicalization
{
    public static void Add(RewritePatternSet patterns)
    {
        patterns.Add<IfOp>(CombineIfs, debugName: "CombineIfs");
        patterns.Add<IfOp>(CombineNestedIfs, debugName: "CombineNestedIfs");
        patterns.Add<IfOp>(PropagateCondition, debugName: "ConditionPropagation");
        patterns.Add<IfOp>(ConvertTrivialIfToSelect, debugName: "ConvertTrivialIfToSelect");
        patterns.Add<IfOp>(RemoveEmptyElseBranch, debugName: "RemoveEmptyElseBranch");
        patterns.Add<IfOp>(RemoveStaticCondition, debugName: "RemoveStaticCondition");
        patterns.Add<IfOp>(RemoveUnusedResults, debugName: "RemoveUnusedResults");
        patterns.Add<IfOp>(ReplaceYieldWithConditionOrValue, debugName: "ReplaceIfYieldWithConditionOrValue");
    }

    private static YieldOp ThenYield(IfOp op) => (YieldOp)op.ThenRegion.LastBlock!.LastOp!;

    private static YieldOp? ElseYield(IfOp op) => op.ElseRegion.LastBlock?.LastOp as YieldOp;

    // if (c) { A; yield a } else { B; yield b } with result 0 unused -> the same if without result 0
    private static bool RemoveUnusedResults(IfOp op, PatternRewriter rewriter)
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
        rewriter.SetInsertionPoint(op);
        // As upstream, the rebuilt op keeps no discardable attributes.
        var newOp = IfOp.Create(rewriter, op.Location, types, op.Condition);
        var thenBlock = rewriter.CreateBlock(newOp.ThenRegion, null);
        var elseBlock = rewriter.CreateBlock(newOp.ElseRegion, null);
        TransferBody(op.ThenRegion.FirstBlock!, thenBlock, used, rewriter);
        TransferBody(op.ElseRegion.FirstBlock!, elseBlock, used, rewriter);
        var replacements = new Value?[results.Length];
        for (int i = 0; i < used.Count; i++)
            replacements[used[i]] = newOp.GetResult(i);
        rewriter.ReplaceOp(op, replacements);
        return true;
    }

    /// <summary>Moves the ops of <paramref name="source"/> into <paramref name="dest"/> and keeps only the
    /// <paramref name="used"/> operands of its yield.</summary>
    private static void TransferBody(Block source, Block dest, List<int> used, PatternRewriter rewriter)
    {
        rewriter.MergeBlocks(source, dest);
        var yield = dest.LastOp!;
        var kept = new Value[used.Count];
        for (int i = 0; i < kept.Length; i++)
            kept[i] = yield.GetOperand(used[i]);
        rewriter.ModifyOpInPlace(yield, () => yield.SetOperands(kept));
    }

    // if (true) { A; yield a } else { .. } -> A, uses of the result become a ; if (false) -> the else region or nothing
    private static bool RemoveStaticCondition(IfOp op, PatternRewriter rewriter)
    {
        if (ScfRewrites.ConstantInt(op.Condition) is not { } c)
            return false;
        if (!c.IsZero)
            ScfRewrites.ReplaceOpWithRegion(rewriter, op, op.ThenRegion);
        else if (!op.ElseRegion.IsEmpty)
            ScfRewrites.ReplaceOpWithRegion(rewriter, op, op.ElseRegion);
        else
            rewriter.EraseOp(op);
        return true;
    }

    // %r = if (c) { yield a } else { yield b }, a and b defined outside -> %r = select c, a, b (or a when a == b)
    private static bool ConvertTrivialIfToSelect(IfOp op, PatternRewriter rewriter)
    {
        if (op.NumResults == 0)
            return false;
        var cond = op.Condition;
        var thenArgs = ScfRewrites.Values(ThenYield(op).Values);
        var elseArgs = ScfRewrites.Values(ElseYield(op)!.Values);
        var kept = new List<Type>();
        for (int i = 0; i < thenArgs.Count; i++)
            if (ScfRewrites.DefinedIn(thenArgs[i], op.ThenRegion) || ScfRewrites.DefinedIn(elseArgs[i], op.ElseRegion))
                kept.Add(thenArgs[i].Type);
        if (kept.Count == op.NumResults)
            return false;

        rewriter.SetInsertionPoint(op);
        var replacement = IfOp.Create(rewriter, op.Location, kept.ToArray(), cond);
        replacement.ThenRegion.TakeBody(op.ThenRegion);
        replacement.ElseRegion.TakeBody(op.ElseRegion);
        var results = new Value?[op.NumResults];
        var trueYields = new List<Value>();
        var falseYields = new List<Value>();
        rewriter.SetInsertionPoint(replacement);
        for (int i = 0; i < thenArgs.Count; i++)
        {
            var t = thenArgs[i];
            var f = elseArgs[i];
            if (ScfRewrites.DefinedIn(t, replacement.ThenRegion) || ScfRewrites.DefinedIn(f, replacement.ElseRegion))
            {
                results[i] = replacement.GetResult(trueYields.Count);
                trueYields.Add(t);
                falseYields.Add(f);
            }
            else if (ReferenceEquals(t, f))
                results[i] = t;
            else
                results[i] = SelectOp.Create(rewriter, op.Location, t.Type, cond, t, f).Result;
        }
        ReplaceYield(ThenYield(replacement), trueYields, rewriter);
        ReplaceYield(ElseYield(replacement)!, falseYields, rewriter);
        rewriter.ReplaceOp(op, results);
        return true;
    }

    private static void ReplaceYield(YieldOp yield, List<Value> values, PatternRewriter rewriter)
    {
        rewriter.SetInsertionPoint(yield);
        var newYield = YieldOp.Create(rewriter, yield.Location, values.ToArray());
        rewriter.ReplaceOp(yield, newYield);
    }

    // if (c) { use(c) } else { use(c) } -> if (c) { use(true) } else { use(false) }
    private static bool PropagateCondition(IfOp op, PatternRewriter rewriter)
    {
        var cond = op.Condition;
        if (Operation.GetConstantValue(cond) != null)
            return false;
        var end = cond.ParentBlock?.Parent;
        Value? constTrue = null, constFalse = null;
        bool changed = false;
        for (var use = cond.FirstUse; use != null;)
        {
            var next = use.NextUse;
            int side = Side(use.Owner.ParentRegion, op, end);
            if (side != 0)
            {
                changed = true;
                Value constant;
                if (side > 0)
                    constant = constTrue ??= MakeBool(op, true, rewriter);
                else
                    constant = constFalse ??= MakeBool(op, false, rewriter);
                var u = use;
                rewriter.ModifyOpInPlace(u.Owner, () => u.Value = constant);
            }
            use = next;
        }
        return changed;
    }

    /// <summary>+1 when <paramref name="region"/> is (nested in) the then region of <paramref name="op"/>, -1 for the
    /// else region, 0 otherwise; the walk up stops at <paramref name="end"/>, the condition's region.</summary>
    private static int Side(Region? region, IfOp op, Region? end)
    {
        for (var r = region; r != null && !ReferenceEquals(r, end); r = r.ParentOp?.ParentRegion)
        {
            if (ReferenceEquals(r, op.ThenRegion))
                return 1;
            if (ReferenceEquals(r, op.ElseRegion))
                return -1;
        }
        return 0;
    }

    private static Value MakeBool(Operation op, bool value, PatternRewriter rewriter)
    {
        rewriter.SetInsertionPoint(op);
        return ConstantOp.Create(rewriter, op.Location, rewriter.Context.I(1), IntegerAttr.GetBool(rewriter.Context, value)).Result;
    }

    // %r = if (c) yield true else yield false -> c ; yield false/true -> xori c, true ; yield a/a -> a
    private static bool ReplaceYieldWithConditionOrValue(IfOp op, PatternRewriter rewriter)
    {
        if (op.NumResults == 0)
            return false;
        var thenArgs = ScfRewrites.Values(ThenYield(op).Values);
        var elseArgs = ScfRewrites.Values(ElseYield(op)!.Values);
        rewriter.SetInsertionPoint(op);
        bool changed = false;
        for (int i = 0; i < thenArgs.Count; i++)
        {
            var result = op.GetResult(i);
            var t = thenArgs[i];
            var f = elseArgs[i];
            if (ReferenceEquals(t, f))
            {
                if (!result.UseEmpty)
                {
                    rewriter.ReplaceAllUsesWith(result, t);
                    changed = true;
                }
                continue;
            }
            if (!IsBool(t, out bool tv) || !IsBool(f, out bool fv))
                continue;
            if (!tv && fv && !result.UseEmpty)
            {
                var one = ConstantOp.Create(rewriter, op.Location, rewriter.Context.I(1), IntegerAttr.GetBool(rewriter.Context, true));
                var not = XOrIOp.Create(rewriter, op.Location, op.Condition, one.Result);
                rewriter.ReplaceAllUsesWith(result, not.Result);
                changed = true;
            }
            if (tv && !fv && !result.UseEmpty)
            {
                rewriter.ReplaceAllUsesWith(result, op.Condition);
                changed = true;
            }
        }
        return changed;
    }

    /// <summary>True when <paramref name="v"/> is a constant i1 (MLIR's BoolAttr).</summary>
    private static bool IsBool(Value v, out bool value)
    {
        value = false;
        if (Operation.GetConstantValue(v) is not IntegerAttr { Type: Core.IR.Types.IntegerType { Width: 1, IsSignless: true } } attr)
            return false;
        value = !attr.IsZero;
        return true;
    }

    // if (c) { A } else { B } ; if (c) { C } else { D } -> if (c) { A; C } else { B; D } (also with c negated)
    private static bool CombineIfs(IfOp nextIf, PatternRewriter rewriter)
    {
        if (nextIf.PrevOp is not IfOp prevIf)
            return false;
        Block? nextThen = null, nextElse = null;
        if (ReferenceEquals(nextIf.Condition, prevIf.Condition))
        {
            nextThen = nextIf.ThenRegion.LastBlock;
            nextElse = nextIf.ElseRegion.LastBlock;
        }
        if (IsNotOf(nextIf.Condition, prevIf.Condition) || IsNotOf(prevIf.Condition, nextIf.Condition))
        {
            nextElse = nextIf.ThenRegion.LastBlock;
            nextThen = nextIf.ElseRegion.LastBlock;
        }
        if (nextThen == null && nextElse == null)
            return false;

        // Uses of prevIf's results inside nextIf's taken region become the values prevIf yields there.
        var prevThenYielded = ScfRewrites.Values(ThenYield(prevIf).Values);
        var prevElseYielded = ElseYield(prevIf) is { } ey ? ScfRewrites.Values(ey.Values) : null;
        var prevResults = prevIf.Outputs;
        // Upstream zips with the else yields, so without an else region no use is rewritten.
        int count = prevElseYielded == null ? 0 : prevResults.Length;
        for (int i = 0; i < count; i++)
        {
            for (var use = prevResults[i].FirstUse; use != null;)
            {
                var next = use.NextUse;
                var region = use.Owner.ParentRegion;
                Value? to = null;
                if (nextThen != null && region != null && nextThen.Parent!.IsAncestorOf(region))
                    to = prevThenYielded[i];
                else if (nextElse != null && region != null && nextElse.Parent!.IsAncestorOf(region))
                    to = prevElseYielded![i];
                if (to != null)
                {
                    var u = use;
                    rewriter.ModifyOpInPlace(u.Owner, () => u.Value = to);
                }
                use = next;
            }
        }

        var types = new List<Type>(ScfRewrites.Types(prevIf.Outputs));
        types.AddRange(ScfRewrites.Types(nextIf.Outputs));
        rewriter.SetInsertionPoint(nextIf);
        var combined = IfOp.Create(rewriter, nextIf.Location, types.ToArray(), prevIf.Condition);
        rewriter.InlineRegionBefore(prevIf.ThenRegion, combined.ThenRegion, null);
        if (nextThen != null)
            MergeInto(nextThen, combined.ThenRegion.LastBlock!, rewriter);
        rewriter.InlineRegionBefore(prevIf.ElseRegion, combined.ElseRegion, null);
        if (nextElse != null)
        {
            if (combined.ElseRegion.IsEmpty)
                rewriter.InlineRegionBefore(nextElse.Parent!, combined.ElseRegion, null);
            else
                MergeInto(nextElse, combined.ElseRegion.LastBlock!, rewriter);
        }
        int prevCount = prevIf.NumResults;
        var prevValues = new Value?[prevCount];
        var nextValues = new Value?[nextIf.NumResults];
        for (int i = 0; i < combined.NumResults; i++)
        {
            if (i < prevCount)
                prevValues[i] = combined.GetResult(i);
            else
                nextValues[i - prevCount] = combined.GetResult(i);
        }
        rewriter.ReplaceOp(prevIf, prevValues);
        rewriter.ReplaceOp(nextIf, nextValues);
        return true;
    }

    /// <summary>Appends the ops of <paramref name="source"/> to <paramref name="dest"/>, both ending in a yield; the
    /// two yields become one yielding <paramref name="dest"/>'s values then <paramref name="source"/>'s.</summary>
    private static void MergeInto(Block source, Block dest, PatternRewriter rewriter)
    {
        var first = (YieldOp)dest.LastOp!;
        var second = (YieldOp)source.LastOp!;
        rewriter.MergeBlocks(source, dest);
        rewriter.SetInsertionPointToEnd(dest);
        var merged = ScfRewrites.Values(first.Values);
        merged.AddRange(ScfRewrites.Values(second.Values));
        YieldOp.Create(rewriter, second.Location, merged.ToArray());
        rewriter.EraseOp(first);
        rewriter.EraseOp(second);
    }

    /// <summary>True when <paramref name="v"/> is <c>arith.xori <paramref name="of"/>, 1</c>.</summary>
    private static bool IsNotOf(Value v, Value of) =>
        v.DefiningOp is XOrIOp xor && ReferenceEquals(xor.Lhs, of) && ScfRewrites.ConstantInt(xor.Rhs) is { Bits.IsOne: true };

    // if (c) { A } else { yield } (no results) -> if (c) { A }
    private static bool RemoveEmptyElseBranch(IfOp op, PatternRewriter rewriter)
    {
        if (op.NumResults != 0)
            return false;
        var elseBlock = op.ElseRegion.LastBlock;
        if (elseBlock == null || !ReferenceEquals(elseBlock.FirstOp, elseBlock.LastOp))
            return false;
        rewriter.SetInsertionPoint(op);
        var newOp = IfOp.Create(rewriter, op.Location, [], op.Condition);
        ScfRewrites.CopyAttributes(op, newOp);
        rewriter.InlineRegionBefore(op.ThenRegion, newOp.ThenRegion, newOp.ThenRegion.FirstBlock);
        rewriter.EraseOp(op);
        return true;
    }

    // if (a) { if (b) { A } } -> if (andi a, b) { A } (results through selects on a where needed)
    private static bool CombineNestedIfs(IfOp op, PatternRewriter rewriter)
    {
        var thenBlock = op.ThenRegion.LastBlock!;
        // The nested if must be the only op before the terminator; an else block may only yield.
        if (thenBlock.FirstOp is not IfOp nestedIf || !ReferenceEquals(nestedIf.NextOp, thenBlock.LastOp))
            return false;
        var elseBlock = op.ElseRegion.LastBlock;
        if (elseBlock != null && !ReferenceEquals(elseBlock.FirstOp, elseBlock.LastOp))
            return false;
        var nestedElse = nestedIf.ElseRegion.LastBlock;
        if (nestedElse != null && !ReferenceEquals(nestedElse.FirstOp, nestedElse.LastOp))
            return false;

        var thenYield = ScfRewrites.Values(ThenYield(op).Values);
        var elseYield = elseBlock != null ? ScfRewrites.Values(ElseYield(op)!.Values) : new List<Value>();
        var toSelect = new List<int>();
        for (int i = 0; i < thenYield.Count; i++)
        {
            var v = thenYield[i];
            if (ReferenceEquals(v.DefiningOp, nestedIf))
            {
                int idx = ((OpResult)v).ResultNumber;
                if (!ReferenceEquals(ElseYield(nestedIf)!.GetOperand(idx), elseYield[i]))
                    return false;
                thenYield[i] = ThenYield(nestedIf).GetOperand(idx);
                continue;
            }
            if (ScfRewrites.DefinedIn(v, op.ThenRegion))
                return false;
            toSelect.Add(i);
        }

        var loc = op.Location;
        rewriter.SetInsertionPoint(op);
        var newCondition = AndIOp.Create(rewriter, loc, op.Condition, nestedIf.Condition).Result;
        var newIf = IfOp.Create(rewriter, loc, ScfRewrites.Types(op.Outputs), newCondition);
        var newBlock = rewriter.CreateBlock(newIf.ThenRegion, null);
        var results = new Value?[newIf.NumResults];
        for (int i = 0; i < results.Length; i++)
            results[i] = newIf.GetResult(i);
        rewriter.SetInsertionPoint(newIf);
        foreach (int idx in toSelect)
            results[idx] = SelectOp.Create(rewriter, loc, thenYield[idx].Type, op.Condition, thenYield[idx], elseYield[idx]).Result;
        rewriter.MergeBlocks(nestedIf.ThenRegion.LastBlock!, newBlock);
        ReplaceYield((YieldOp)newBlock.LastOp!, thenYield, rewriter);
        if (elseYield.Count != 0)
        {
            var block = rewriter.CreateBlock(newIf.ElseRegion, null);
            rewriter.SetInsertionPointToEnd(block);
            YieldOp.Create(rewriter, loc, elseYield.ToArray());
        }
        rewriter.ReplaceOp(op, results);
        return true;
    }
}
