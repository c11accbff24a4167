using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// MLIR's <c>-test-constant-fold</c>: folds every op under a root once, innermost and last ops first, uniquing the
/// constants at the entry of each isolated region, then erases the constants left without uses. Until the pass
/// manager exists it is how dialectic-opt exercises folders and constant materialization.
/// </summary>
public static class TestConstantFold
{
    /// <summary>Runs on <paramref name="root"/>; returns whether anything changed.</summary>
    public static bool Run(Operation root)
    {
        var ops = new List<Operation>();
        root.Walk(op =>
        {
            if (op != root)
                ops.Add(op);
        }, WalkOrder.PreOrder);
        var folder = new OperationFolder(root.Context);
        bool changed = false;
        // Reverse pre-order: later ops fold first, so the constants folded last end up first in their block.
        for (int i = ops.Count - 1; i >= 0; i--)
        {
            var op = ops[i];
            if (op.Block == null)
                continue; // erased by an earlier fold (a nested op of an erased parent, or a deduplicated constant)
            changed |= folder.TryToFold(op, out _);
        }
        foreach (var constant in new List<Operation>(folder.Constants))
            if (constant.Block != null && constant.UseEmpty)
            {
                folder.NotifyRemoval(constant);
                constant.Erase();
                changed = true;
            }
        return changed;
    }
}
