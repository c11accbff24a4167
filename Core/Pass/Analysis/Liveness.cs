using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Pass.Analysis;

/// <summary>
/// Live-in and live-out sets of every block nested in an op (MLIR's <c>Liveness</c>), by backward data flow to a
/// fixpoint. A value used inside a nested region counts as used by the op holding the region; a block defines its
/// arguments, the results of its ops and everything defined in regions nested in them. O(blocks * values) per
/// iteration.
/// </summary>
public sealed class Liveness
{
    private readonly Dictionary<Block, LivenessBlockInfo> _blocks = new(ReferenceEqualityComparer.Instance);

    private sealed class Builder
    {
        public readonly Block Block;
        public readonly HashSet<Value> Defs = new(ReferenceEqualityComparer.Instance);
        public readonly HashSet<Value> Uses = new(ReferenceEqualityComparer.Instance);
        public readonly HashSet<Value> In = new(ReferenceEqualityComparer.Instance);
        public readonly HashSet<Value> Out = new(ReferenceEqualityComparer.Instance);

        public Builder(Block block)
        {
            Block = block;
            foreach (var arg in block.Arguments)
            {
                Defs.Add(arg);
                GatherOut(arg);
            }
            for (var op = block.FirstOp; op != null; op = op.NextOp)
                foreach (var r in op.Results)
                {
                    Defs.Add(r);
                    GatherOut(r);
                }
            // Everything nested: results and nested block arguments are defined here, operands are used.
            for (var op = block.FirstOp; op != null; op = op.NextOp)
                op.Walk(nested =>
                {
                    foreach (var r in nested.Results)
                        Defs.Add(r);
                    foreach (var operand in nested.OpOperands)
                        Uses.Add(operand.Value);
                    foreach (var region in nested.Regions)
                        for (var b = region.FirstBlock; b != null; b = b.NextBlock)
                            foreach (var arg in b.Arguments)
                                Defs.Add(arg);
                });
            Uses.ExceptWith(Defs);
        }

        /// <summary>A value with a user outside this block (in the same region) is live-out.</summary>
        private void GatherOut(Value value)
        {
            var region = Block.Parent;
            for (var use = value.FirstUse; use != null; use = use.NextUse)
            {
                Block? owner = use.Owner.Block;
                while (owner != null && owner.Parent != region)
                    owner = owner.ParentOp?.Block;
                if (owner != null && owner != Block)
                {
                    Out.Add(value);
                    return;
                }
            }
        }

        /// <summary>in = uses + (out - defs); true when it grew.</summary>
        public bool UpdateIn()
        {
            int before = In.Count;
            foreach (var v in Uses)
                In.Add(v);
            foreach (var v in Out)
                if (!Defs.Contains(v))
                    In.Add(v);
            return In.Count != before;
        }
    }

    public Liveness(Operation op)
    {
        Operation = op;
        var builders = new Dictionary<Block, Builder>(ReferenceEqualityComparer.Instance);
        var work = new Stack<Block>();
        var queued = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        void QueuePredecessors(Block b)
        {
            foreach (var p in b.Predecessors)
                if (queued.Add(p))
                    work.Push(p);
        }
        op.Walk(nested =>
        {
            foreach (var region in nested.Regions)
                for (var b = region.FirstBlock; b != null; b = b.NextBlock)
                {
                    var builder = new Builder(b);
                    builders[b] = builder;
                    if (builder.UpdateIn())
                        QueuePredecessors(b);
                }
        }, WalkOrder.PreOrder);
        while (work.Count > 0)
        {
            var b = work.Pop();
            queued.Remove(b);
            if (!builders.TryGetValue(b, out var builder))
                continue;
            foreach (var s in b.Successors)
                if (builders.TryGetValue(s.Target, out var succ))
                    builder.Out.UnionWith(succ.In);
            if (builder.UpdateIn())
                QueuePredecessors(b);
        }
        foreach (var (block, builder) in builders)
            _blocks[block] = new LivenessBlockInfo(block, builder.In, builder.Out);
    }

    /// <summary>The op whose nested blocks are analyzed.</summary>
    public Operation Operation { get; }

    /// <summary>The liveness of <paramref name="block"/>, or null when it is not nested in the op.</summary>
    public LivenessBlockInfo? GetLiveness(Block block) => _blocks.GetValueOrDefault(block);

    /// <summary>Values live on entry to <paramref name="block"/> (empty for an unknown block).</summary>
    public IReadOnlySet<Value> GetLiveIn(Block block) => GetLiveness(block)?.LiveIn ?? new HashSet<Value>();

    /// <summary>Values live on exit from <paramref name="block"/> (empty for an unknown block).</summary>
    public IReadOnlySet<Value> GetLiveOut(Block block) => GetLiveness(block)?.LiveOut ?? new HashSet<Value>();

    /// <summary>True when <paramref name="value"/> is not used after <paramref name="op"/> (in its block or
    /// later).</summary>
    public bool IsDeadAfter(Value value, Operation op)
    {
        var info = GetLiveness(op.Block!);
        if (info == null || info.IsLiveOut(value))
            return false;
        var end = info.GetEndOperation(value, op);
        return end == op || end.IsBeforeInBlock(op);
    }

    /// <summary>Every op (of the analyzed blocks) at which <paramref name="value"/> is live, block by block from
    /// its definition, as MLIR's <c>resolveLiveness</c>.</summary>
    public List<Operation> ResolveLiveness(Value value)
    {
        var result = new List<Operation>();
        var toProcess = new Stack<Block>();
        var visited = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        var defBlock = value.ParentBlock;
        if (defBlock != null)
        {
            toProcess.Push(defBlock);
            visited.Add(defBlock);
        }
        for (var use = value.FirstUse; use != null; use = use.NextUse)
        {
            var b = use.Owner.Block;
            // The block of the use's ancestor in an analyzed region.
            while (b != null && !_blocks.ContainsKey(b))
                b = b.ParentOp?.Block;
            if (b != null && visited.Add(b))
                toProcess.Push(b);
        }
        while (toProcess.Count > 0)
        {
            var block = toProcess.Pop();
            var info = GetLiveness(block);
            if (info == null || block.FirstOp == null)
                continue;
            var start = info.GetStartOperation(value) ?? block.FirstOp;
            var end = info.GetEndOperation(value, start);
            for (var op = start; op != null; op = op.NextOp)
            {
                result.Add(op);
                if (op == end)
                    break;
            }
            if (info.IsLiveOut(value))
                foreach (var s in block.Successors)
                    if (GetLiveness(s.Target)?.IsLiveIn(value) == true && visited.Add(s.Target))
                        toProcess.Push(s.Target);
        }
        return result;
    }
}
