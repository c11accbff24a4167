using Dialectic.Core.IR;

namespace Dialectic.Core.Analysis.DataFlow;

/// <summary>
/// MLIR's <c>BranchOpInterface::getSuccessorForOperands</c>, attached to a terminator's <see cref="OperationInfo"/>
/// with <see cref="OperationInfo.With{T}"/>: the one successor taken when the operands hold
/// <paramref name="operands"/> (null where not constant), or null when it cannot be known.
/// </summary>
public delegate Block? SuccessorForOperandsHook(Operation op, System.ReadOnlySpan<Attribute?> operands);
