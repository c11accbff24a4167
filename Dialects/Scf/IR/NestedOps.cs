using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Dialects.Scf;

/// <summary>
/// MLIR verifies the ops nested in a region before the region checks of their parent (hasRegionVerifier,
/// region traits and interfaces), while the core verifier runs every op's hook before its children. So that the
/// same error is reported first, the scf ops call <see cref="VerifyFirst"/> right before reporting a region-level
/// error: it runs the op-specific verifier of each nested op in program order and stops at the first failure,
/// whose diagnostic then stands for the op's. Only on that failure path, so verification of valid IR pays nothing.
/// </summary>
internal static class NestedOps
{
    /// <summary>True when every op nested in <paramref name="op"/> passes its own verifier; false after the first
    /// failure was reported. Iterative, O(nested ops).</summary>
    public static bool VerifyFirst(Operation op)
    {
        var stack = new Stack<Operation>();
        Push(stack, op);
        while (stack.Count > 0)
        {
            var inner = stack.Pop();
            var info = inner.Name.Info;
            if (info?.VerifyInvariants is { } invariants && !invariants(inner))
                return false;
            if (info?.Verify is { } verify && !verify(inner))
                return false;
            Push(stack, inner);
        }
        return true;
    }

    /// <summary>Reports the region-level error <c>'op' op {message}</c> (with an optional note at the op), unless a
    /// nested op fails its own verification first; false either way.</summary>
    public static bool RegionError(Operation op, string message, string? note = null)
    {
        if (!VerifyFirst(op))
            return false;
        var diag = op.EmitOpError(message);
        if (note != null)
            diag.AttachNote(note);
        return false;
    }

    /// <summary>Pushes the ops nested in <paramref name="op"/> so that they pop in program order.</summary>
    private static void Push(Stack<Operation> stack, Operation op)
    {
        for (int r = op.NumRegions - 1; r >= 0; r--)
            for (var b = op.Regions[r].LastBlock; b != null; b = b.PrevBlock)
                for (var inner = b.LastOp; inner != null; inner = inner.PrevOp)
                    stack.Push(inner);
    }
}
