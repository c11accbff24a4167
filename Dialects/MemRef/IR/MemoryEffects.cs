using Dialectic.Core.IR;

namespace Dialectic.Dialects.MemRef;

/// <summary>What Core knows about memory side effects (MLIR's <c>isMemoryEffectFree</c>).</summary>
internal static class MemoryEffects
{
    /// <summary>
    /// True for an op declaring no effects (pure, or an effects hook adding none), or one whose effects are those of
    /// its regions (<c>RecursiveMemoryEffects</c>) when all the nested ops are effect free. Unregistered ops and ops
    /// declaring no effects information are not.
    /// </summary>
    public static bool IsMemoryEffectFree(Operation op) => Core.Interfaces.SideEffects.IsMemoryEffectFree(op);
}
