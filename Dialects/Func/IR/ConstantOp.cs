using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Func;

[Op("func", "constant", Summary = "constant",
    Description = "The `func.constant` operation produces an SSA value from a symbol reference to a `func.func` "
        + "operation.")]
[Traits(OpTraits.Pure, OpTraits.ConstantLike)]
[AssemblyFormat("attr-dict $value `:` type($result)")]
public sealed partial class ConstantOp : Operation
{
    [Property]
    public partial SymbolRefAttr Value { get; }

    [Result]
    public partial Value Result { get; }

    // MLIR's getAsmResultNames: `%f`.
    private void GetAsmResultNames(AsmSetValueName setName) => setName(Result, "f");

    private bool Verify()
    {
        // MLIR checks this as a symbol use (verifySymbolUses).
        if (FuncSymbols.Lookup(this, Value) is not FuncOp fn)
            return EmitOpError($"reference to undefined function '{Value.RootReference}'");
        if (!ReferenceEquals(fn.Signature, Result.Type))
            return EmitOpError("reference to function with mismatched type");
        return true;
    }

    // constant @f -> @f
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) => Value;
}
