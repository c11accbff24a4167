using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.Pass;
using Dialectic.Core.Pass.Analysis;

namespace Dialectic.Passes.Transforms;

/// <summary>
/// MLIR's <c>control-flow-sink</c>: moves memory-effect-free ops into the regions of a region-branch op
/// (<see cref="IRegionBranchOp"/>) that run at most once, when every user is inside that region (dominated by its
/// entry block, or nested in it). A sunk op goes to the front of the region's entry block, and the ops defining
/// its operands are tried next, so whole expression trees follow.
/// </summary>
public sealed class ControlFlowSink : Pass
{
    private readonly PassStatistic _numSunk = new("num-sunk", "Number of operations sunk");

    public override string Argument => "control-flow-sink";

    public override string Description => "Sink operations into conditional blocks";

    protected override void RunOnOperation()
    {
        var dominance = GetAnalysis<DominanceAnalysis>();
        // Post-order, as MLIR's walk: inner branch ops first.
        var branches = new List<Operation>();
        Operation.Walk(op =>
        {
            if (op is IRegionBranchOp)
                branches.Add(op);
        });
        var regions = new List<Region>();
        var bounds = new List<InvocationBounds>();
        var stack = new List<Operation>();
        int sunk = 0;
        foreach (var branch in branches)
        {
            regions.Clear();
            GetSinglyExecutedRegions(branch, bounds, regions);
            foreach (var region in regions)
                if (!region.IsEmpty)
                    sunk += SinkRegion(region, dominance, stack);
        }
        _numSunk.Add(sunk);
        if (sunk == 0)
            MarkAllAnalysesPreserved();
        else
            MarkAnalysesPreserved<DominanceAnalysis>();
    }

    /// <summary>The regions of <paramref name="branch"/> known to run at most once, given its constant operands.</summary>
    private static void GetSinglyExecutedRegions(Operation branch, List<InvocationBounds> bounds, List<Region> regions)
    {
        var operands = new Attribute?[branch.NumOperands];
        for (int i = 0; i < operands.Length; i++)
            operands[i] = Operation.GetConstantValue(branch.GetOperand(i));
        bounds.Clear();
        ((IRegionBranchOp)branch).GetRegionInvocationBounds(operands, bounds);
        int n = System.Math.Min(bounds.Count, branch.NumRegions);
        for (int i = 0; i < n; i++)
            if (bounds[i].Upper is int upper && upper <= 1)
                regions.Add(branch.Regions[i]);
    }

    /// <summary>Sinks into <paramref name="region"/> what can be sunk; the region's top-level ops seed the work
    /// stack, processed last-in first-out, and each sunk op is pushed in turn.</summary>
    private static int SinkRegion(Region region, DominanceAnalysis dominance, List<Operation> stack)
    {
        int sunk = 0;
        stack.Clear();
        // MLIR 22 seeds the ops directly in the region's blocks only (not nested ones): a value used only inside
        // nested regions is not sunk.
        foreach (var block in region.Blocks)
            for (var op = block.FirstOp; op != null; op = op.NextOp)
                stack.Add(op);
        while (stack.Count > 0)
        {
            var user = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            foreach (var operand in user.OpOperands)
            {
                var def = operand.Value.DefiningOp;
                // Only definitions outside the target region are candidates.
                if (def == null || region.IsAncestorOf(def.ParentRegion!))
                    continue;
                if (!AllUsersInside(def, region, dominance) || !SideEffects.IsMemoryEffectFree(def))
                    continue;
                var entry = region.FirstBlock!;
                if (entry.FirstOp is { } first)
                    def.MoveBefore(first);
                else
                {
                    def.Remove();
                    entry.Append(def);
                }
                sunk++;
                stack.Add(def);
            }
        }
        return sunk;
    }

    private static bool AllUsersInside(Operation op, Region region, DominanceAnalysis dominance)
    {
        var entry = region.FirstBlock!;
        foreach (var result in op.Results)
            foreach (var use in result.Uses)
            {
                var userBlock = use.Owner.Block!;
                if (!dominance.Dominates(entry, userBlock))
                    return false;
            }
        return true;
    }
}
