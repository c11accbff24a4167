using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite;

namespace Dialectic.Dialects.ControlFlow;

/// <summary>
/// The canonicalizations of <c>cf.br</c> and the successor-collapsing helper the other branch ops share (as upstream
/// MLIR's ControlFlowOps). Every rewrite here removes a block edge or an op, so none can loop forever: each
/// either fails or strictly shrinks the branch chain it follows.
/// </summary>
internal static class BranchCanonicalization
{
    /// <summary>br ^succ(args) where this block is ^succ's only predecessor -> merge ^succ into this block.
    /// Then br ^pass(args) where ^pass only branches on -> br to ^pass's destination.</summary>
    public static bool Canonicalize(BranchOp op, PatternRewriter rewriter) =>
        MergeSinglePredecessor(op, rewriter) || SkipPassThrough(op, rewriter);

    // ^a: br ^b(x) ; ^b(y) has ^a as only predecessor -> ^a: <ops of ^b with y := x>
    private static bool MergeSinglePredecessor(BranchOp op, PatternRewriter rewriter)
    {
        var block = op.Block!;
        var succ = op.Dest;
        if (ReferenceEquals(succ, block) || !ReferenceEquals(succ.SinglePredecessor, block))
            return false;
        var operands = Values(op.DestOperands);
        // The branch is erased first so that the successor has no predecessor left when it is merged.
        rewriter.EraseOp(op);
        rewriter.MergeBlocks(succ, block, operands);
        return true;
    }

    // br ^pass(x) ; ^pass(y): br ^dest(f(y)) -> br ^dest(f(x))
    private static bool SkipPassThrough(BranchOp op, PatternRewriter rewriter)
    {
        var dest = op.Dest;
        if (ReferenceEquals(dest, op.Block))
            return false;
        var operands = Values(op.DestOperands);
        if (!CollapseBranch(ref dest, ref operands))
            return false;
        rewriter.SetInsertionPoint(op);
        var br = BranchOp.Create(rewriter, op.Location, operands.ToArray(), dest);
        rewriter.ReplaceOp(op, br);
        return true;
    }

    /// <summary>
    /// When <paramref name="successor"/> holds only an unconditional branch whose arguments are used by that branch
    /// alone and no chain of unconditional branches from there cycles, retargets the edge to that branch's destination with the forwarded operands remapped; false
    /// (nothing changed) otherwise, or when the branch loops on its own block.
    /// </summary>
    public static bool CollapseBranch(ref Block successor, ref List<Value> operands)
    {
        if (successor.FirstOp is not BranchOp br || !ReferenceEquals(br, successor.LastOp))
            return false;
        var args = successor.Arguments;
        for (int i = 0; i < args.Count; i++)
            for (var use = args[i].FirstUse; use != null; use = use.NextUse)
                if (!ReferenceEquals(use.Owner, br))
                    return false;
        var dest = br.Dest;
        if (ReferenceEquals(dest, successor))
            return false;
        // Nor to a chain of unconditional branches that cycles (each step visits a new block, so this ends).
        var visited = new HashSet<Block> { successor, dest };
        for (var next = dest.LastOp as BranchOp; next != null; next = next.Dest.LastOp as BranchOp)
            if (!visited.Add(next.Dest))
                return false;
        var forwarded = br.DestOperands;
        var remapped = new List<Value>(forwarded.Length);
        for (int i = 0; i < forwarded.Length; i++)
        {
            var v = forwarded[i].Value;
            if (v is BlockArgument arg && ReferenceEquals(arg.Owner, successor))
                remapped.Add(operands[arg.ArgNumber]);
            else
                remapped.Add(v);
        }
        successor = dest;
        operands = remapped;
        return true;
    }

    public static List<Value> Values(System.ReadOnlySpan<OpOperand> operands)
    {
        var list = new List<Value>(operands.Length);
        foreach (var o in operands)
            list.Add(o.Value);
        return list;
    }

    /// <summary>The constant integer (i1 included) a value holds, or null.</summary>
    public static IntegerAttr? ConstantInt(Value value) => Operation.GetConstantValue(value) as IntegerAttr;
}
