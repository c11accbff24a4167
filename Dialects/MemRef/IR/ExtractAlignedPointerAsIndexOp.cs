using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>%intptr = memref.extract_aligned_pointer_as_index %m : memref&lt;4xf32&gt; -&gt; index</c>: the
/// buffer's aligned pointer as an index, for lowering.</summary>
[Op("memref", "extract_aligned_pointer_as_index", Summary = "Extracts a memref's underlying aligned pointer as an index",
    Description = "Returns the aligned pointer of a memref's buffer as an index, so that lowerings can pass it on "
        + "without a pointer type. It has no side effects.")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$source `:` type($source) `->` type(results) attr-dict")]
public sealed partial class ExtractAlignedPointerAsIndexOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsMemRef), ConstraintSummary = "ranked or unranked memref of any type values")]
    public partial Value Source { get; }

    [Result(Constraint = TypeConstraint.Index, Name = "aligned_pointer")]
    public partial Value AlignedPointer { get; }

    private static bool IsMemRef(Type t) => MemRefConstraints.IsMemRef(t);

    private void GetAsmResultNames(AsmSetValueName setName) => setName(AlignedPointer, "intptr");
}
