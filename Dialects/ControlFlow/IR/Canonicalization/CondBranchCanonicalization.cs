using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite;
using Dialectic.Dialects.Arith;

namespace Dialectic.Dialects.ControlFlow;

/// <summary>The canonicalizations of <c>cf.cond_br</c> (upstream's five patterns, in upstream's order).</summary>
internal static class CondBranchCanonicalization
{
    public static void Add(RewritePatternSet patterns)
    {
        patterns.Add<CondBranchOp>(SimplifyConstCondition, debugName: "SimplifyConstCondBranchPred");
        patterns.Add<CondBranchOp>(SimplifyPassThrough, debugName: "SimplifyPassThroughCondBranch");
        patterns.Add<CondBranchOp>(SimplifyIdenticalSuccessors, debugName: "SimplifyCondBranchIdenticalSuccessors");
        patterns.Add<CondBranchOp>(SimplifyFromSameCondition, debugName: "SimplifyCondBranchFromCondBranchOnSameCondition");
        patterns.Add<CondBranchOp>(PropagateTruth, debugName: "CondBranchTruthPropagation");
    }

    // cond_br true, ^a, ^b -> br ^a ; cond_br false, ^a, ^b -> br ^b
    private static bool SimplifyConstCondition(CondBranchOp op, PatternRewriter rewriter)
    {
        if (BranchCanonicalization.ConstantInt(op.Condition) is not { } c)
            return false;
        bool taken = !c.IsZero;
        var dest = taken ? op.TrueDest : op.FalseDest;
        var operands = BranchCanonicalization.Values(taken ? op.TrueDestOperands : op.FalseDestOperands);
        ReplaceWithBranch(op, dest, operands, rewriter);
        return true;
    }

    // cond_br %c, ^pass(x), ^b ; ^pass(y): br ^d(y) -> cond_br %c, ^d(x), ^b
    private static bool SimplifyPassThrough(CondBranchOp op, PatternRewriter rewriter)
    {
        var trueDest = op.TrueDest;
        var falseDest = op.FalseDest;
        var trueOperands = BranchCanonicalization.Values(op.TrueDestOperands);
        var falseOperands = BranchCanonicalization.Values(op.FalseDestOperands);
        bool collapsedTrue = BranchCanonicalization.CollapseBranch(ref trueDest, ref trueOperands);
        bool collapsedFalse = BranchCanonicalization.CollapseBranch(ref falseDest, ref falseOperands);
        if (!collapsedTrue && !collapsedFalse)
            return false;
        rewriter.SetInsertionPoint(op);
        // The branch weights stay: each edge still leads where it did.
        var newOp = CondBranchOp.Create(rewriter, op.Location, op.Condition, trueOperands.ToArray(), falseOperands.ToArray(),
            trueDest, falseDest, op.BranchWeights);
        rewriter.ReplaceOp(op, newOp);
        return true;
    }

    // cond_br %c, ^a(x), ^a(x) -> br ^a(x) ; with differing operands and this block the only predecessor of ^a:
    // cond_br %c, ^a(x), ^a(y) -> br ^a(select(%c, x, y))
    private static bool SimplifyIdenticalSuccessors(CondBranchOp op, PatternRewriter rewriter)
    {
        var dest = op.TrueDest;
        if (!ReferenceEquals(dest, op.FalseDest))
            return false;
        var t = op.TrueDestOperands;
        var f = op.FalseDestOperands;
        bool same = t.Length == f.Length;
        for (int i = 0; same && i < t.Length; i++)
            same = ReferenceEquals(t[i].Value, f[i].Value);
        if (same)
        {
            ReplaceWithBranch(op, dest, BranchCanonicalization.Values(t), rewriter);
            return true;
        }
        if (!ReferenceEquals(UniquePredecessor(dest), op.Block))
            return false;
        rewriter.SetInsertionPoint(op);
        var merged = new List<Value>(t.Length);
        for (int i = 0; i < t.Length; i++)
        {
            var a = t[i].Value;
            var b = f[i].Value;
            merged.Add(ReferenceEquals(a, b) ? a : SelectOp.Create(rewriter, op.Location, a.Type, op.Condition, a, b).Result);
        }
        ReplaceWithBranch(op, dest, merged, rewriter);
        return true;
    }

    // ^p: cond_br %c, ^this, ^x ; ^this: cond_br %c, ^a, ^b  (^p the only predecessor) -> ^this: br ^a
    private static bool SimplifyFromSameCondition(CondBranchOp op, PatternRewriter rewriter)
    {
        var block = op.Block!;
        if (block.SinglePredecessor?.LastOp is not CondBranchOp pred || !ReferenceEquals(pred.Condition, op.Condition))
            return false;
        bool onTrue = ReferenceEquals(block, pred.TrueDest);
        ReplaceWithBranch(op, onTrue ? op.TrueDest : op.FalseDest,
            BranchCanonicalization.Values(onTrue ? op.TrueDestOperands : op.FalseDestOperands), rewriter);
        return true;
    }

    // cond_br %c, ^a, ^b: in ^a (reached only from here) %c is true, in ^b false; uses there become constants.
    private static bool PropagateTruth(CondBranchOp op, PatternRewriter rewriter)
    {
        bool replaced = false;
        if (op.TrueDest.SinglePredecessor != null)
            replaced |= ReplaceUsesIn(op, op.TrueDest, true, rewriter);
        if (op.FalseDest.SinglePredecessor != null)
            replaced |= ReplaceUsesIn(op, op.FalseDest, false, rewriter);
        return replaced;
    }

    private static bool ReplaceUsesIn(CondBranchOp op, Block block, bool value, PatternRewriter rewriter)
    {
        var condition = op.Condition;
        Value? constant = null;
        for (var use = condition.FirstUse; use != null;)
        {
            var next = use.NextUse;
            if (ReferenceEquals(use.Owner.Block, block))
            {
                if (constant == null)
                {
                    rewriter.SetInsertionPoint(op);
                    constant = ConstantOp.Create(rewriter, op.Location, rewriter.Context.I(1),
                        IntegerAttr.GetBool(rewriter.Context, value)).Result;
                }
                var owner = use.Owner;
                var u = use;
                rewriter.ModifyOpInPlace(owner, () => u.Value = constant);
            }
            use = next;
        }
        return constant != null;
    }

    /// <summary>The one block all of <paramref name="block"/>'s predecessor edges come from, or null.</summary>
    public static Block? UniquePredecessor(Block block)
    {
        Block? unique = null;
        for (var use = block.FirstUse; use != null; use = use.NextUse)
        {
            var pred = use.Owner.Block;
            if (unique != null && !ReferenceEquals(unique, pred))
                return null;
            unique = pred;
        }
        return unique;
    }

    public static void ReplaceWithBranch(Operation op, Block dest, List<Value> operands, PatternRewriter rewriter)
    {
        rewriter.SetInsertionPoint(op);
        var br = BranchOp.Create(rewriter, op.Location, operands.ToArray(), dest);
        rewriter.ReplaceOp(op, br);
    }
}
