using Dialectic.Core.IR;

namespace Dialectic.Core.Interfaces;

/// <summary>
/// Queries over MLIR's <c>BranchOpInterface</c>: terminators that declare which operands feed which successor
/// arguments (<see cref="OperationInfo.GetSuccessorOperands"/>). Terminators without it are opaque: region
/// simplification keeps every argument of their successors.
/// </summary>
public static class BranchOps
{
    /// <summary>True when <paramref name="op"/> declares its successor operands.</summary>
    public static bool IsBranchOp(Operation op) => op.Name.Info?.GetSuccessorOperands != null;

    /// <summary>The operands <paramref name="op"/> forwards to successor <paramref name="index"/>; null when the op
    /// does not declare them.</summary>
    public static SuccessorOperands? GetSuccessorOperands(Operation op, int index) =>
        op.Name.Info?.GetSuccessorOperands is { } hook ? hook(op, index) : null;

    /// <summary>
    /// The successor block argument that operand <paramref name="operandIndex"/> of branch <paramref name="op"/>
    /// feeds, or null (not a forwarded operand, or not a branch op). O(successors).
    /// </summary>
    public static BlockArgument? GetSuccessorBlockArgument(Operation op, int operandIndex)
    {
        if (op.Name.Info?.GetSuccessorOperands is not { } hook)
            return null;
        for (int i = 0; i < op.NumSuccessors; i++)
        {
            var forwarded = hook(op, i);
            int offset = operandIndex - forwarded.Start;
            if (offset < 0 || offset >= forwarded.Length)
                continue;
            var dest = op.GetSuccessor(i);
            int arg = forwarded.ProducedOperandCount + offset;
            return arg < dest.NumArguments ? dest.GetArgument(arg) : null;
        }
        return null;
    }
}
