using System;
using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Interfaces;

/// <summary>
/// Memory-effect and speculation queries (MLIR's <c>SideEffectInterfaces</c> helpers). An op "declares its effects"
/// when it is <see cref="OpTraits.Pure"/> (no effects) or has a <see cref="OperationInfo.GetEffects"/> hook;
/// otherwise its effects are unknown and it is assumed to have any. <see cref="OpTraits.RecursiveMemoryEffects"/>
/// adds the effects of the ops nested in its regions. Every walk is iterative.
/// </summary>
public static class SideEffects
{
    // One scratch list per thread for effect queries; taken while in use, so a re-entrant query (a hook asking
    // about nested ops) allocates its own.
    [ThreadStatic] private static List<MemoryEffectInstance>? s_scratch;

    private static List<MemoryEffectInstance> RentScratch()
    {
        var list = s_scratch ?? new List<MemoryEffectInstance>(4);
        s_scratch = null;
        return list;
    }

    private static void ReturnScratch(List<MemoryEffectInstance> list)
    {
        list.Clear();
        s_scratch = list;
    }

    /// <summary>True when the op declares its own effects (MLIR: implements <c>MemoryEffectOpInterface</c>).</summary>
    public static bool DeclaresEffects(Operation op) => op.HasTrait(OpTraits.Pure) || op.Name.Info?.GetEffects != null;

    /// <summary>
    /// Appends the op's own declared effects (not those of nested ops) to <paramref name="effects"/>; false when the
    /// op declares none (unknown: may have any effect).
    /// </summary>
    public static bool TryGetEffects(Operation op, List<MemoryEffectInstance> effects)
    {
        if (op.Name.Info?.GetEffects is { } hook)
        {
            hook(op, effects);
            return true;
        }
        return op.HasTrait(OpTraits.Pure);
    }

    /// <summary>
    /// Appends the effects of <paramref name="op"/> and, through <see cref="OpTraits.RecursiveMemoryEffects"/>, of
    /// the ops nested in it (MLIR's <c>getEffectsRecursively</c>); false when some effect is unknown.
    /// </summary>
    public static bool TryGetEffectsRecursively(Operation op, List<MemoryEffectInstance> effects)
    {
        var stack = new Stack<Operation>();
        stack.Push(op);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            bool recursive = current.HasTrait(OpTraits.RecursiveMemoryEffects);
            if (recursive)
                PushNested(current, stack);
            if (!TryGetEffects(current, effects) && !recursive)
                return false;
        }
        return true;
    }

    /// <summary>
    /// True when the op and, through <see cref="OpTraits.RecursiveMemoryEffects"/>, its nested ops have no memory
    /// effect (MLIR's <c>isMemoryEffectFree</c>). Unknown effects count as effects.
    /// </summary>
    public static bool IsMemoryEffectFree(Operation op)
    {
        // Fast paths: no regions to look into.
        if (op.HasTrait(OpTraits.Pure))
            return true;
        Stack<Operation>? stack = null;
        var current = op;
        while (true)
        {
            bool recursive = current.HasTrait(OpTraits.RecursiveMemoryEffects);
            bool declared = DeclaresEffects(current);
            if (declared ? !HasNoEffect(current) : !recursive)
                return false;
            if (recursive && current.NumRegions > 0)
                PushNested(current, stack ??= new Stack<Operation>());
            if (stack == null || stack.Count == 0)
                return true;
            current = stack.Pop();
        }
    }

    /// <summary>True when the op declares its effects and they include one of <paramref name="kind"/>
    /// (MLIR's <c>hasEffect</c>; false when unknown).</summary>
    public static bool HasEffect(Operation op, MemoryEffectKind kind) => FindEffect(op, kind, null, out _);

    /// <summary>True when the op declares an effect of <paramref name="kind"/> on <paramref name="value"/>.</summary>
    public static bool HasEffect(Operation op, MemoryEffectKind kind, Value value) => FindEffect(op, kind, value, out _);

    /// <summary>True when the op may have an effect of <paramref name="kind"/>: declared, or unknown
    /// (MLIR's <c>mightHaveEffect</c>).</summary>
    public static bool MightHaveEffect(Operation op, MemoryEffectKind kind) => FindEffect(op, kind, null, out bool known) || !known;

    /// <summary>True when the op declares effects and all of them, at least one, are of <paramref name="kind"/>
    /// (MLIR's <c>hasSingleEffect</c>).</summary>
    public static bool HasSingleEffect(Operation op, MemoryEffectKind kind)
    {
        if (op.Name.Info?.GetEffects is not { } hook)
            return false;
        var effects = RentScratch();
        hook(op, effects);
        bool result = effects.Count > 0;
        foreach (var e in effects)
            result &= e.Kind == kind;
        ReturnScratch(effects);
        return result;
    }

    private static bool FindEffect(Operation op, MemoryEffectKind kind, Value? value, out bool known)
    {
        known = true;
        if (op.Name.Info?.GetEffects is not { } hook)
        {
            known = op.HasTrait(OpTraits.Pure);
            return false;
        }
        var effects = RentScratch();
        hook(op, effects);
        bool found = false;
        foreach (var e in effects)
            found |= e.Kind == kind && (value == null || ReferenceEquals(e.Value, value));
        ReturnScratch(effects);
        return found;
    }

    private static bool HasNoEffect(Operation op)
    {
        if (op.Name.Info?.GetEffects is not { } hook)
            return op.HasTrait(OpTraits.Pure);
        var effects = RentScratch();
        hook(op, effects);
        bool none = effects.Count == 0;
        ReturnScratch(effects);
        return none;
    }

    /// <summary>True when the op has no uses and <see cref="WouldOpBeTriviallyDead"/> (MLIR's
    /// <c>isOpTriviallyDead</c>).</summary>
    public static bool IsOpTriviallyDead(Operation op) => op.UseEmpty && WouldOpBeTriviallyDead(op);

    /// <summary>
    /// True when the op could be erased were its results unused (MLIR's <c>wouldOpBeTriviallyDead</c>): not a
    /// terminator (an unregistered op might be one), not a symbol, and its effects, and through
    /// <see cref="OpTraits.RecursiveMemoryEffects"/> those of its nested ops, are known and at most reads or
    /// allocations of its own results.
    /// </summary>
    public static bool WouldOpBeTriviallyDead(Operation op)
    {
        if (!op.IsRegistered || op.HasTrait(OpTraits.IsTerminator) || op.HasTrait(OpTraits.Symbol))
            return false;
        Stack<Operation>? stack = null;
        var current = op;
        while (true)
        {
            bool recursive = current.HasTrait(OpTraits.RecursiveMemoryEffects);
            if (recursive && current.NumRegions > 0)
                PushNested(current, stack ??= new Stack<Operation>());
            if (current.Name.Info?.GetEffects is { } hook)
            {
                if (!OnlyReadsOrAllocatesOwnResults(current, hook))
                    return false;
            }
            else if (!current.HasTrait(OpTraits.Pure) && !recursive)
                return false; // Unknown effects (an unregistered nested op, an op declaring nothing).
            if (stack == null || stack.Count == 0)
                return true;
            current = stack.Pop();
        }
    }

    /// <summary>
    /// The op's own part of <see cref="WouldOpBeTriviallyDead"/>: its declared effects are at most reads and
    /// allocations of its own results, or it declares none but has recursive effects (then its nested ops decide).
    /// </summary>
    internal static bool OwnEffectsAllowErasure(Operation op)
    {
        if (op.Name.Info?.GetEffects is { } hook)
            return OnlyReadsOrAllocatesOwnResults(op, hook);
        return op.HasTrait(OpTraits.Pure) || op.HasTrait(OpTraits.RecursiveMemoryEffects);
    }

    /// <summary>The checks of <see cref="WouldOpBeTriviallyDead"/> that look at the op itself, not its effects.</summary>
    internal static bool MayBeErasedWhenUnused(Operation op) =>
        op.IsRegistered && !op.HasTrait(OpTraits.IsTerminator) && !op.HasTrait(OpTraits.Symbol);

    private static bool OnlyReadsOrAllocatesOwnResults(Operation op, OpEffectsHook hook)
    {
        var effects = RentScratch();
        hook(op, effects);
        bool ok = true;
        foreach (var e in effects)
        {
            if (e.Kind == MemoryEffectKind.Read)
                continue;
            // Effects on a value this op allocates (one of its results) can be dropped with the op.
            bool ownAllocation = false;
            if (e.Value is OpResult { Owner: var owner } && ReferenceEquals(owner, op))
                foreach (var a in effects)
                    ownAllocation |= a.Kind == MemoryEffectKind.Allocate && ReferenceEquals(a.Value, e.Value);
            if (!ownAllocation)
            {
                ok = false;
                break;
            }
        }
        ReturnScratch(effects);
        return ok;
    }

    /// <summary>The op's speculatability: its <see cref="OperationInfo.GetSpeculatability"/> hook, else
    /// <see cref="Speculatability.Speculatable"/> for a <see cref="OpTraits.Pure"/> op, else not speculatable.</summary>
    public static Speculatability GetSpeculatability(Operation op)
    {
        if (op.Name.Info?.GetSpeculatability is { } hook)
            return hook(op);
        return op.HasTrait(OpTraits.Pure) ? Speculatability.Speculatable : Speculatability.NotSpeculatable;
    }

    /// <summary>True when the op, and for <see cref="Speculatability.RecursivelySpeculatable"/> every op nested in
    /// it, is speculatable (MLIR's <c>isSpeculatable</c>).</summary>
    public static bool IsSpeculatable(Operation op)
    {
        Stack<Operation>? stack = null;
        var current = op;
        while (true)
        {
            switch (GetSpeculatability(current))
            {
                case Speculatability.NotSpeculatable:
                    return false;
                case Speculatability.RecursivelySpeculatable:
                    if (current.NumRegions > 0)
                        PushNested(current, stack ??= new Stack<Operation>());
                    break;
            }
            if (stack == null || stack.Count == 0)
                return true;
            current = stack.Pop();
        }
    }

    /// <summary>Speculatable and memory effect free (MLIR's <c>isPure</c>).</summary>
    public static bool IsPure(Operation op) => IsSpeculatable(op) && IsMemoryEffectFree(op);

    private static void PushNested(Operation op, Stack<Operation> stack)
    {
        foreach (var region in op.RegionsSpan)
            for (var b = region.FirstBlock; b != null; b = b.NextBlock)
                for (var nested = b.FirstOp; nested != null; nested = nested.NextOp)
                    stack.Push(nested);
    }
}
