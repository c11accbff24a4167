using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>See <see cref="RunRegionDce(RewriterBase, IReadOnlyList{Region})"/>.</summary>
    public static bool RunRegionDce(RewriterBase rewriter, Region region) => RunRegionDce(rewriter, [region]);

    /// <summary>
    /// Region DCE; with <paramref name="eraseUnreachable"/>, first what <see cref="EraseUnreachableBlocks(RewriterBase, IReadOnlyList{Region})"/>
    /// does, found on the same walk: building the schedule already finds each region's reachable blocks, from the
    /// outermost region in, and never enters an unreachable one.
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
        var kept = scratch.Kept;
        var schedule = BuildSchedule(regions, scratch, eraseUnreachable ? rewriter : null, out bool erasedBlocks);
        // The first sweep visits everything. After it terminators and live ops are settled (liveness only grows, and
        // visiting them again changes nothing), so the sweeps to the fixed point visit only what is still dead.
        live.Changed = false;
        Sweep(schedule, live, kept);
        if (live.Changed)
        {
            var pending = scratch.Pending;
            foreach (var step in CollectionsMarshal.AsSpan(schedule))
                if (step.Kind == StepKind.BlockArguments || (step.Kind == StepKind.Op && !live.IsLiveAt(step.Slot)))
                    pending.Add(step);
            do
            {
                live.Changed = false;
                Sweep(pending, live, kept);
            }
            while (live.Changed);
        }
        return DeleteDeadness(rewriter, schedule, live) | erasedBlocks;
    }

    /// <summary>What a <see cref="LivenessStep"/> stands for.</summary>
    private enum StepKind : byte
    {
        /// <summary>An op without regions, or an op with regions after them: where its liveness is computed.</summary>
        Op,

        /// <summary>An op with regions, before them: deletion erases it whole here when dead, skipping to its
        /// <see cref="StepKind.Op"/> step.</summary>
        EnterOp,

        /// <summary>The arguments of a non-entry block, after the block's ops.</summary>
        BlockArguments,

        /// <summary>A block of a multi-block region, before its ops: deletion drops its terminator's operands that
        /// feed dead successor arguments.</summary>
        BlockStart,

        /// <summary>A multi-block region after its blocks: deletion erases its blocks' dead arguments.</summary>
        RegionEnd,
    }

    /// <summary>
    /// One step of the schedule. <see cref="Item"/> is an <see cref="Operation"/> (<see cref="StepKind.Op"/>,
    /// <see cref="StepKind.EnterOp"/>, with its liveness position in <see cref="Slot"/>), a <see cref="Block"/>
    /// or a <see cref="Region"/>; <see cref="End"/> is an <see cref="StepKind.EnterOp"/>'s index of its op's
    /// <see cref="StepKind.Op"/> step.
    /// </summary>
    private readonly record struct LivenessStep(StepKind Kind, object Item, int Slot, int End)
    {
        public Operation Op => Unsafe.As<Operation>(Item);
        public Block Block => Unsafe.As<Block>(Item);
        public Region Region => Unsafe.As<Region>(Item);
    }

    /// <summary>A step of building the schedule: expand a region, schedule a block's ops from the cursor
    /// backwards, close an op whose regions are scheduled, or close a multi-block region.</summary>
    private enum TaskKind : byte
    {
        Region,
        Block,
        BlockFromStart,
        CloseOp,
        CloseRegion,
    }

    /// <summary><see cref="Op"/>: a block task's cursor, or the op a close task closes (with its <see cref="Slot"/>
    /// and the index of its <see cref="StepKind.EnterOp"/> step in <see cref="Enter"/>).</summary>
    private readonly record struct ScheduleTask(TaskKind Kind, Region? Region, Block? Block, Operation? Op, int Slot, int Enter);

    /// <summary>
    /// The order the liveness sweeps visit things in, uses before definitions to converge fast: in each region,
    /// blocks in post-order, in each block its ops last to first (an op with regions after them), then the block's
    /// arguments (not the entry block's: they are never removed). Deletion walks the same steps, which holds every
    /// marker it needs, so it never walks the IR again. Building it also gives each op its liveness position and
    /// finds the ops whose effects forbid erasing them (<see cref="DceScratch.Kept"/>). With an
    /// <paramref name="eraser"/>, each region's blocks its entry cannot reach are erased when the region is first
    /// met (<paramref name="erasedBlocks"/>).
    /// </summary>
    private static List<LivenessStep> BuildSchedule(IReadOnlyList<Region> regions, DceScratch scratch, RewriterBase? eraser,
        out bool erasedBlocks)
    {
        erasedBlocks = false;
        var schedule = scratch.Schedule;
        var live = scratch.Live;
        var kept = scratch.Kept;
        var tasks = scratch.Tasks;
        var order = scratch.Order;
        var visited = scratch.Visited;
        for (int i = regions.Count - 1; i >= 0; i--)
            tasks.Push(new ScheduleTask(TaskKind.Region, regions[i], null, null, 0, 0));
        while (tasks.Count > 0)
        {
            var task = tasks.Pop();
            switch (task.Kind)
            {
                case TaskKind.Region:
                {
                    var region = task.Region!;
                    if (region.FirstBlock is not { } entry)
                        break;
                    if (entry.NextBlock == null)
                    {
                        tasks.Push(new ScheduleTask(TaskKind.Block, null, entry, entry.LastOp, 0, 0));
                        break;
                    }
                    order.Clear();
                    visited.Clear();
                    BlockGraph.PostOrder(entry, visited, order);
                    if (eraser != null && EraseBlocksNotIn(region, visited, eraser, scratch.Dead))
                        erasedBlocks = true;
                    tasks.Push(new ScheduleTask(TaskKind.CloseRegion, region, null, null, 0, 0));
                    for (int i = order.Count - 1; i >= 0; i--)
                        tasks.Push(new ScheduleTask(TaskKind.BlockFromStart, null, order[i], order[i].LastOp, 0, 0));
                    break;
                }
                case TaskKind.Block:
                case TaskKind.BlockFromStart:
                {
                    var block = task.Block!;
                    if (task.Kind == TaskKind.BlockFromStart)
                        schedule.Add(new LivenessStep(StepKind.BlockStart, block, 0, 0));
                    var cursor = task.Op;
                    while (cursor != null && cursor.NumRegions == 0)
                    {
                        int slot = live.Index(cursor);
                        schedule.Add(new LivenessStep(StepKind.Op, cursor, slot, 0));
                        if (!SideEffects.OwnEffectsAllowErasure(cursor))
                            kept.Add(cursor);
                        cursor = cursor.PrevOp;
                    }
                    if (cursor != null)
                    {
                        // The op's regions come next, then the op itself, then the ops above it.
                        int slot = live.Index(cursor);
                        int enter = schedule.Count;
                        schedule.Add(new LivenessStep(StepKind.EnterOp, cursor, slot, 0));
                        tasks.Push(new ScheduleTask(TaskKind.Block, null, block, cursor.PrevOp, 0, 0));
                        tasks.Push(new ScheduleTask(TaskKind.CloseOp, null, null, cursor, slot, enter));
                        var nested = cursor.RegionsSpan;
                        for (int i = nested.Length - 1; i >= 0; i--)
                            tasks.Push(new ScheduleTask(TaskKind.Region, nested[i], null, null, 0, 0));
                        break;
                    }
                    if (!block.IsEntryBlock)
                        schedule.Add(new LivenessStep(StepKind.BlockArguments, block, 0, 0));
                    break;
                }
                case TaskKind.CloseOp:
                {
                    var op = task.Op!;
                    var steps = CollectionsMarshal.AsSpan(schedule);
                    steps[task.Enter] = steps[task.Enter] with { End = schedule.Count };
                    schedule.Add(new LivenessStep(StepKind.Op, op, task.Slot, 0));
                    if (IsKeptWithRegions(op, kept))
                        kept.Add(op);
                    break;
                }
                case TaskKind.CloseRegion:
                    schedule.Add(new LivenessStep(StepKind.RegionEnd, task.Region!, 0, 0));
                    break;
            }
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

    /// <summary>
    /// Whether <paramref name="op"/>, whose nested ops are all scheduled, must be kept for its effects (the effect
    /// part of <see cref="SideEffects.WouldOpBeTriviallyDead"/>): its own forbid it, or through recursive effects
    /// a nested op's do (known from <paramref name="kept"/>, usually empty, instead of walking the subtree).
    /// </summary>
    private static bool IsKeptWithRegions(Operation op, HashSet<Operation> kept)
    {
        if (!SideEffects.OwnEffectsAllowErasure(op))
            return true;
        if (!op.HasTrait(OpTraits.RecursiveMemoryEffects))
            return false;
        foreach (var nested in op.RegionsSpan)
            if (nested.FirstBlock is { NextBlock: not null })
                return !SideEffects.WouldOpBeTriviallyDead(op); // Unreachable blocks are not scheduled: judge the whole subtree.
        if (kept.Count == 0)
            return false;
        foreach (var nested in op.RegionsSpan)
            for (var b = nested.FirstBlock; b != null; b = b.NextBlock)
                for (var child = b.FirstOp; child != null; child = child.NextOp)
                    if (kept.Contains(child))
                        return true;
        return false;
    }

    /// <summary>One liveness sweep over <paramref name="steps"/>.</summary>
    private static void Sweep(List<LivenessStep> steps, LiveMap live, HashSet<Operation> kept)
    {
        foreach (var step in CollectionsMarshal.AsSpan(steps))
        {
            if (step.Kind == StepKind.Op)
                PropagateLiveness(step.Op, step.Slot, live, kept);
            else if (step.Kind == StepKind.BlockArguments)
                foreach (var arg in step.Block.Arguments)
                    if (!live.IsLive(arg))
                        ProcessValue(arg, live);
        }
    }

    private static void PropagateLiveness(Operation op, int slot, LiveMap live, HashSet<Operation> kept)
    {
        if (op.HasTrait(OpTraits.IsTerminator))
        {
            PropagateTerminatorLiveness(op, slot, live);
            return;
        }
        if (live.IsLiveAt(slot))
            return;
        if (!SideEffects.MayBeErasedWhenUnused(op) || (kept.Count != 0 && kept.Contains(op)))
        {
            live.SetLiveAt(slot);
            return;
        }
        foreach (var result in op.Results)
            ProcessValue(result, live);
    }

    /// <summary>Terminators are live; so are the successor arguments they produce, and every successor argument of
    /// a terminator that does not declare its successor operands.</summary>
    private static void PropagateTerminatorLiveness(Operation op, int slot, LiveMap live)
    {
        live.SetLiveAt(slot);
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

    /// <summary>
    /// Erases what was not proved live, in schedule order (as MLIR's recursion: a region's blocks in post-order,
    /// each block's ops last to first, a live op's regions before the ops above it); true when anything was erased.
    /// A dead op with regions goes whole, its nested steps skipped. As MLIR, removed arguments and successor
    /// operands do not count as a change.
    /// </summary>
    private static bool DeleteDeadness(RewriterBase rewriter, List<LivenessStep> schedule, LiveMap live)
    {
        bool erased = false;
        var steps = CollectionsMarshal.AsSpan(schedule);
        for (int i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            switch (step.Kind)
            {
                case StepKind.Op:
                    if (!live.IsLiveAt(step.Slot))
                    {
                        erased = true;
                        rewriter.EraseOpUnchecked(step.Op);
                    }
                    break;
                case StepKind.EnterOp:
                    if (!live.IsLiveAt(step.Slot))
                    {
                        erased = true;
                        rewriter.EraseOpUnchecked(step.Op);
                        i = step.End;
                    }
                    break;
                case StepKind.BlockStart:
                    if (step.Block.LastOp is { } terminator)
                        EraseDeadSuccessorOperands(terminator, live);
                    break;
                case StepKind.RegionEnd:
                    EraseDeadArguments(step.Region, live);
                    break;
            }
        }
        return erased;
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
