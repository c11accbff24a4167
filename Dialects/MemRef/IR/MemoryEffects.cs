using Dialectic.Core.IR;

namespace Dialectic.Dialects.MemRef;

/// <summary>What Core's traits say about memory side effects (MLIR's <c>isMemoryEffectFree</c>).</summary>
internal static class MemoryEffects
{
    /// <summary>
    /// True for a pure op, or one whose effects are those of its regions (<c>RecursiveMemoryEffects</c>) when all
    /// the nested ops are effect free. Unregistered ops and ops declaring no effects information are not.
    /// </summary>
    public static bool IsMemoryEffectFree(Operation op)
    {
        if (op.HasTrait(OpTraits.Pure))
            return true;
        if (!op.HasTrait(OpTraits.RecursiveMemoryEffects))
            return false;
        foreach (var region in op.Regions)
            foreach (var block in region.Blocks)
                foreach (var nested in block.Operations)
                    if (!IsMemoryEffectFree(nested))
                        return false;
        return true;
    }
}
