using System.Collections.Generic;
using Dialectic.Core.Analysis.DataFlow;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.Pass;
using Dialectic.Core.Rewrite;

namespace Dialectic.Passes.Transforms;

/// <summary>
/// MLIR's <c>sccp</c>: sparse conditional constant propagation. Solves constant propagation together with
/// dead-code analysis, then, in the blocks found executable, replaces each value proven constant by a constant
/// materialized by the dialect that produced it (uniqued at the start of the enclosing isolated region), erasing ops
/// whose results all became constants and that have no other effect. Dead blocks and branches are left for
/// canonicalize.
/// </summary>
public sealed class SCCP : Pass
{
    public override string Argument => "sccp";

    public override string Description => "Sparse Conditional Constant Propagation";

    protected override void RunOnOperation()
    {
        var analysis = new SparseConstantPropagation();
        var solver = new DataFlowSolver<ConstantValue>(analysis);
        analysis.Lookup = solver.Lookup;
        solver.Run(Operation);
        Rewrite(solver, Operation);
    }

    private void Rewrite(DataFlowSolver<ConstantValue> solver, Operation top)
    {
        var folder = new OperationFolder(Context);
        var work = new Stack<Block>();
        PushExecutable(solver, top, work);
        while (work.Count > 0)
        {
            var block = work.Pop();
            for (var op = block.FirstOp; op != null;)
            {
                var next = op.NextOp;
                bool replacedAll = op.NumResults != 0;
                foreach (var result in op.Results)
                    replacedAll &= ReplaceWithConstant(solver, folder, result, block);
                if (replacedAll && SideEffects.WouldOpBeTriviallyDead(op))
                {
                    if (folder.IsFolderOwnedConstant(op))
                        folder.NotifyRemoval(op);
                    op.Erase();
                }
                else
                    PushExecutable(solver, op, work);
                op = next;
            }
            foreach (var arg in block.Arguments)
                ReplaceWithConstant(solver, folder, arg, block);
        }
    }

    /// <summary>Pushes the executable blocks of <paramref name="op"/>'s regions so that they pop in order (first
    /// region's entry block first): the rewrite is depth-first, nested regions before the blocks that follow.</summary>
    private static void PushExecutable(DataFlowSolver<ConstantValue> solver, Operation op, Stack<Block> work)
    {
        for (int r = op.NumRegions - 1; r >= 0; r--)
            for (var b = op.Regions[r].LastBlock; b != null; b = b.PrevBlock)
                if (solver.IsExecutable(b))
                    work.Push(b);
    }

    /// <summary>Replaces the uses of <paramref name="value"/> by a materialized constant when it is proven
    /// constant; false otherwise (or when the dialect cannot materialize it).</summary>
    private static bool ReplaceWithConstant(DataFlowSolver<ConstantValue> solver, OperationFolder folder, Value value, Block block)
    {
        var state = solver.Lookup(value);
        if (state.Value is not { } attr)
            return false;
        var constant = folder.GetOrCreateConstant(InsertionRegion(block), state.Dialect, attr, value.Type);
        if (constant == null)
            return false;
        if (!ReferenceEquals(constant, value))
            value.ReplaceAllUsesWith(constant);
        return true;
    }

    /// <summary>Where the folder puts constants: the nearest region whose parent op is isolated from above (or
    /// unregistered, or top-level), as <see cref="OperationFolder"/> does.</summary>
    private static Region InsertionRegion(Block block)
    {
        var region = block.Parent!;
        while (region.ParentOp is { IsRegistered: true } parent && !parent.HasTrait(OpTraits.IsIsolatedFromAbove)
               && parent.Block?.Parent is { } outer)
            region = outer;
        return region;
    }
}
