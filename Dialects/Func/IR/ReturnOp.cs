using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Func;

[Op("func", "return", Summary = "Function return operation",
    Description = "The `func.return` operation represents a return operation within a function. The operation "
        + "takes variable number of operands and produces no results. The operand number and types must match "
        + "the signature of the function that contains the operation.")]
[Traits(OpTraits.Pure, OpTraits.IsTerminator, OpTraits.ReturnLike)]
[AssemblyFormat("attr-dict ($operands^ `:` type($operands))?")]
public sealed partial class ReturnOp : Operation
{
    [Operand]
    public partial System.ReadOnlySpan<OpOperand> Operands { get; }

    private bool Verify()
    {
        if (ParentOp is not FuncOp function)
            return EmitOpError("expects parent op 'func.func'");
        var results = function.Signature.Results;
        if (NumOperands != results.Length)
            return EmitOpError($"has {NumOperands} operands, but enclosing function (@{function.SymName.Value}) returns {results.Length}");
        for (int i = 0; i < results.Length; i++)
            if (!ReferenceEquals(GetOperand(i).Type, results[i]))
                return EmitError($"type of return operand {i} ('{GetOperand(i).Type}') doesn't match function result type ('{results[i]}') in function @{function.SymName.Value}");
        return true;
    }
}
