using Dialectic.Core.IR;

namespace Dialectic.Dialects.ControlFlow;

/// <summary>
/// The check MLIR's BranchOpInterface runs on each successor of a branch: the operands forwarded to the successor
/// match its block arguments in number and type. Reported with <c>emitError</c>, so without the op-name prefix.
/// </summary>
internal static class SuccessorOperandsVerifier
{
    /// <summary>Verifies the operands passed to successor <paramref name="succNo"/>; false after an error.
    /// O(operands).</summary>
    public static bool Verify(Operation op, int succNo, System.ReadOnlySpan<OpOperand> operands)
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
