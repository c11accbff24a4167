using System;
using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

public static partial class RegionSimplification
{
    /// <summary>
    /// Dead code elimination over <paramref name="regions"/> (MLIR's <c>runRegionDCE</c>): an optimistic fixed
    /// point that assumes every value dead until a live op uses it, so dead cycles (through block arguments, or in
    /// graph regions) go too. Live are: terminators, ops that would not be trivially dead, and ops whose results a
    /// live op uses. A successor operand keeps its value live only when the block argument it feeds is live
    /// (branch ops declaring their successor operands; other terminators keep every successor argument live).
    /// Then dead ops, the successor operands feeding dead arguments, and dead arguments of non-entry blocks are
    /// erased. Only reachable blocks are considered (run <see cref="EraseUnreachableBlocks(RewriterBase, IReadOnlyList{Region})"/> first).
    /// </summary>
    public static bool RunRegionDce(RewriterBase rewriter, IReadOnlyList<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(rewriter);
        return RunRegionDce(rewriter, regions, eraseUnreachable: false);
    }

    /// <summary>
    /// Region DCE; with <paramref name="eraseUnreachable"/>, first what <see cref="EraseUnreachableBlocks(RewriterBase, IReadOnlyList{Region})"/>
    /// does, found on the same walk: building the liveness schedule already finds each region's reachable blocks,
    /// from the outermost region in, and never enters an unreachable one.
    /// </summary>
    private static bool RunRegionDce(RewriterBase rewriter, IReadOnlyList<Region> regions, bool eraseUnreachable)
    {
        var scratch = DceScratch.Rent();
        try
        {
            return RunRegionDce(rewriter, regions, scratch, eraseUnreachable);
        }
        finally
        {
            scratch.Return();
        }
    }

    private static bool RunRegionDce(RewriterBase rewriter, IReadOnlyList<Region> regions, DceScratch scratch, bool eraseUnreachable)
    {
        var live = scratch.Live;
        var schedule = LivenessSchedule(regions, scratch, eraseUnreachable ? rewriter : null, out bool erasedBlocks);
        foreach (var step in schedule)
            if (step.Op != null)
                live.Index(step.Op);
        var kept = NotErasableWhenUnused(schedule, scratch.Kept);
        do
        {
            live.Changed = false;
            foreach (var step in schedule)
            {
                if (step.Op != null)
                    PropagateLiveness(step.Op, live, kept);
                else
                    foreach (var arg in step.Block!.Arguments)
                        if (!live.IsLive(arg))
                            ProcessValue(arg, live);
            }
        }
        while (live.Changed);
        return DeleteDeadness(rewriter, regions, live, scratch.Visited) | erasedBlocks;
    }

    /// <summary>See <see cref="RunRegionDce(RewriterBase, IReadOnlyList{Region})"/>.</summary>
    public static bool RunRegionDce(RewriterBase rewriter, Region region) => RunRegionDce(rewriter, [region]);

    /// <summary>The values and ops proved live so far; grows monotonically to the fixed point. Scheduled ops are
    /// tracked by position (<see cref="Operation.LivenessSlot"/>), anything else in a set.</summary>
    private sealed class LiveMap
    {
        private readonly OperationBuffer _indexed = new();
        private bool[] _live = new bool[64];
        private readonly HashSet<Operation> _others = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<BlockArgument> _args = new(ReferenceEqualityComparer.Instance);

        public bool Changed;

        /// <summary>Gives <paramref name="op"/> a position (not live).</summary>
        public void Index(Operation op)
        {
            op.LivenessSlot = _indexed.Count;
            _indexed.Add(op);
            if (_live.Length < _indexed.Count)
                Array.Resize(ref _live, _live.Length * 2);
        }

        private bool TryGetSlot(Operation op, out int slot)
        {
            slot = op.LivenessSlot;
            return (uint)slot < (uint)_indexed.Count && ReferenceEquals(_indexed[slot], op);
        }

        public bool IsLive(Operation op) => TryGetSlot(op, out int slot) ? _live[slot] : _others.Contains(op);

        /// <summary>A result is live when its op is (results are not tracked one by one).</summary>
        public bool IsLive(Value value) => value is OpResult r ? IsLive(r.Owner) : _args.Contains((BlockArgument)value);

        public void SetLive(Operation op)
        {
            if (TryGetSlot(op, out int slot))
            {
                if (!_live[slot])
                {
                    _live[slot] = true;
                    Changed = true;
                }
            }
            else
                Changed |= _others.Add(op);
        }

        public void Clear()
        {
            Array.Clear(_live, 0, Math.Min(_indexed.Count, _live.Length));
            _indexed.Clear();
            _others.Clear();
            _args.Clear();
            Changed = false;
        }

        public void SetLive(Value value)
        {
            if (value is OpResult r)
                SetLive(r.Owner);
            else
                Changed |= _args.Add((BlockArgument)value);
        }
    }

    /// <summary>Region DCE's working collections, kept per thread between runs (a nested run rents fresh ones);
    /// returned empty.</summary>
    private sealed class DceScratch
    {
        [ThreadStatic] private static DceScratch? t_spare;

        public readonly LiveMap Live = new();
        public readonly List<LivenessStep> Schedule = new();
        public readonly Stack<ScheduleTask> Tasks = new();
        public readonly List<Block> Order = new();
        public readonly HashSet<Block> Visited = new(ReferenceEqualityComparer.Instance);
        public readonly HashSet<Operation> Kept = new(ReferenceEqualityComparer.Instance);
        public readonly List<Block> Dead = new();

        public static DceScratch Rent()
        {
            var scratch = t_spare ?? new DceScratch();
            t_spare = null;
            return scratch;
        }

        public void Return()
        {
            Live.Clear();
            Schedule.Clear();
            Tasks.Clear();
            Order.Clear();
            Visited.Clear();
            Kept.Clear();
            Dead.Clear();
            t_spare = this;
        }
    }

    /// <summary>One step of the liveness sweep: an op, or (with <see cref="Op"/> null) a block's arguments.</summary>
    private readonly record struct LivenessStep(Operation? Op, Block? Block);

    /// <summary>
    /// The order one sweep visits things in, uses before definitions to converge fast: in each region, blocks in
    /// post-order, in each block its ops last to first (each op after its own regions), then the block's arguments
    /// (not the entry block's: they are never removed). With an <paramref name="eraser"/>, each region's blocks that
    /// its entry cannot reach are erased when the region is first met (<paramref name="erasedBlocks"/>).
    /// </summary>
    private static List<LivenessStep> LivenessSchedule(IReadOnlyList<Region> regions, DceScratch scratch, RewriterBase? eraser,
        out bool erasedBlocks)
    {
        erasedBlocks = false;
        var schedule = scratch.Schedule;
        // Tasks run in stack order: a region expands to one task per block; a block task schedules its ops from
        // the cursor backwards, and at an op with regions yields to those regions and then to the op itself.
        var tasks = scratch.Tasks;
        for (int i = regions.Count - 1; i >= 0; i--)
            tasks.Push(new ScheduleTask(regions[i], null, null));
        var order = scratch.Order;
        var visited = scratch.Visited;
        while (tasks.Count > 0)
        {
            var task = tasks.Pop();
            if (task.Region is { } region)
            {
                if (region.FirstBlock is not { } entry)
                    continue;
                order.Clear();
                visited.Clear();
                BlockGraph.PostOrder(entry, visited, order);
                if (eraser != null && entry.NextBlock != null && EraseBlocksNotIn(region, visited, eraser, scratch.Dead))
                    erasedBlocks = true;
                for (int i = order.Count - 1; i >= 0; i--)
                    tasks.Push(new ScheduleTask(null, order[i], order[i].LastOp));
                continue;
            }
            if (task.Block is not { } block)
            {
                schedule.Add(new LivenessStep(task.Op, null)); // An op whose regions are scheduled.
                continue;
            }
            var cursor = task.Op;
            while (cursor != null && cursor.NumRegions == 0)
            {
                schedule.Add(new LivenessStep(cursor, null));
                cursor = cursor.PrevOp;
            }
            if (cursor != null)
            {
                tasks.Push(new ScheduleTask(null, block, cursor.PrevOp));
                tasks.Push(new ScheduleTask(null, null, cursor));
                var nested = cursor.RegionsSpan;
                for (int i = nested.Length - 1; i >= 0; i--)
                    tasks.Push(new ScheduleTask(nested[i], null, null));
                continue;
            }
            if (!block.IsEntryBlock)
                schedule.Add(new LivenessStep(null, block));
        }
        return schedule;
    }

    /// <summary>Erases the blocks of <paramref name="region"/> not in <paramref name="reachable"/> (with their uses:
    /// nothing reachable uses a value of theirs); true when there were any.</summary>
    private static bool EraseBlocksNotIn(Region region, HashSet<Block> reachable, RewriterBase rewriter, List<Block> dead)
    {
        dead.Clear();
        for (var block = region.FirstBlock; block != null; block = block.NextBlock)
            if (!reachable.Contains(block))
                dead.Add(block);
        if (dead.Count == 0)
            return false;
        rewriter.EraseBlocksUnchecked(dead);
        dead.Clear();
        return true;
    }

    /// <summary>A step of building the schedule: expand a region; schedule a block's ops from <see cref="Op"/>
    /// backwards (then its arguments); or, with neither, schedule <see cref="Op"/> itself.</summary>
    private readonly record struct ScheduleTask(Region? Region, Block? Block, Operation? Op);

    /// <summary>
    /// The scheduled ops whose effects, or through recursive effects those of their nested ops, forbid erasing them
    /// when unused (the effect part of <see cref="SideEffects.WouldOpBeTriviallyDead"/>; usually few). Computed once
    /// in schedule order, where nested ops come before their parent, instead of walking each op's subtree on every
    /// sweep.
    /// </summary>
    private static HashSet<Operation> NotErasableWhenUnused(List<LivenessStep> schedule, HashSet<Operation> kept)
    {
        foreach (var step in schedule)
        {
            if (step.Op is not { } op)
                continue;
            if (!SideEffects.OwnEffectsAllowErasure(op))
            {
                kept.Add(op);
                continue;
            }
            if (op.NumRegions == 0 || !op.HasTrait(OpTraits.RecursiveMemoryEffects))
                continue;
            foreach (var nested in op.RegionsSpan)
                if (nested.FirstBlock is { NextBlock: not null })
                {
                    // Unreachable blocks are not scheduled: judge the whole subtree (conservatively).
                    if (!SideEffects.WouldOpBeTriviallyDead(op))
                        kept.Add(op);
                    goto next;
                }
            if (kept.Count == 0)
                continue;
            foreach (var nested in op.RegionsSpan)
                for (var b = nested.FirstBlock; b != null; b = b.NextBlock)
                    for (var child = b.FirstOp; child != null; child = child.NextOp)
                        if (kept.Contains(child))
                        {
                            kept.Add(op);
                            goto next;
                        }
            next:;
        }
        return kept;
    }

    private static void PropagateLiveness(Operation op, LiveMap live, HashSet<Operation> kept)
    {
        if (op.HasTrait(OpTraits.IsTerminator))
        {
            PropagateTerminatorLiveness(op, live);
            return;
        }
        if (live.IsLive(op))
            return;
        if (!SideEffects.MayBeErasedWhenUnused(op) || (kept.Count != 0 && kept.Contains(op)))
        {
            live.SetLive(op);
            return;
        }
        foreach (var result in op.Results)
            ProcessValue(result, live);
    }

    /// <summary>Terminators are live; so are the successor arguments they produce, and every successor argument of
    /// a terminator that does not declare its successor operands.</summary>
    private static void PropagateTerminatorLiveness(Operation op, LiveMap live)
    {
        live.SetLive(op);
        bool branch = BranchOps.IsBranchOp(op);
        for (int i = 0; i < op.NumSuccessors; i++)
        {
            var successor = op.GetSuccessor(i);
            int produced = branch ? BranchOps.GetSuccessorOperands(op, i)!.ProducedOperandCount : successor.NumArguments;
            for (int a = 0; a < produced && a < successor.NumArguments; a++)
                live.SetLive(successor.GetArgument(a));
        }
    }

    /// <summary>Marks <paramref name="value"/> live when a live op uses it other than as a successor operand
    /// feeding a dead block argument.</summary>
    private static void ProcessValue(Value value, LiveMap live)
    {
        for (var use = value.FirstUse; use != null; use = use.NextUse)
        {
            if (IsUseSpeciallyKnownDead(use, live))
                continue;
            if (live.IsLive(use.Owner))
            {
                live.SetLive(value);
                return;
            }
        }
    }

    private static bool IsUseSpeciallyKnownDead(OpOperand use, LiveMap live)
    {
        var owner = use.Owner;
        if (!owner.HasTrait(OpTraits.IsTerminator) || owner.NumSuccessors == 0)
            return false;
        return BranchOps.GetSuccessorBlockArgument(owner, use.OperandNumber) is { } arg && !live.IsLive(arg);
    }

    /// <summary>Erases what was not proved live; true when anything was erased.</summary>
    private static bool DeleteDeadness(RewriterBase rewriter, IReadOnlyList<Region> regions, LiveMap live, HashSet<Block> visited)
    {
        bool erased = false;
        var frames = new Stack<DeletionFrame>();
        for (int i = regions.Count - 1; i >= 0; i--)
            frames.Push(new DeletionFrame(regions[i], visited));
        while (frames.Count > 0)
        {
            var frame = frames.Peek();
            if (frame.Cursor == null)
            {
                if (frame.NextBlock == frame.Blocks.Count)
                {
                    frames.Pop();
                    // As MLIR, removed arguments and successor operands do not count as a change.
                    EraseDeadArguments(frame.Region, live);
                    continue;
                }
                var block = frame.Blocks[frame.NextBlock++];
                if (!frame.SingleBlock && block.LastOp is { } terminator)
                    EraseDeadSuccessorOperands(terminator, live);
                frame.Cursor = block.LastOp;
                continue;
            }
            var op = frame.Cursor;
            frame.Cursor = op.PrevOp;
            if (!live.IsLive(op))
            {
                erased = true;
                rewriter.EraseOpUnchecked(op);
            }
            else if (op.NumRegions > 0)
            {
                // Nested regions are cleaned before the ops above this one, as MLIR's recursion does.
                var nested = op.Regions;
                for (int i = nested.Count - 1; i >= 0; i--)
                    frames.Push(new DeletionFrame(nested[i], visited));
            }
        }
        return erased;
    }

    /// <summary>A region being cleaned: its reachable blocks in post-order and the next op to look at (ops are
    /// visited last to first, the cursor taken before the op may be erased).</summary>
    private sealed class DeletionFrame
    {
        public DeletionFrame(Region region, HashSet<Block> visited)
        {
            Region = region;
            SingleBlock = region.HasOneBlock;
            if (region.FirstBlock is { } entry)
            {
                visited.Clear();
                BlockGraph.PostOrder(entry, visited, Blocks);
            }
        }

        public Region Region { get; }
        public bool SingleBlock { get; }
        public List<Block> Blocks { get; } = new();
        public int NextBlock;
        public Operation? Cursor;
    }

    /// <summary>Removes the operands a branch forwards to dead successor arguments (last first, so indices hold).</summary>
    private static void EraseDeadSuccessorOperands(Operation terminator, LiveMap live)
    {
        if (!BranchOps.IsBranchOp(terminator))
            return;
        for (int succ = terminator.NumSuccessors - 1; succ >= 0; succ--)
        {
            var operands = BranchOps.GetSuccessorOperands(terminator, succ)!;
            var successor = terminator.GetSuccessor(succ);
            for (int arg = operands.Count - 1; arg >= operands.ProducedOperandCount; arg--)
                if (arg < successor.NumArguments && !live.IsLive(successor.GetArgument(arg)))
                    operands.Erase(arg);
        }
    }

    /// <summary>Erases the dead arguments of every block but the entry (its arguments belong to the parent op).</summary>
    private static void EraseDeadArguments(Region region, LiveMap live)
    {
        for (var block = region.FirstBlock?.NextBlock; block != null; block = block.NextBlock)
            for (int i = block.NumArguments - 1; i >= 0; i--)
            {
                var arg = block.GetArgument(i);
                if (!live.IsLive(arg) && arg.UseEmpty)
                    block.EraseArgument(i);
            }
    }
}
