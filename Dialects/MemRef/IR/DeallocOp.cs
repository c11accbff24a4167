using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Interfaces;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>memref.dealloc %m : memref&lt;8xf32&gt;</c>: frees memory from <c>memref.alloc</c>.</summary>
[Op("memref", "dealloc", Summary = "memory deallocation operation",
    Description = "Frees the buffer of a memref that was allocated by `memref.alloc`. It must not be applied to a view "
        + "of such a buffer.")]
[AssemblyFormat("$memref attr-dict `:` type($memref)")]
public sealed partial class DeallocOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsMemRef), ConstraintSummary = "ranked or unranked memref of any type values")]
    public partial Value Memref { get; }

    private static bool IsMemRef(Type t) => MemRefConstraints.IsMemRef(t);

    // dealloc(memref.cast(x)) -> dealloc(x)
    private bool Fold(System.ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results) =>
        MemRefFolding.FoldMemRefCast(this);

    // MemFreeAt<0, FullEffect> on the memref.
    public void GetEffects(List<MemoryEffectInstance> effects) =>
        effects.Add(new MemoryEffectInstance(MemoryEffectKind.Free, OpOperands[0], SideEffectResource.Default, effectOnFullRegion: true));
}
