using Dialectic.Core.IR;

namespace Dialectic.Dialects.Scf;

/// <summary>
/// MLIR's ParallelCombiningOpInterface: an op allowed inside <c>scf.forall.in_parallel</c> (such as
/// <c>tensor.parallel_insert_slice</c>), attached to its <see cref="OperationInfo"/> with
/// <c>info.With&lt;IParallelCombiningOp&gt;(...)</c> by the dialect that defines it.
/// </summary>
public interface IParallelCombiningOp
{
    /// <summary>The operands of <paramref name="op"/> naming the shared outputs it updates; each must be a
    /// <c>shared_outs</c> block argument of the enclosing <c>scf.forall</c>.</summary>
    System.ReadOnlySpan<OpOperand> GetUpdatedDestinations(Operation op);
}
