using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Func;

[Op("func", "call", Summary = "call operation",
    Description = "The `func.call` operation represents a direct call to a function that is within the same "
        + "symbol scope as the call. The operands and result types of the call must match the specified function "
        + "type. The callee is encoded as a symbol reference attribute named \"callee\".")]
[AssemblyFormat("$callee `(` $operands `)` attr-dict `:` functional-type($operands, results)")]
public sealed partial class CallOp : Operation
{
    [Property]
    public partial SymbolRefAttr Callee { get; }

    /// <summary>MLIR 22's <c>no_inline</c>: the inliner leaves this call alone.</summary>
    [Property(Name = "no_inline")]
    public partial UnitAttr? NoInline { get; }

    [Operand]
    public partial System.ReadOnlySpan<OpOperand> Operands { get; }

    [Result]
    public partial System.ReadOnlySpan<OpResult> Outputs { get; }

    private bool Verify()
    {
        // MLIR checks this as a symbol use (verifySymbolUses).
        if (FuncSymbols.Lookup(this, Callee) is not FuncOp fn)
            return EmitOpError($"'{Callee.RootReference}' does not reference a valid function");
        var type = fn.Signature;
        if (type.Inputs.Length != NumOperands)
            return EmitOpError("incorrect number of operands for callee");
        for (int i = 0; i < NumOperands; i++)
            if (!ReferenceEquals(GetOperand(i).Type, type.Inputs[i]))
                return EmitOpError($"operand type mismatch: expected operand type '{type.Inputs[i]}', but provided '{GetOperand(i).Type}' for operand number {i}");
        if (type.Results.Length != NumResults)
            return EmitOpError("incorrect number of results for callee");
        for (int i = 0; i < NumResults; i++)
            if (!ReferenceEquals(GetResult(i).Type, type.Results[i]))
                return EmitOpError($"result type mismatch at index {i}")
                    .AttachNote($"      op result types: {TypeList(Results)}")
                    .AttachNote($"function result types: {TypeList(type.Results)}");
        return true;
    }

    private static string TypeList(System.ReadOnlySpan<OpResult> values)
    {
        var parts = new string[values.Length];
        for (int i = 0; i < values.Length; i++)
            parts[i] = values[i].Type.ToString();
        return string.Join(", ", parts);
    }

    private static string TypeList(System.ReadOnlySpan<Type> types)
    {
        var parts = new string[types.Length];
        for (int i = 0; i < types.Length; i++)
            parts[i] = types[i].ToString();
        return string.Join(", ", parts);
    }
}
