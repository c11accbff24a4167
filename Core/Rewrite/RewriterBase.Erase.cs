using System;
using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

public abstract partial class RewriterBase
{
    /// <summary>
    /// Erases <paramref name="op"/>, whose results must be unused, with everything nested in it. With a listener
    /// the nested ops and blocks are erased one at a time, each notified while the IR around it is consistent:
    /// regions last to first, blocks in post-order (successors first, then any unreachable rest), ops last to
    /// first, each op after its nested ones.
    /// </summary>
    public virtual void EraseOp(Operation op)
    {
        if (!op.UseEmpty)
            throw new InvalidOperationException($"erasing '{op.Name}' whose results still have uses");
        EraseOpUnchecked(op);
    }

    /// <summary>
    /// Erases <paramref name="block"/>, which must have no predecessors, with its ops (last to first, each of which
    /// must be unused by then).
    /// </summary>
    public virtual void EraseBlock(Block block)
    {
        if (!block.HasNoPredecessors)
            throw new InvalidOperationException("erasing a block that still has predecessors");
        for (var op = block.LastOp; op != null;)
        {
            var prev = op.PrevOp;
            EraseOp(op);
            op = prev;
        }
        RewriteListener?.NotifyBlockErased(block);
        block.Parent?.Remove(block);
    }

    /// <summary>
    /// Erases <paramref name="op"/> even though its results may still be used by ops the caller erases next (dead
    /// cycles, graph regions, unreachable code): each erased op drops its own operand references, so the IR is
    /// consistent once all of them are gone.
    /// </summary>
    internal void EraseOpUnchecked(Operation op)
    {
        var listener = RewriteListener;
        if (listener == null)
        {
            op.DropAllReferences();
            op.Remove();
            return;
        }
        if (op.NumRegions == 0)
        {
            listener.NotifyOperationErased(op);
            op.DropAllReferences();
            op.Remove();
            return;
        }
        EraseTree(op, listener);
    }

    /// <summary>
    /// Erases <paramref name="blocks"/> (of one region) as a group, whose values and predecessors may be used only
    /// by ops in the group: ops last to first in each block, then the block, in the given order.
    /// </summary>
    internal void EraseBlocksUnchecked(IReadOnlyList<Block> blocks)
    {
        var listener = RewriteListener;
        foreach (var block in blocks)
        {
            for (var op = block.LastOp; op != null;)
            {
                var prev = op.PrevOp;
                if (listener == null)
                {
                    op.DropAllReferences();
                    op.Remove();
                }
                else
                    EraseOpUnchecked(op);
                op = prev;
            }
            listener?.NotifyBlockErased(block);
            block.Parent?.Remove(block);
        }
    }

    private enum EraseStep : byte
    {
        Visit,
        EraseOp,
        EraseBlock,
    }

    /// <summary>The notified erasure of <paramref name="root"/>'s tree; iterative over nesting depth.</summary>
    private static void EraseTree(Operation root, RewriterListener listener)
    {
        var tasks = new Stack<(EraseStep Step, Operation? Op, Block? Block)>();
        var order = new List<Block>();
        var visited = new HashSet<Block>();
        var passEnds = new List<int>();
        tasks.Push((EraseStep.Visit, root, null));
        while (tasks.Count > 0)
        {
            var (step, op, block) = tasks.Pop();
            switch (step)
            {
                case EraseStep.EraseOp:
                    listener.NotifyOperationErased(op!);
                    op!.DropAllReferences();
                    op.Remove();
                    break;
                case EraseStep.EraseBlock:
                    listener.NotifyBlockErased(block!);
                    block!.Parent?.Remove(block);
                    break;
                default:
                    // Pushed in reverse of the order they run: regions first to last so the last runs first.
                    tasks.Push((EraseStep.EraseOp, op, null));
                    foreach (var region in op!.RegionsSpan)
                    {
                        if (region.IsEmpty)
                            continue;
                        order.Clear();
                        visited.Clear();
                        passEnds.Clear();
                        // Post-order from the entry, then from each block left unvisited (unreachable parts).
                        for (var b = region.FirstBlock; b != null; b = b.NextBlock)
                            if (!visited.Contains(b))
                            {
                                BlockGraph.PostOrder(b, visited, order);
                                passEnds.Add(order.Count);
                            }
                        // Each pass: the ops of its blocks (last op first), then its blocks.
                        for (int p = passEnds.Count - 1; p >= 0; p--)
                        {
                            int start = p == 0 ? 0 : passEnds[p - 1];
                            for (int i = passEnds[p] - 1; i >= start; i--)
                                tasks.Push((EraseStep.EraseBlock, null, order[i]));
                            for (int i = passEnds[p] - 1; i >= start; i--)
                                for (var nested = order[i].FirstOp; nested != null; nested = nested.NextOp)
                                    tasks.Push((EraseStep.Visit, nested, null));
                        }
                    }
                    break;
            }
        }
    }
}
