using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// <c>%collapse_shape = memref.collapse_shape %m [[0, 1], [2]] : memref&lt;?x?x?xf32&gt; into memref&lt;?x?xf32&gt;</c>:
/// a view of lower rank, each group of contiguous source dims merged into one.
/// </summary>
[Op("memref", "collapse_shape", Summary = "operation to produce a memref with a smaller rank.",
    Description = "Produces a lower-rank view of a memref: each group of the reassociation names contiguous source "
        + "dimensions that are merged into one result dimension. Groups that are provably not contiguous in "
        + "memory are rejected; the result layout follows from the source's.")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$src $reassociation attr-dict `:` type($src) `into` type($result)")]
public sealed partial class CollapseShapeOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsStridedMemRef), ConstraintSummary = "strided memref of any type values")]
    public partial Value Src { get; }

    [Property(ConstraintMethod = nameof(IsIndexListArray), ConstraintSummary = "Array of 64-bit integer array attributes")]
    public partial ArrayAttr Reassociation { get; }

    [Result(ConstraintMethod = nameof(IsStridedMemRef), ConstraintSummary = "strided memref of any type values")]
    public partial Value Result { get; }

    private static bool IsStridedMemRef(Type t) => MemRefConstraints.IsStridedMemRef(t);

    private static bool IsIndexListArray(Attribute a) => Reassociations.IsIndexListArray(a);

    /// <summary>The reassociation groups.</summary>
    public long[][] ReassociationIndices => Reassociations.Indices(Reassociation);

    private void GetAsmResultNames(AsmSetValueName setName) => setName(Result, "collapse_shape");

    private bool Verify()
    {
        var srcType = (MemRefType)Src.Type;
        var resultType = (MemRefType)Result.Type;
        if (srcType.Rank < resultType.Rank)
            return EmitOpError($"has source rank {srcType.Rank} and result rank {resultType.Rank}. This is not a collapse ({srcType.Rank} < {resultType.Rank}).");
        var groups = ReassociationIndices;
        if (!Reassociations.VerifyCollapsedShape(this, resultType.Shape, srcType.Shape, groups))
            return false;
        MemRefType expected;
        if (MemRefLayouts.IsIdentityLayout(srcType))
            expected = MemRefType.Get(resultType.Shape, srcType.ElementType, null, srcType.MemorySpace);
        else
        {
            var layout = Reassociations.CollapsedLayout(srcType, groups);
            if (layout == null)
                return EmitOpError("invalid source layout map or collapsing non-contiguous dims");
            expected = MemRefType.Get(resultType.Shape, srcType.ElementType, layout, srcType.MemorySpace);
        }
        if (!ReferenceEquals(expected, resultType))
            return EmitOpError($"expected collapsed type to be '{expected}' but found '{resultType}'");
        return true;
    }

    // collapse_shape(x) : T -> T  ->  x;  collapse_shape(expand_shape(x)) -> x when it restores x's type
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands)
    {
        var inverse = Src.DefiningOp as ExpandShapeOp;
        if (ReshapeFolding.Fold(Src, (MemRefType)Result.Type, ReassociationIndices,
                inverse, inverse?.Src, inverse?.ReassociationIndices) is { } folded)
            return folded;
        return null;
    }

    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context)
    {
        patterns.Add<CollapseShapeOp>(ReshapePatterns.ComposeCollapses, debugName: "ComposeReassociativeReshapeOps");
        patterns.Add<CollapseShapeOp>(ReshapePatterns.ComposeCollapseOfExpand, debugName: "ComposeCollapseOfExpandOp");
        patterns.Add<CollapseShapeOp>(ReshapePatterns.FoldCastSource, debugName: "CollapseShapeOpMemRefCastFolder");
    }
}
