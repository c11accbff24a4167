using System;
using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite.Conversion;

/// <summary>
/// Removes <c>builtin.unrealized_conversion_cast</c> ops that cancel out (MLIR's <c>reconcileUnrealizedCasts</c>):
/// a cast whose results are unused is erased; a cast whose result types equal the input types of a cast up its
/// chain (each link a cast of the set defining all the next one's inputs, in order) is replaced by those inputs,
/// so <c>A -&gt; B -&gt; A</c> folds to the original values; casts used only by casts that are erased go too. The
/// casts left are live: some result reaches an op that is not a cast of the set.
/// </summary>
public static class UnrealizedCastReconciler
{
    /// <summary>
    /// Reconciles <paramref name="castOps"/> (unrealized casts; others are ignored) and returns the ones left, in
    /// the given order. <paramref name="onErase"/> hears about each cast before it is erased. O(casts x chain length).
    /// </summary>
    public static List<Operation> Reconcile(IReadOnlyList<Operation> castOps, Action<Operation>? onErase = null)
    {
        var set = new HashSet<Operation>(ReferenceEqualityComparer.Instance);
        foreach (var op in castOps)
            if (op.Name.Name == IR.Builtin.UnrealizedConversionCastOp.OperationName)
                set.Add(op);
        var worklist = new List<Operation>(set.Count);
        var queued = new HashSet<Operation>(ReferenceEqualityComparer.Instance);
        foreach (var op in castOps)
            if (set.Contains(op) && queued.Add(op))
                worklist.Add(op);
        var erased = new HashSet<Operation>(ReferenceEqualityComparer.Instance);

        void Enqueue(Operation cast)
        {
            foreach (var operand in cast.OpOperands)
                if (operand.Value.DefiningOp is { } def && set.Contains(def) && !erased.Contains(def) && queued.Add(def))
                    worklist.Add(def);
        }

        void Erase(Operation cast)
        {
            onErase?.Invoke(cast);
            erased.Add(cast);
            cast.DropAllReferences();
            cast.Remove();
        }

        // Bottom to top: users are looked at before the casts feeding them.
        while (worklist.Count > 0)
        {
            var cast = worklist[^1];
            worklist.RemoveAt(worklist.Count - 1);
            queued.Remove(cast);
            if (erased.Contains(cast))
                continue;
            if (cast.UseEmpty)
            {
                Enqueue(cast);
                Erase(cast);
                continue;
            }
            for (var next = cast; next != null; next = InputCast(next, set, erased))
            {
                if (!InputTypesMatchResults(next, cast))
                    continue;
                Enqueue(cast);
                var results = cast.Results;
                for (int i = 0; i < results.Length; i++)
                    results[i].ReplaceAllUsesWith(next.GetOperand(i));
                Erase(cast);
                break;
            }
        }

        // Liveness: a cast is live when a result has a user outside the set, or a live cast user.
        var remaining = new List<Operation>();
        foreach (var op in castOps)
            if (set.Contains(op) && !erased.Contains(op) && queued.Add(op))
                remaining.Add(op);
        var live = new HashSet<Operation>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Operation>();
        foreach (var cast in remaining)
            if (HasUserOutside(cast, set) && live.Add(cast))
                stack.Push(cast);
        while (stack.Count > 0)
        {
            var cast = stack.Pop();
            foreach (var operand in cast.OpOperands)
                if (operand.Value.DefiningOp is { } def && set.Contains(def) && !erased.Contains(def) && live.Add(def))
                    stack.Push(def);
        }
        var kept = new List<Operation>(live.Count);
        foreach (var cast in remaining)
        {
            if (live.Contains(cast))
                kept.Add(cast);
            else
            {
                onErase?.Invoke(cast);
                erased.Add(cast);
                cast.DropAllReferences();
            }
        }
        foreach (var cast in remaining)
            if (!live.Contains(cast))
                cast.Remove();
        return kept;
    }

    /// <summary>The cast of the set defining all inputs of <paramref name="cast"/> in order, or null.</summary>
    private static Operation? InputCast(Operation cast, HashSet<Operation> set, HashSet<Operation> erased)
    {
        if (cast.NumOperands == 0 || cast.GetOperand(0).DefiningOp is not { } def || !set.Contains(def) || erased.Contains(def))
            return null;
        if (def.NumResults != cast.NumOperands)
            return null;
        for (int i = 0; i < cast.NumOperands; i++)
            if (!ReferenceEquals(cast.GetOperand(i), def.GetResult(i)))
                return null;
        return def;
    }

    private static bool InputTypesMatchResults(Operation inputs, Operation results)
    {
        if (inputs.NumOperands != results.NumResults)
            return false;
        for (int i = 0; i < inputs.NumOperands; i++)
            if (!ReferenceEquals(inputs.GetOperand(i).Type, results.GetResult(i).Type))
                return false;
        return true;
    }

    private static bool HasUserOutside(Operation cast, HashSet<Operation> set)
    {
        foreach (var result in cast.Results)
            for (var use = result.FirstUse; use != null; use = use.NextUse)
                if (!set.Contains(use.Owner))
                    return true;
        return false;
    }
}
