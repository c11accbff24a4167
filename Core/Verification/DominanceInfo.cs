using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Verification;

/// <summary>
/// Block dominance per region (Cooper-Harvey-Kennedy iterative algorithm on reverse post-order), computed
/// lazily and cached per region; and value dominance over nested regions as MLIR defines it, where regions
/// that may be graph regions (single-block regions of unregistered ops or of ops with
/// <see cref="OpTraits.GraphRegions"/>) impose no order inside their block. O(blocks * iterations) per region to build, O(depth of dominator tree) per query.
/// </summary>
public sealed class DominanceInfo
{
    private sealed class RegionInfo
    {
        public readonly Dictionary<Block, int> Order = new(ReferenceEqualityComparer.Instance);
        public readonly List<Block> Rpo = new();
        public int[] Idom = [];
    }

    private readonly Dictionary<Region, RegionInfo> _regions = new(ReferenceEqualityComparer.Instance);

    /// <summary>True when regions of <paramref name="op"/> need not respect SSA order within a block.</summary>
    public static bool MayBeGraphRegion(Operation? op) => op == null || !op.IsRegistered || op.HasTrait(OpTraits.GraphRegions);

    // The region of the last query and its info: queries come in runs from one region (a verifier walks a
    // region's ops in turn), so most skip the dictionary lookup.
    private Region? _lastRegion;
    private RegionInfo? _lastInfo;

    private RegionInfo Get(Region region)
    {
        if (region == _lastRegion)
            return _lastInfo!;
        if (!_regions.TryGetValue(region, out var info))
            info = Build(region);
        _lastRegion = region;
        _lastInfo = info;
        return info;
    }

    private RegionInfo Build(Region region)
    {
        var info = new RegionInfo();
        _regions[region] = info;
        var entry = region.FirstBlock;
        if (entry == null)
            return info;
        // Iterative DFS for post-order.
        var visited = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        var post = new List<Block>();
        var stack = new Stack<(Block B, int Next)>();
        stack.Push((entry, 0));
        visited.Add(entry);
        while (stack.Count > 0)
        {
            var (b, next) = stack.Pop();
            var succ = b.Successors;
            if (next < succ.Count)
            {
                stack.Push((b, next + 1));
                var s = succ[next].Target;
                if (s.Parent == region && visited.Add(s))
                    stack.Push((s, 0));
                continue;
            }
            post.Add(b);
        }
        for (int i = post.Count - 1; i >= 0; i--)
        {
            info.Order[post[i]] = info.Rpo.Count;
            info.Rpo.Add(post[i]);
        }
        int n = info.Rpo.Count;
        var idom = new int[n];
        for (int i = 0; i < n; i++)
            idom[i] = -1;
        idom[0] = 0;
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int i = 1; i < n; i++)
            {
                int newIdom = -1;
                foreach (var pred in info.Rpo[i].Predecessors)
                {
                    if (!info.Order.TryGetValue(pred, out int p) || idom[p] < 0)
                        continue;
                    newIdom = newIdom < 0 ? p : Intersect(idom, p, newIdom);
                }
                if (newIdom >= 0 && idom[i] != newIdom)
                {
                    idom[i] = newIdom;
                    changed = true;
                }
            }
        }
        info.Idom = idom;
        return info;
    }

    private static int Intersect(int[] idom, int a, int b)
    {
        while (a != b)
        {
            while (a > b)
                a = idom[a];
            while (b > a)
                b = idom[b];
        }
        return a;
    }

    /// <summary>The blocks of <paramref name="region"/> reachable from its entry, in reverse post-order (the entry first).</summary>
    public IReadOnlyList<Block> ReversePostOrder(Region region) => Get(region).Rpo;

    /// <summary>The immediate dominator of <paramref name="block"/>; null for an entry block or an unreachable one.</summary>
    public Block? ImmediateDominator(Block block)
    {
        if (block.Parent == null || block.PrevBlock == null)
            return null;
        var info = Get(block.Parent);
        return info.Order.TryGetValue(block, out int i) && i != 0 ? info.Rpo[info.Idom[i]] : null;
    }

    /// <summary>True when <paramref name="block"/> is reachable from its region's entry. O(1) for an entry block
    /// (always reachable), without building the region's dominator tree.</summary>
    public bool IsReachable(Block block) =>
        block.Parent == null || block.PrevBlock == null || Get(block.Parent).Order.ContainsKey(block);

    /// <summary>True when <paramref name="a"/> dominates <paramref name="b"/> (same region; a block dominates itself).</summary>
    public bool Dominates(Block a, Block b)
    {
        if (a == b)
            return true;
        // The entry block dominates every reachable block, and uses in unreachable ones are dominated anyway.
        if (a.PrevBlock == null && a.Parent != null)
            return true;
        var info = Get(a.Parent!);
        if (!info.Order.TryGetValue(b, out int bi))
            return true; // uses in unreachable blocks are dominated by everything
        if (!info.Order.TryGetValue(a, out int ai))
            return false;
        while (bi != 0 && bi != ai)
            bi = info.Idom[bi];
        return bi == ai;
    }

    /// <summary>
    /// True when the definition of <paramref name="value"/> properly dominates its use by <paramref name="user"/>.
    /// </summary>
    public bool ProperlyDominates(Value value, Operation user)
    {
        var defBlock = value.ParentBlock;
        if (defBlock == null)
            return false;
        var region = defBlock.Parent;
        if (region == null)
        {
            // A detached block: only uses inside the same block, after the definition (or of an argument).
            Operation? top = user;
            while (top != null && top.Block != defBlock)
                top = top.ParentOp;
            if (top == null)
                return false;
            return value is BlockArgument || (value.DefiningOp != top && value.DefiningOp!.IsBeforeInBlock(top));
        }
        // Hoist the user to the op in the definition's region that contains it.
        var op = user;
        while (op.Block?.Parent != region)
        {
            op = op.ParentOp;
            if (op == null)
                return false;
        }
        var userBlock = op.Block!;
        if (value is BlockArgument)
            return Dominates(defBlock, userBlock);
        var defOp = value.DefiningOp!;
        if (userBlock == defBlock)
        {
            // Only single-block regions can be graph regions; a CFG always has SSA dominance.
            if (MayBeGraphRegion(region.ParentOp) && region.HasOneBlock)
                return true;
            return defOp != op && defOp.IsBeforeInBlock(op);
        }
        return Dominates(defBlock, userBlock);
    }
}
