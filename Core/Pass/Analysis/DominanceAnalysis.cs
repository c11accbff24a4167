using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Verification;

namespace Dialectic.Core.Pass.Analysis;

/// <summary>
/// Dominance over the regions nested in an op (MLIR's <c>DominanceInfo</c> as an analysis): block trees built per
/// region on first query, value dominance through the verifier's <see cref="DominanceInfo"/>. Blocks and ops in
/// different regions are compared through their ancestors in the common region; an op whose region encloses
/// another op's dominates it.
/// </summary>
public sealed class DominanceAnalysis
{
    private readonly Dictionary<Region, DominatorTree> _trees = new(ReferenceEqualityComparer.Instance);

    public DominanceAnalysis(Operation op)
    {
        Operation = op;
    }

    /// <summary>The op whose nested regions are analyzed.</summary>
    public Operation Operation { get; }

    /// <summary>Value dominance as the verifier checks it (graph regions impose no order).</summary>
    public DominanceInfo Info { get; } = new();

    private DominatorTree Tree(Region region)
    {
        if (!_trees.TryGetValue(region, out var tree))
            _trees[region] = tree = new DominatorTree(region, post: false);
        return tree;
    }

    /// <summary>True when the block is reachable from its region's entry.</summary>
    public bool IsReachableFromEntry(Block block) => block.Parent == null || Tree(block.Parent).Contains(block);

    /// <summary>The immediate dominator of <paramref name="block"/> in its region; null for an entry block or an
    /// unreachable one.</summary>
    public Block? ImmediateDominator(Block block) => block.Parent == null ? null : Tree(block.Parent).Immediate(block);

    /// <summary>The blocks <paramref name="block"/> immediately dominates, in region order.</summary>
    public IReadOnlyList<Block> DominatorTreeChildren(Block block) => Tree(block.Parent!).Children(block);

    /// <summary>
    /// True when <paramref name="a"/> dominates <paramref name="b"/>: <paramref name="b"/>, or the block of its
    /// ancestor in <paramref name="a"/>'s region, is dominated by <paramref name="a"/> there.
    /// </summary>
    public bool Dominates(Block a, Block b) => a == b || ProperlyDominates(a, b);

    /// <summary>Dominates and differs (a block enclosing <paramref name="b"/> through nested ops counts).</summary>
    public bool ProperlyDominates(Block a, Block b)
    {
        if (a == b || a.Parent == null)
            return false;
        var ancestor = AncestorBlockIn(a.Parent, b);
        if (ancestor == null)
            return false;
        if (ancestor == a)
            return true; // b is nested in an op of a
        return Tree(a.Parent).Dominates(a, ancestor);
    }

    /// <summary>The nearest block dominating both (same region), or null.</summary>
    public Block? FindNearestCommonDominator(Block a, Block b)
    {
        if (a.Parent == null || a.Parent != b.Parent)
            return null;
        return Tree(a.Parent).NearestCommon(a, b);
    }

    /// <summary>True when <paramref name="a"/> is <paramref name="b"/> or properly dominates it.</summary>
    public bool Dominates(Operation a, Operation b) => a == b || ProperlyDominates(a, b);

    /// <summary>
    /// True when <paramref name="a"/> properly dominates <paramref name="b"/>: in one block, <paramref name="a"/>
    /// comes first (any order in a graph region); an op dominates the ops nested in it when
    /// <paramref name="enclosingOpOk"/>; otherwise the blocks decide.
    /// </summary>
    public bool ProperlyDominates(Operation a, Operation b, bool enclosingOpOk = true)
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
            return enclosingOpOk;
        if (hoisted.Block == aBlock)
        {
            if (DominanceInfo.MayBeGraphRegion(region.ParentOp) && region.HasOneBlock)
                return true;
            return a.IsBeforeInBlock(hoisted);
        }
        return Tree(region).Dominates(aBlock, hoisted.Block!);
    }

    /// <summary>True when the definition of <paramref name="value"/> properly dominates
    /// <paramref name="user"/>.</summary>
    public bool ProperlyDominates(Value value, Operation user) => Info.ProperlyDominates(value, user);

    /// <summary>The block of <paramref name="block"/> or of its ancestor op that lies in
    /// <paramref name="region"/>; null when <paramref name="block"/> is not nested in it.</summary>
    internal static Block? AncestorBlockIn(Region region, Block block)
    {
        Block? current = block;
        while (current != null && current.Parent != region)
            current = current.ParentOp?.Block;
        return current;
    }
}
