using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.Pass;

namespace Dialectic.Passes.Transforms;

/// <summary>
/// MLIR's <c>loop-invariant-code-motion</c>: hoists out of every loop (ops implementing <see cref="ILoopLikeOp"/>)
/// the ops of its loop regions that are memory-effect free, speculatable and use only values defined outside the
/// loop (or inside themselves). Loops are visited innermost first, so ops hoisted from an inner loop can leave the
/// outer one too.
/// </summary>
public sealed class LoopInvariantCodeMotion : Pass
{
    public override string Argument => "loop-invariant-code-motion";

    public override string Description => "Hoist loop invariant instructions outside of the loop";

    protected override void RunOnOperation()
    {
        // Post-order: inner loops before the loops around them.
        var loops = new List<Operation>();
        Operation.Walk(op =>
        {
            if (op is ILoopLikeOp)
                loops.Add(op);
        });
        int moved = 0;
        foreach (var loop in loops)
            moved += MoveLoopInvariantCode((ILoopLikeOp)loop);
        if (moved == 0)
            MarkAllAnalysesPreserved();
    }

    /// <summary>Hoists the invariant ops of <paramref name="loop"/>; returns how many moved. Each loop region is
    /// scanned once in order, and the users of a hoisted op at the region's top level are reconsidered.</summary>
    public static int MoveLoopInvariantCode(ILoopLikeOp loop)
    {
        int moved = 0;
        var worklist = new Queue<Operation>();
        foreach (var region in loop.LoopRegions)
        {
            for (var block = region.FirstBlock; block != null; block = block.NextBlock)
                for (var op = block.FirstOp; op != null; op = op.NextOp)
                    worklist.Enqueue(op);
            while (worklist.Count > 0)
            {
                var op = worklist.Dequeue();
                // Skip ops already moved.
                if (!ReferenceEquals(op.ParentRegion, region))
                    continue;
                if (!SideEffects.IsMemoryEffectFree(op) || !SideEffects.IsSpeculatable(op) || !CanBeHoisted(op, loop))
                    continue;
                loop.MoveOutOfLoop(op);
                moved++;
                foreach (var result in op.Results)
                    foreach (var use in result.Uses)
                        if (ReferenceEquals(use.Owner.ParentRegion, region))
                            worklist.Enqueue(use.Owner);
            }
        }
        return moved;
    }

    /// <summary>True when <paramref name="op"/> is not a terminator and every value used in it (nested ops
    /// included) is defined inside it or outside the loop.</summary>
    private static bool CanBeHoisted(Operation op, ILoopLikeOp loop)
    {
        if (op.HasTrait(OpTraits.IsTerminator))
            return false;
        var result = op.Walk(child =>
        {
            foreach (var operand in child.OpOperands)
            {
                var owner = operand.Value.ParentBlock?.ParentOp;
                if (owner != null && op.IsAncestorOf(owner))
                    continue;
                if (!loop.IsDefinedOutsideOfLoop(operand.Value))
                    return WalkResult.Interrupt;
            }
            return WalkResult.Advance;
        });
        return result != WalkResult.Interrupt;
    }
}
