using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Pass.Analysis;

/// <summary>
/// Post-dominance over the regions nested in an op (MLIR's <c>PostDominanceInfo</c>): per region, a tree rooted at
/// a virtual exit reached from every block without successors. Blocks that reach no exit (infinite loops) are
/// outside the tree: post-dominated by everything, post-dominating nothing.
/// </summary>
public sealed class PostDominanceInfo
{
    private readonly Dictionary<Region, DominatorTree> _trees = new(ReferenceEqualityComparer.Instance);

    public PostDominanceInfo(Operation op)
    {
        Operation = op;
    }

    /// <summary>The op whose nested regions are analyzed.</summary>
    public Operation Operation { get; }

    private DominatorTree Tree(Region region)
    {
        if (!_trees.TryGetValue(region, out var tree))
            _trees[region] = tree = new DominatorTree(region, post: true);
        return tree;
    }

    /// <summary>The immediate post-dominator of <paramref name="block"/>; null when only the virtual exit
    /// post-dominates it (an exit block, or paths to several exits) or it reaches no exit.</summary>
    public Block? ImmediatePostDominator(Block block) => block.Parent == null ? null : Tree(block.Parent).Immediate(block);

    /// <summary>True when <paramref name="a"/> post-dominates <paramref name="b"/> (through ancestors in
    /// <paramref name="a"/>'s region for nested blocks).</summary>
    public bool PostDominates(Block a, Block b) => a == b || ProperlyPostDominates(a, b);

    /// <summary>Post-dominates and differs.</summary>
    public bool ProperlyPostDominates(Block a, Block b)
    {
        if (a == b || a.Parent == null)
            return false;
        var ancestor = DominanceAnalysis.AncestorBlockIn(a.Parent, b);
        if (ancestor == null)
            return false;
        if (ancestor == a)
            return true;
        return Tree(a.Parent).Dominates(a, ancestor);
    }

    /// <summary>The nearest block post-dominating both (same region), or null.</summary>
    public Block? FindNearestCommonPostDominator(Block a, Block b)
    {
        if (a.Parent == null || a.Parent != b.Parent)
            return null;
        return Tree(a.Parent).NearestCommon(a, b);
    }

    /// <summary>True when <paramref name="a"/> is <paramref name="b"/> or properly post-dominates it.</summary>
    public bool PostDominates(Operation a, Operation b) => a == b || ProperlyPostDominates(a, b);

    /// <summary>
    /// True when every path from <paramref name="b"/> to an exit passes <paramref name="a"/> after it: in one block,
    /// <paramref name="a"/> comes later; an op post-dominates the ops nested in it; otherwise the blocks decide.
    /// </summary>
    public bool ProperlyPostDominates(Operation a, Operation b)
    {
        if (a == b)
            return false;
        var aBlock = a.Block;
        if (aBlock?.Parent == null)
            return false;
        var region = aBlock.Parent;
        var hoisted = b;
        while (hoisted.Block?.Parent != region)
        {
            var parent = hoisted.ParentOp;
            if (parent == null)
                return false;
            hoisted = parent;
        }
        if (hoisted == a)
            return true;
        if (hoisted.Block == aBlock)
            return hoisted.IsBeforeInBlock(a);
        return Tree(region).Dominates(aBlock, hoisted.Block!);
    }
}
