using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Pass.Analysis;

/// <summary>
/// The (post-)dominator tree of one region's CFG (Cooper-Harvey-Kennedy on reverse post-order). For
/// post-dominance the graph is reversed and rooted at a virtual exit whose predecessors are the blocks without
/// successors; blocks that reach no exit (infinite loops) are then outside the tree. O(blocks * iterations) to
/// build, O(depth) per query.
/// </summary>
internal sealed class DominatorTree
{
    private readonly Dictionary<Block, int> _index = new(ReferenceEqualityComparer.Instance);
    private readonly Block[] _blocks;
    // Immediate dominator per node (a block index, or _blocks.Length for the virtual exit); -1: not in the tree.
    private readonly int[] _idom;
    // Depth in the tree, for nearest common dominators.
    private readonly int[] _depth;
    private readonly int _root;

    public DominatorTree(Region region, bool post)
    {
        var blocks = new List<Block>();
        for (var b = region.FirstBlock; b != null; b = b.NextBlock)
        {
            _index[b] = blocks.Count;
            blocks.Add(b);
        }
        _blocks = blocks.ToArray();
        int n = _blocks.Length;
        int nodes = post ? n + 1 : n;
        var succ = new List<int>[nodes];
        var pred = new List<int>[nodes];
        for (int i = 0; i < nodes; i++)
        {
            succ[i] = new List<int>();
            pred[i] = new List<int>();
        }
        for (int i = 0; i < n; i++)
        {
            var successors = _blocks[i].Successors;
            bool any = false;
            foreach (var s in successors)
                if (_index.TryGetValue(s.Target, out int j))
                {
                    any = true;
                    if (post)
                    {
                        succ[j].Add(i);
                        pred[i].Add(j);
                    }
                    else
                    {
                        succ[i].Add(j);
                        pred[j].Add(i);
                    }
                }
            if (post && !any)
            {
                succ[n].Add(i);
                pred[i].Add(n);
            }
        }
        _root = post ? n : 0;
        _idom = new int[nodes];
        _depth = new int[nodes];
        for (int i = 0; i < nodes; i++)
            _idom[i] = -1;
        if (n == 0)
        {
            if (post)
                _idom[_root] = _root;
            return;
        }
        // Reverse post-order from the root (iterative DFS).
        var order = new int[nodes];
        for (int i = 0; i < nodes; i++)
            order[i] = -1;
        var post_ = new List<int>(nodes);
        var stack = new Stack<(int Node, int Next)>();
        var visited = new bool[nodes];
        visited[_root] = true;
        stack.Push((_root, 0));
        while (stack.Count > 0)
        {
            var (v, next) = stack.Pop();
            if (next < succ[v].Count)
            {
                stack.Push((v, next + 1));
                int w = succ[v][next];
                if (!visited[w])
                {
                    visited[w] = true;
                    stack.Push((w, 0));
                }
                continue;
            }
            post_.Add(v);
        }
        var rpo = new List<int>(post_.Count);
        for (int i = post_.Count - 1; i >= 0; i--)
        {
            order[post_[i]] = rpo.Count;
            rpo.Add(post_[i]);
        }
        _idom[_root] = _root;
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int k = 1; k < rpo.Count; k++)
            {
                int v = rpo[k];
                int newIdom = -1;
                foreach (int p in pred[v])
                {
                    if (_idom[p] < 0)
                        continue;
                    newIdom = newIdom < 0 ? p : Intersect(p, newIdom, order);
                }
                if (newIdom >= 0 && _idom[v] != newIdom)
                {
                    _idom[v] = newIdom;
                    changed = true;
                }
            }
        }
        foreach (int v in rpo)
            _depth[v] = v == _root ? 0 : _depth[_idom[v]] + 1;
    }

    private int Intersect(int a, int b, int[] order)
    {
        while (a != b)
        {
            while (order[a] > order[b])
                a = _idom[a];
            while (order[b] > order[a])
                b = _idom[b];
        }
        return a;
    }

    /// <summary>True when <paramref name="block"/> is in the tree (reachable from the entry, or reaching an exit
    /// for post-dominance).</summary>
    public bool Contains(Block block) => _index.TryGetValue(block, out int i) && _idom[i] >= 0;

    /// <summary>The immediate (post-)dominator, or null for the entry / a block post-dominated only by the
    /// virtual exit / a block outside the tree.</summary>
    public Block? Immediate(Block block)
    {
        if (!_index.TryGetValue(block, out int i) || _idom[i] < 0 || i == _root)
            return null;
        int d = _idom[i];
        return d < _blocks.Length ? _blocks[d] : null;
    }

    /// <summary>True when <paramref name="a"/> (post-)dominates <paramref name="b"/>, both in this region; a block
    /// dominates itself. Blocks outside the tree are dominated by everything, as in MLIR.</summary>
    public bool Dominates(Block a, Block b)
    {
        if (a == b)
            return true;
        int ib = _index[b];
        if (_idom[ib] < 0)
            return true;
        int ia = _index[a];
        if (_idom[ia] < 0)
            return false;
        while (_depth[ib] > _depth[ia])
            ib = _idom[ib];
        return ib == ia;
    }

    /// <summary>The deepest block (post-)dominating both, or null when only the virtual exit does or a block is
    /// outside the tree.</summary>
    public Block? NearestCommon(Block a, Block b)
    {
        int ia = _index[a], ib = _index[b];
        if (_idom[ia] < 0 || _idom[ib] < 0)
            return null;
        while (_depth[ia] > _depth[ib])
            ia = _idom[ia];
        while (_depth[ib] > _depth[ia])
            ib = _idom[ib];
        while (ia != ib)
        {
            ia = _idom[ia];
            ib = _idom[ib];
        }
        return ia < _blocks.Length ? _blocks[ia] : null;
    }

    /// <summary>The blocks immediately (post-)dominated by <paramref name="block"/>, in region order.</summary>
    public List<Block> Children(Block block)
    {
        var result = new List<Block>();
        int i = _index[block];
        for (int k = 0; k < _blocks.Length; k++)
            if (k != i && _idom[k] == i && k != _root)
                result.Add(_blocks[k]);
        return result;
    }
}
