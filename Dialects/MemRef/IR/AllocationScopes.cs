using Dialectic.Core.IR;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// Where <c>memref.alloca</c> memory lives: the nearest enclosing op with MLIR's <c>AutomaticAllocationScope</c> trait.
/// Core names no such trait yet; until it does (<c>OpTraits.AutomaticAllocationScope</c>, picked up by name here),
/// an allocation scope is a <c>memref.alloca_scope</c> or an isolated-from-above op that is not a symbol table
/// (a function, not a module), which is where MLIR's upstream dialects put the trait, or one of the upstream loops
/// that carry it (scf.for, scf.parallel, affine.for, affine.parallel).
/// </summary>
internal static class AllocationScopes
{
    private static readonly OpTraits? Declared =
        System.Enum.TryParse<OpTraits>("AutomaticAllocationScope", out var t) ? t : null;

    /// <summary>True when <paramref name="op"/> is an automatic allocation scope.</summary>
    public static bool IsScope(Operation op)
    {
        if (op is AllocaScopeOp)
            return true;
        if (Declared is { } trait)
            return op.HasTrait(trait);
        return (op.HasTrait(OpTraits.IsIsolatedFromAbove) && !op.HasTrait(OpTraits.SymbolTable))
            || IsUpstreamLoopScope(op.Name.Name);
    }

    // The loops upstream declares AutomaticAllocationScope on (each iteration frees its allocas).
    private static bool IsUpstreamLoopScope(string name) => name switch
    {
        "scf.for" or "scf.parallel" or "affine.for" or "affine.parallel" => true,
        _ => false,
    };

    /// <summary>True when some ancestor of <paramref name="op"/> is an allocation scope.</summary>
    public static bool HasScopeAncestor(Operation op)
    {
        for (var p = op.ParentOp; p != null; p = p.ParentOp)
            if (IsScope(p))
                return true;
        return false;
    }
}
