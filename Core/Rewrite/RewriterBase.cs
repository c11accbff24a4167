using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// A builder that also edits IR and reports every edit to its <see cref="OpBuilder.Listener"/> (MLIR's
/// <c>RewriterBase</c>). Patterns and passes change IR only through it, so drivers see each change: replacing
/// uses notifies each user as modified, erasing notifies each erased op and block (innermost first), moving an
/// op or block notifies it as inserted. Without a listener the edits take their fast paths.
/// </summary>
public abstract partial class RewriterBase : OpBuilder
{
    protected RewriterBase(Context context, RewriterListener? listener = null) : base(context) => Listener = listener;

    /// <summary>The listener when it hears rewrites (not only insertions), else null.</summary>
    protected RewriterListener? RewriteListener => Listener as RewriterListener;

    // ---- in-place modification ----

    /// <summary>Marks the start of an in-place change of <paramref name="op"/>.</summary>
    public virtual void StartOpModification(Operation op) { }

    /// <summary>Marks the end of an in-place change of <paramref name="op"/> and notifies the listener.</summary>
    public virtual void FinalizeOpModification(Operation op) => RewriteListener?.NotifyOperationModified(op);

    /// <summary>Abandons an in-place change started with <see cref="StartOpModification"/> (the op is unchanged).</summary>
    public virtual void CancelOpModification(Operation op) { }

    /// <summary>Runs <paramref name="change"/> on <paramref name="op"/> as one in-place modification.</summary>
    public void ModifyOpInPlace(Operation op, Action change)
    {
        StartOpModification(op);
        change();
        FinalizeOpModification(op);
    }

    /// <summary>As <see cref="ModifyOpInPlace(Operation, Action)"/>, passing <paramref name="state"/> (no closure).</summary>
    public void ModifyOpInPlace<TState>(Operation op, TState state, Action<TState> change)
    {
        StartOpModification(op);
        change(state);
        FinalizeOpModification(op);
    }

    // ---- uses ----

    /// <summary>Makes every use of <paramref name="from"/> use <paramref name="to"/>; each user is modified in place.
    /// O(uses).</summary>
    public void ReplaceAllUsesWith(Value from, Value to)
    {
        if (ReferenceEquals(from, to))
            return;
        while (from.FirstUse is { } use)
        {
            var owner = use.Owner;
            StartOpModification(owner);
            use.Value = to;
            FinalizeOpModification(owner);
        }
    }

    /// <summary>Replaces the uses of each of <paramref name="from"/> by the value at the same index of
    /// <paramref name="to"/>.</summary>
    public void ReplaceAllUsesWith(ReadOnlySpan<OpResult> from, IReadOnlyList<Value?> to)
    {
        if (from.Length != to.Count)
            throw new ArgumentException($"{to.Count} replacement values for {from.Length} results", nameof(to));
        for (int i = 0; i < from.Length; i++)
            ReplaceResultUses(from[i], to[i]);
    }

    private void ReplaceResultUses(OpResult result, Value? to)
    {
        if (to != null)
            ReplaceAllUsesWith(result, to);
        else if (!result.UseEmpty)
            throw new ArgumentException($"result #{result.ResultNumber} of '{result.Owner.Name}' has uses but no replacement");
    }

    /// <summary>Makes every predecessor edge to <paramref name="from"/> lead to <paramref name="to"/>; each branching
    /// terminator is modified in place.</summary>
    public void ReplaceAllUsesWith(Block from, Block to)
    {
        if (ReferenceEquals(from, to))
            return;
        while (from.FirstUse is { } use)
        {
            var owner = use.Owner;
            StartOpModification(owner);
            use.Target = to;
            FinalizeOpModification(owner);
        }
    }

    /// <summary>Replaces the uses of <paramref name="from"/> for which <paramref name="predicate"/> holds; returns
    /// whether all uses were replaced.</summary>
    public bool ReplaceUsesWithIf(Value from, Value to, Func<OpOperand, bool> predicate)
    {
        bool all = true;
        for (var use = from.FirstUse; use != null;)
        {
            var next = use.NextUse;
            if (predicate(use))
            {
                var owner = use.Owner;
                StartOpModification(owner);
                use.Value = to;
                FinalizeOpModification(owner);
            }
            else
                all = false;
            use = next;
        }
        return all;
    }

    /// <summary>Replaces every use of <paramref name="from"/> except those by <paramref name="exceptedUser"/>.</summary>
    public void ReplaceAllUsesExcept(Value from, Value to, Operation exceptedUser) =>
        ReplaceUsesWithIf(from, to, use => !ReferenceEquals(use.Owner, exceptedUser));

    /// <summary>Replaces the uses of <paramref name="from"/>'s results by <paramref name="to"/> and notifies the
    /// listener of the replacement first; the op itself stays.</summary>
    public void ReplaceAllOpUsesWith(Operation from, IReadOnlyList<Value?> to)
    {
        if (from.NumResults != to.Count)
            throw new ArgumentException($"{to.Count} replacement values for the {from.NumResults} results of '{from.Name}'", nameof(to));
        RewriteListener?.NotifyOperationReplaced(from, to);
        ReplaceAllUsesWith(from.Results, to);
    }

    /// <summary>Replaces the uses of <paramref name="from"/>'s results for which <paramref name="predicate"/> holds
    /// (no replacement notification); returns whether all uses were replaced.</summary>
    public bool ReplaceOpUsesWithIf(Operation from, IReadOnlyList<Value> to, Func<OpOperand, bool> predicate)
    {
        if (from.NumResults != to.Count)
            throw new ArgumentException($"{to.Count} replacement values for the {from.NumResults} results of '{from.Name}'", nameof(to));
        bool all = true;
        var results = from.Results;
        for (int i = 0; i < results.Length; i++)
            all &= ReplaceUsesWithIf(results[i], to[i], predicate);
        return all;
    }

    // ---- replace and erase ----

    /// <summary>Replaces the results of <paramref name="op"/> by <paramref name="values"/> (one per result; null
    /// only for an unused result) and erases it.</summary>
    public void ReplaceOp(Operation op, IReadOnlyList<Value?> values)
    {
        ReplaceAllOpUsesWith(op, values);
        EraseOp(op);
    }

    /// <summary>Replaces the results of <paramref name="op"/> by those of <paramref name="newOp"/> (same count) and
    /// erases it.</summary>
    public void ReplaceOp(Operation op, Operation newOp)
    {
        if (op.NumResults != newOp.NumResults)
            throw new ArgumentException($"'{newOp.Name}' has {newOp.NumResults} results, '{op.Name}' has {op.NumResults}", nameof(newOp));
        RewriteListener?.NotifyOperationReplaced(op, newOp);
        var results = op.Results;
        for (int i = 0; i < results.Length; i++)
            ReplaceAllUsesWith(results[i], newOp.GetResult(i));
        EraseOp(op);
    }

    // ---- match failures ----

    /// <summary>Reports why a pattern did not apply to <paramref name="op"/>; returns false (the pattern's result).</summary>
    public bool NotifyMatchFailure(Operation op, string reason)
    {
        RewriteListener?.NotifyMatchFailure(op.Location, reason);
        return false;
    }

    /// <summary>As <see cref="NotifyMatchFailure(Operation, string)"/>, building the reason only when someone
    /// listens.</summary>
    public bool NotifyMatchFailure(Operation op, Func<string> reason)
    {
        RewriteListener?.NotifyMatchFailure(op.Location, reason());
        return false;
    }

    /// <summary>Reports a match failure at <paramref name="location"/>; returns false.</summary>
    public bool NotifyMatchFailure(LocationAttr location, string reason)
    {
        RewriteListener?.NotifyMatchFailure(location, reason);
        return false;
    }
}
