using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.MemRef;

/// <summary>The checks <c>memref.alloc</c> and <c>memref.alloca</c> share (MLIR's <c>verifyAllocLikeOp</c>).</summary>
internal static class AllocLike
{
    /// <summary>One dimension operand per dynamic size, one symbol operand per symbol of the layout map.</summary>
    public static bool Verify(Operation op, MemRefType type, int numDynamicSizes, int numSymbolOperands)
    {
        int dynamic = MemRefLayouts.CountDynamic(type.Shape);
        if (numDynamicSizes != dynamic)
            return op.EmitOpError($"incorrect number of dynamic sizes, has {numDynamicSizes}, expected {dynamic}");
        int numSymbols = MemRefLayouts.IsIdentityLayout(type) ? 0 : MemRefLayouts.LayoutMap(type).NumSymbols;
        if (numSymbolOperands != numSymbols)
            return op.EmitOpError($"symbol operand count does not equal memref symbol count: expected {numSymbols}, got {numSymbolOperands}");
        return true;
    }
}
