using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>%0 = memref.get_global @x : memref&lt;2xf32&gt;</c>: the memref of a <c>memref.global</c>.</summary>
[Op("memref", "get_global", Summary = "get the memref pointing to a global variable",
    Description = "Returns the memref of a `memref.global` named by symbol; its type must be the global's. Writing "
        + "through it to a constant global is undefined.")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$name `:` type($result) attr-dict")]
public sealed partial class GetGlobalOp : Operation
{
    [Property(Name = "name", ConstraintMethod = nameof(IsFlatSymbolRef), ConstraintSummary = "flat symbol reference attribute")]
    public partial SymbolRefAttr GlobalName { get; }

    [Result(ConstraintMethod = nameof(IsStaticShapeMemRef), ConstraintSummary = "statically shaped memref of any type values")]
    public partial Value Result { get; }

    private static bool IsFlatSymbolRef(Attribute a) => MemRefConstraints.IsFlatSymbolRef(a);

    private static bool IsStaticShapeMemRef(Type t) => MemRefConstraints.IsStaticShapeMemRef(t);

    private bool Verify()
    {
        // MLIR checks this as a symbol use (verifySymbolUses).
        if (MemRefSymbols.LookupNearest(this, GlobalName) is not GlobalOp global)
            return EmitOpError($"'{GlobalName.RootReference}' does not reference a valid global memref");
        if (!ReferenceEquals(global.Type.Value, Result.Type))
            return EmitOpError($"result type '{Result.Type}' does not match type '{global.Type.Value}' of the global memref @{GlobalName.RootReference}");
        return true;
    }
}
