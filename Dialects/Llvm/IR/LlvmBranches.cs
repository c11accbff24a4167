using Dialectic.Core.IR;

namespace Dialectic.Dialects.Llvm;

/// <summary>MLIR's BranchOpInterface check on each successor of an llvm branch: the forwarded operands match the
/// block's arguments in number and type, reported without the op-name prefix, as upstream's emitError.</summary>
internal static class LlvmBranches
{
    /// <summary>Verifies the operands passed to successor <paramref name="succNo"/>; false after an error.</summary>
    public static bool VerifySuccessor(Operation op, int succNo, System.ReadOnlySpan<OpOperand> operands)
    {
        var dest = op.GetSuccessor(succNo);
        if (operands.Length != dest.NumArguments)
        {
            op.EmitError($"branch has {operands.Length} operands for successor #{succNo}, but target block has {dest.NumArguments}");
            return false;
        }
        for (int i = 0; i < operands.Length; i++)
            if (!ReferenceEquals(operands[i].Value.Type, dest.GetArgument(i).Type))
            {
                op.EmitError($"type mismatch for bb argument #{i} of successor #{succNo}");
                return false;
            }
        return true;
    }
}
