using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>memref.dma_wait %tag[%i], %n : memref&lt;1xi32&gt;</c>: blocks until the transfer tagged at
/// <c>%tag[%i]</c> completes.</summary>
[Op("memref", "dma_wait", Summary = "blocking DMA operation that waits for transfer completion",
    Description = "Blocks until the transfer whose completion is recorded at the given tag memref position has "
        + "finished; the last operand is the number of elements of that transfer.")]
[AssemblyFormat("$tagMemRef `[` $tagIndices `]` `,` $numElements attr-dict `:` type($tagMemRef)")]
public sealed partial class DmaWaitOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsRankedMemRef), ConstraintSummary = "memref of any type values", Name = "tagMemRef")]
    public partial Value TagMemRef { get; }

    [Operand(Constraint = TypeConstraint.Index, Name = "tagIndices")]
    public partial System.ReadOnlySpan<OpOperand> TagIndices { get; }

    [Operand(Constraint = TypeConstraint.Index, Name = "numElements")]
    public partial Value NumElements { get; }

    private static bool IsRankedMemRef(Type t) => MemRefConstraints.IsRankedMemRef(t);

    private bool Verify()
    {
        int rank = ((MemRefType)TagMemRef.Type).Rank;
        if (TagIndices.Length != rank)
            return EmitOpError($"expected tagIndices to have the same number of elements as the tagMemRef rank, expected {rank}, but got {TagIndices.Length}");
        return true;
    }

    // dma_wait(memref.cast(x), ...) -> dma_wait(x, ...)
    private bool Fold(System.ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results) =>
        MemRefFolding.FoldMemRefCast(this);
}
