using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Verification;

namespace Dialectic.Passes.Transforms;

/// <summary>
/// MLIR's CSE driver, iterative. Ops are visited in program order; an op's regions are simplified before the op
/// itself. A single-block region is one scope nested in its parent's; a multi-block region with SSA dominance is
/// walked along its dominator tree, each block a scope nested in its immediate dominator's, so a value is reused
/// only where its definition dominates; multi-block graph regions are skipped. An isolated-from-above op starts
/// from an empty map. Replaced and dead ops are erased at the end, in the order they were found.
/// </summary>
/// <remarks>One driver serves many runs (a CSE pass instance keeps one: its collections, sized by the largest
/// function so far, are not grown again for every function). Each run starts from empty collections.</remarks>
internal sealed class CseDriver
{
    private DominanceInfo _dominance = null!;
    private readonly List<Operation> _toErase = new();
    private readonly ScopedOperationMap _rootMap = new();
    private readonly Stack<Frame> _stack = new();

    // Per block: for a read-only op already known, how far the scan for writers after it went, and whether it met one.
    private readonly Dictionary<Operation, (Operation ScannedTo, bool FoundWriter)> _memEffectsCache = new(ReferenceEqualityComparer.Instance);
    private readonly List<MemoryEffectInstance> _effects = new();

    /// <summary>Ops replaced by an equal one in the last run.</summary>
    public long NumCse { get; private set; }

    /// <summary>Trivially dead ops erased in the last run.</summary>
    public long NumDce { get; private set; }

    private abstract class Frame;

    /// <summary>The regions of <see cref="Op"/> one after the other (in <see cref="RegionMap"/>), then the op
    /// itself (in <see cref="OuterMap"/>; not for the root).</summary>
    private sealed class OpFrame : Frame
    {
        public required Operation Op;
        public required ScopedOperationMap RegionMap;
        public ScopedOperationMap? OuterMap;
        public bool HasDominance;
        public int NextRegion;
    }

    /// <summary>One block's ops from <see cref="Next"/> on; closes its scope (when it owns one) at the end.</summary>
    private sealed class BlockFrame : Frame
    {
        public required Block Block;
        public required ScopedOperationMap Map;
        public required bool HasDominance;
        public Operation? Next;
        public int ScopeMark = -1;
    }

    /// <summary>A dominator-tree node: its block, then each child subtree, then its scope closes.</summary>
    private sealed class DomFrame : Frame
    {
        public required Block Block;
        public required ScopedOperationMap Map;
        public required Dictionary<Block, List<Block>> Children;
        public int ScopeMark;
        public int NextChild = -1;
    }

    /// <summary>Runs on the regions of <paramref name="root"/>; returns whether anything changed.</summary>
    public bool Run(Operation root, DominanceInfo dominance)
    {
        _dominance = dominance;
        NumCse = 0;
        NumDce = 0;
        _toErase.Clear();
        _memEffectsCache.Clear();
        _rootMap.Clear();
        var stack = _stack;
        stack.Clear();
        stack.Push(new OpFrame { Op = root, RegionMap = _rootMap });
        while (stack.Count > 0)
        {
            switch (stack.Peek())
            {
                case OpFrame of:
                    if (of.NextRegion < of.Op.NumRegions)
                    {
                        PushRegion(stack, of.Op.Regions[of.NextRegion++], of.RegionMap);
                        break;
                    }
                    stack.Pop();
                    if (of.OuterMap != null)
                        SimplifyOperation(of.OuterMap, of.Op, of.HasDominance);
                    break;
                case BlockFrame bf:
                    if (bf.Next == null)
                    {
                        stack.Pop();
                        _memEffectsCache.Clear(); // the cache is per block
                        if (bf.ScopeMark >= 0)
                            bf.Map.PopScope(bf.ScopeMark);
                        break;
                    }
                    var op = bf.Next;
                    bf.Next = op.NextOp;
                    if (op.NumRegions == 0)
                    {
                        SimplifyOperation(bf.Map, op, bf.HasDominance);
                        break;
                    }
                    // An isolated op cannot capture outer values: its regions start from an empty map.
                    stack.Push(new OpFrame
                    {
                        Op = op,
                        RegionMap = op.HasTrait(OpTraits.IsIsolatedFromAbove) ? new ScopedOperationMap() : bf.Map,
                        OuterMap = bf.Map,
                        HasDominance = bf.HasDominance,
                    });
                    break;
                case DomFrame df:
                    if (df.NextChild < 0)
                    {
                        df.NextChild = 0;
                        df.ScopeMark = df.Map.PushScope();
                        stack.Push(new BlockFrame { Block = df.Block, Map = df.Map, HasDominance = true, Next = df.Block.FirstOp });
                        break;
                    }
                    if (df.Children.TryGetValue(df.Block, out var kids) && df.NextChild < kids.Count)
                    {
                        stack.Push(new DomFrame { Block = kids[df.NextChild++], Children = df.Children, Map = df.Map });
                        break;
                    }
                    stack.Pop();
                    df.Map.PopScope(df.ScopeMark);
                    break;
            }
        }
        foreach (var op in _toErase)
            op.Erase();
        bool changed = _toErase.Count > 0;
        _toErase.Clear(); // Holds no erased op until the next run.
        _rootMap.Clear();
        return changed;
    }

    private void PushRegion(Stack<Frame> stack, Region region, ScopedOperationMap map)
    {
        if (region.IsEmpty)
            return;
        bool hasDominance = !DominanceInfo.MayBeGraphRegion(region.ParentOp);
        if (region.HasOneBlock)
        {
            var block = region.FirstBlock!;
            stack.Push(new BlockFrame { Block = block, Map = map, HasDominance = hasDominance, Next = block.FirstOp, ScopeMark = map.PushScope() });
            return;
        }
        if (!hasDominance)
            return; // MLIR skips multi-block graph regions
        var children = new Dictionary<Block, List<Block>>(ReferenceEqualityComparer.Instance);
        var rpo = _dominance.ReversePostOrder(region);
        for (int i = 1; i < rpo.Count; i++)
        {
            var idom = _dominance.ImmediateDominator(rpo[i]);
            if (idom == null)
                continue;
            if (!children.TryGetValue(idom, out var list))
                children[idom] = list = new List<Block>();
            list.Add(rpo[i]);
        }
        stack.Push(new DomFrame { Block = rpo[0], Children = children, Map = map });
    }

    /// <summary>MLIR's <c>simplifyOperation</c>: true when <paramref name="op"/> was replaced or found dead.</summary>
    private bool SimplifyOperation(ScopedOperationMap map, Operation op, bool hasDominance)
    {
        if (op.HasTrait(OpTraits.IsTerminator))
            return false;
        if (SideEffects.IsOpTriviallyDead(op))
        {
            _toErase.Add(op);
            NumDce++;
            return true;
        }
        foreach (var region in op.RegionsSpan)
            if (!region.IsEmpty && !region.HasOneBlock)
                return false;
        if (CseOperationComparer.HasNonEmptyRegion(op))
            return false;
        if (!SideEffects.IsMemoryEffectFree(op))
        {
            // Only ops whose one effect is a read are reused, when nothing in between in the block may write.
            if (!SideEffects.HasSingleEffect(op, MemoryEffectKind.Read))
                return false;
            var known = map.Lookup(op);
            if (known != null && known.Block == op.Block && !HasOtherSideEffectingOpInBetween(known, op))
            {
                ReplaceUsesAndDelete(map, op, known, hasDominance);
                return true;
            }
            map.Insert(op);
            return false;
        }
        var existing = map.Lookup(op);
        if (existing != null)
        {
            ReplaceUsesAndDelete(map, op, existing, hasDominance);
            return true;
        }
        map.Insert(op);
        return false;
    }

    private void ReplaceUsesAndDelete(ScopedOperationMap map, Operation op, Operation existing, bool hasDominance)
    {
        if (hasDominance)
        {
            // With SSA dominance no use of op has been visited yet: replace them all.
            for (int i = 0; i < op.NumResults; i++)
                op.GetResult(i).ReplaceAllUsesWith(existing.GetResult(i));
            _toErase.Add(op);
        }
        else
        {
            // In a graph region, uses already visited (their owner is in the map) keep the op.
            for (int i = 0; i < op.NumResults; i++)
            {
                var from = op.GetResult(i);
                var to = existing.GetResult(i);
                var uses = new List<OpOperand>(from.Uses);
                foreach (var use in uses)
                    if (map.Lookup(use.Owner) == null)
                        use.Value = to;
            }
            if (op.UseEmpty)
                _toErase.Add(op);
        }
        if (existing.Location is UnknownLoc && op.Location is not UnknownLoc)
            existing.Location = op.Location;
        NumCse++;
    }

    /// <summary>
    /// Whether an op strictly between <paramref name="from"/> and <paramref name="to"/> (same block) may write
    /// memory; ops with unknown effects count as writers. Scans resume where the last query for
    /// <paramref name="from"/> stopped.
    /// </summary>
    private bool HasOtherSideEffectingOpInBetween(Operation from, Operation to)
    {
        if (!_memEffectsCache.TryGetValue(from, out var entry))
            entry = (from, false);
        if (entry.FoundWriter)
            return true;
        var next = entry.ScannedTo.NextOp;
        while (next != null && next != to)
        {
            _effects.Clear();
            if (!SideEffects.TryGetEffectsRecursively(next, _effects))
            {
                entry.FoundWriter = true;
                break;
            }
            foreach (var effect in _effects)
                if (effect.Kind == MemoryEffectKind.Write)
                {
                    entry.FoundWriter = true;
                    break;
                }
            if (entry.FoundWriter)
                break;
            next = next.NextOp;
        }
        entry.ScannedTo = entry.FoundWriter ? entry.ScannedTo : to;
        _memEffectsCache[from] = entry;
        return entry.FoundWriter;
    }
}
