using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>Iterative traversals of a region's control-flow graph (successors of each block's last op).</summary>
internal static class BlockGraph
{
    /// <summary>
    /// Appends the blocks reachable from <paramref name="entry"/> and not yet in <paramref name="visited"/> in
    /// post-order: successors (in successor order) before their predecessors, as LLVM's <c>post_order</c>.
    /// O(blocks + edges).
    /// </summary>
    public static void PostOrder(Block entry, HashSet<Block> visited, List<Block> output)
    {
        if (!visited.Add(entry))
            return;
        var stack = new Stack<(Block Block, int Next)>();
        stack.Push((entry, 0));
        while (stack.Count > 0)
        {
            var (block, next) = stack.Pop();
            var successors = block.Successors;
            if (next < successors.Count)
            {
                stack.Push((block, next + 1));
                var target = successors[next].Target;
                if (visited.Add(target))
                    stack.Push((target, 0));
            }
            else
                output.Add(block);
        }
    }

    /// <summary>Adds every block reachable from <paramref name="entry"/> to <paramref name="reachable"/>.</summary>
    public static void MarkReachable(Block entry, HashSet<Block> reachable)
    {
        if (!reachable.Add(entry))
            return;
        var stack = new Stack<Block>();
        stack.Push(entry);
        while (stack.Count > 0)
        {
            foreach (var successor in stack.Pop().Successors)
                if (reachable.Add(successor.Target))
                    stack.Push(successor.Target);
        }
    }
}
