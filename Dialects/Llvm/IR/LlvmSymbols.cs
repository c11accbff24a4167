using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Dialects.Llvm;

internal static class LlvmSymbols
{
    /// <summary>Resolves <paramref name="reference"/> from the nearest symbol table above <paramref name="user"/>.</summary>
    public static Operation? Lookup(Operation user, SymbolRefAttr reference)
    {
        for (var op = user.ParentOp; op != null; op = op.ParentOp)
            if (op.HasTrait(OpTraits.SymbolTable))
                return SymbolTable.LookupSymbolIn(op, reference);
        return null;
    }
}
