using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>%0 = memref.rank %m : memref&lt;*xf32&gt;</c>: the rank of a memref.</summary>
[Op("memref", "rank", Summary = "rank operation",
    Description = "Returns the rank of a memref, ranked or not.")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$memref attr-dict `:` type($memref)")]
public sealed partial class RankOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsMemRef), ConstraintSummary = "ranked or unranked memref of any type values")]
    public partial Value Memref { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }

    private static bool IsMemRef(Type t) => MemRefConstraints.IsMemRef(t);

    // rank(memref<4x?xf32>) -> 2
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands)
    {
        if (Memref.Type is ShapedType { HasRank: true } shaped)
            return IntegerAttr.Get(Context.IndexType, shaped.Rank);
        return null;
    }
}
