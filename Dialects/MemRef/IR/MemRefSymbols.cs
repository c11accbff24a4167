using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Dialects.MemRef;

/// <summary>Symbol lookups of the memref ops (MLIR's <c>lookupNearestSymbolFrom</c>).</summary>
internal static class MemRefSymbols
{
    /// <summary>Resolves <paramref name="reference"/> in the nearest symbol table above <paramref name="user"/>.</summary>
    public static Operation? LookupNearest(Operation user, SymbolRefAttr reference)
    {
        for (var op = user.ParentOp; op != null; op = op.ParentOp)
            if (op.HasTrait(OpTraits.SymbolTable))
                return SymbolTable.LookupSymbolIn(op, reference);
        return null;
    }
}
