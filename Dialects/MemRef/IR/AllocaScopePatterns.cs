using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Interfaces;
using Dialectic.Core.Rewrite;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// The <c>memref.alloca_scope</c> canonicalizations: MLIR's <c>AllocaScopeInliner</c> and <c>AllocaScopeHoister</c>.
/// Allocation scopes are told by <see cref="AllocationScopes.IsScope"/>.
/// </summary>
internal static class AllocaScopePatterns
{
    /// <summary>
    /// alloca_scope { body; return %v } -> body, with %v for the results: when nothing in the body may allocate on the
    /// stack, or when the parent is itself an allocation scope and the op is last before the parent's terminator
    /// (so no allocation lives longer than before).
    /// </summary>
    public static bool Inline(AllocaScopeOp op, PatternRewriter rewriter)
    {
        bool hasPotentialAlloca = op.Walk(nested =>
        {
            if (ReferenceEquals(nested, op))
                return WalkResult.Advance;
            if (IsOpItselfPotentialAutomaticAllocation(nested))
                return WalkResult.Interrupt;
            if (AllocationScopes.IsScope(nested))
                return WalkResult.Skip;
            return WalkResult.Advance;
        }, WalkOrder.PreOrder) == WalkResult.Interrupt;
        if (hasPotentialAlloca)
        {
            if (op.ParentOp is not { } parent || !AllocationScopes.IsScope(parent))
                return false;
            if (!IsLastNonTerminatorInRegion(op))
                return false;
        }
        if (op.BodyRegion.FirstBlock is not { } block || block.Terminator is not { } terminator)
            return false;
        var results = new List<Value>(terminator.NumOperands);
        for (int i = 0; i < terminator.NumOperands; i++)
            results.Add(terminator.GetOperand(i));
        rewriter.InlineBlockBefore(block, op);
        rewriter.ReplaceOp(op, results);
        rewriter.EraseOp(terminator);
        return true;
    }

    /// <summary>
    /// Moves the stack allocations of an alloca_scope (whose operands are defined outside) up to just before the
    /// outermost parent below the enclosing allocation scope, when every op on the way is last in a one-block region.
    /// </summary>
    public static bool Hoist(AllocaScopeOp op, PatternRewriter rewriter)
    {
        if (!AllocationScopes.HasScopeAncestor(op))
            return false;
        var lastParentWithoutScope = op.ParentOp;
        if (lastParentWithoutScope == null || AllocationScopes.IsScope(lastParentWithoutScope))
            return false;
        if (!IsLastNonTerminatorInRegion(op) || !IsLastNonTerminatorInRegion(lastParentWithoutScope))
            return false;
        while (lastParentWithoutScope.ParentOp is { } up && !AllocationScopes.IsScope(up))
        {
            lastParentWithoutScope = up;
            if (!IsLastNonTerminatorInRegion(lastParentWithoutScope))
                return false;
        }
        Region? containingRegion = null;
        var opRegion = op.ParentRegion;
        foreach (var region in lastParentWithoutScope.Regions)
            if (opRegion != null && region.IsAncestorOf(opRegion))
            {
                containingRegion = region;
                break;
            }
        if (containingRegion == null)
            return false;

        var toHoist = new List<Operation>();
        op.Walk(alloc =>
        {
            if (!IsGuaranteedAutomaticAllocation(alloc))
                return WalkResult.Skip;
            // Every operand must be available where the op would move to.
            for (int i = 0; i < alloc.NumOperands; i++)
                if (alloc.GetOperand(i).ParentBlock?.Parent is { } region && containingRegion.IsAncestorOf(region))
                    return WalkResult.Skip;
            toHoist.Add(alloc);
            return WalkResult.Advance;
        });
        if (toHoist.Count == 0)
            return false;
        rewriter.SetInsertionPoint(lastParentWithoutScope);
        foreach (var alloc in toHoist)
        {
            var cloned = rewriter.Insert(alloc.Clone());
            var values = new List<Value>(cloned.NumResults);
            foreach (var r in cloned.Results)
                values.Add(r);
            rewriter.ReplaceOp(alloc, values);
        }
        return true;
    }

    // An op guaranteed to allocate in the automatic allocation scope (an alloca).
    private static bool IsGuaranteedAutomaticAllocation(Operation op)
    {
        if (op.Name.Info?.GetEffects == null)
            return false;
        return AllocatesOnStack(op);
    }

    // An op that may allocate in the automatic allocation scope itself (nested ops are looked at separately):
    // anything with unknown effects, or a stack allocation of one of its results.
    private static bool IsOpItselfPotentialAutomaticAllocation(Operation op)
    {
        if (op.HasTrait(OpTraits.RecursiveMemoryEffects))
            return false;
        if (!SideEffects.DeclaresEffects(op))
            return true;
        return AllocatesOnStack(op);
    }

    private static bool AllocatesOnStack(Operation op)
    {
        var effects = new List<MemoryEffectInstance>();
        if (!SideEffects.TryGetEffects(op, effects))
            return false;
        foreach (var effect in effects)
            if (effect.Kind == MemoryEffectKind.Allocate && effect.Value is OpResult result
                && ReferenceEquals(result.Owner, op) && ReferenceEquals(effect.Resource, SideEffectResource.AutomaticAllocationScope))
                return true;
        return false;
    }

    // The op is directly followed by its block's terminator, in a one-block region (moving allocations out of it
    // does not make them live longer).
    private static bool IsLastNonTerminatorInRegion(Operation op)
    {
        var block = op.Block;
        return block != null && block.Terminator is { } terminator && terminator.HasTrait(OpTraits.IsTerminator)
            && ReferenceEquals(op.NextOp, terminator) && op.ParentRegion is { HasOneBlock: true };
    }
}
