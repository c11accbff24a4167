using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Interfaces;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>%dim = memref.dim %m, %c1 : memref&lt;4x?xf32&gt;</c>: the size of one dimension.</summary>
[Op("memref", "dim", Summary = "dimension index operation",
    Description = "Returns the size of one dimension of a memref, chosen by an index operand. An index outside the rank "
        + "gives undefined behavior.")]
[AssemblyFormat("attr-dict $source `,` $index `:` type($source)")]
public sealed partial class DimOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsNon0RankedOrUnranked),
        ConstraintSummary = "unranked.memref of any type values or non-0-ranked.memref of any type values")]
    public partial Value Source { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Index { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Result { get; }

    private static bool IsNon0RankedOrUnranked(Type t) => MemRefConstraints.IsNon0RankedOrUnrankedMemRef(t);

    /// <summary>The dimension when <see cref="Index"/> is a constant.</summary>
    public long? ConstantIndex => DynamicIndexList.ConstantIndex(Index);

    private void GetAsmResultNames(AsmSetValueName setName) => setName(Result, "dim");

    private bool Fold(System.ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results)
    {
        // Every fold needs a known index into a ranked memref; out-of-range indices are valid IR, left alone.
        if (operands.Length < 2 || operands[1] is not IntegerAttr indexAttr || Source.Type is not MemRefType type)
            return false;
        var index = indexAttr.SignedValue;
        if (index < 0 || index >= type.Rank)
            return false;
        int dim = (int)index;
        // dim(memref<4x?xf32>, 0) -> 4
        if (type.Shape[dim] != ShapedType.Dynamic)
        {
            results.Add(IntegerAttr.Get(Context.IndexType, type.Shape[dim]));
            return true;
        }
        int dynamicIndex = MemRefLayouts.CountDynamic(type.Shape[..dim]);
        switch (Source.DefiningOp)
        {
            // dim(alloc(%d), i) -> %d
            case AllocOp alloc when dynamicIndex < alloc.DynamicSizes.Length:
                results.Add(alloc.DynamicSizes[dynamicIndex].Value);
                return true;
            // dim(alloca(%d), i) -> %d
            case AllocaOp alloca when dynamicIndex < alloca.DynamicSizes.Length:
                results.Add(alloca.DynamicSizes[dynamicIndex].Value);
                return true;
            // dim(view(%b)[%s][%d], i) -> %d
            case ViewOp view when dynamicIndex < view.Sizes.Length:
                results.Add(view.Sizes[dynamicIndex].Value);
                return true;
            // dim(subview(%m)[..][%d][..], i) -> %d
            case SubViewOp subview when subview.DynamicSizeOfResultDim(dim) is { } size:
                results.Add(size);
                return true;
        }
        // dim(memref.cast(x), i) -> dim(x, i)
        return MemRefFolding.FoldMemRefCast(this);
    }

    // NoMemoryEffect.
    public void GetEffects(List<MemoryEffectInstance> effects) { }

    // ConditionallySpeculatable: only a constant index within the rank of a ranked memref is safe.
    public Speculatability GetSpeculatability() =>
        Source.Type is MemRefType ranked && Operation.GetConstantValue(Index) is IntegerAttr index
            && index.SignedValue >= 0 && index.SignedValue < ranked.Rank
            ? Speculatability.Speculatable
            : Speculatability.NotSpeculatable;

    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        patterns.Add<DimOp>(DimOfMemRefReshape, debugName: "DimOfMemRefReshape");

    // dim(reshape(%m, %shape), %i) -> load %shape[%i] (index_cast to index when the shape holds integers),
    // placed right after the reshape, when %i is known to dominate the reshape.
    private static bool DimOfMemRefReshape(DimOp dim, Core.Rewrite.PatternRewriter rewriter)
    {
        if (dim.Source.DefiningOp is not ReshapeOp reshape)
            return rewriter.NotifyMatchFailure(dim, "Dim op is not defined by a reshape op.");
        // A cheap dominance test instead of DominanceInfo: the index is defined earlier in the reshape's block
        // (or is one of its arguments), or in a region enclosing the reshape's.
        var index = dim.Index;
        if (ReferenceEquals(index.ParentBlock, reshape.Block))
        {
            if (index.DefiningOp is { } def && reshape.IsBeforeInBlock(def))
                return rewriter.NotifyMatchFailure(dim, "dim.getIndex is not defined before reshape in the same block.");
        }
        else if (!ReferenceEquals(dim.Block, reshape.Block)
            && !(index.ParentBlock?.Parent is { } indexRegion && reshape.ParentRegion is { } reshapeRegion
                && !ReferenceEquals(indexRegion, reshapeRegion) && indexRegion.IsAncestorOf(reshapeRegion)))
        {
            return rewriter.NotifyMatchFailure(dim, "dim.getIndex does not dominate reshape.");
        }
        rewriter.SetInsertionPointAfter(reshape);
        var shapeType = (MemRefType)reshape.Shape.Type;
        Value load = LoadOp.Create(rewriter, dim.Location, shapeType.ElementType, reshape.Shape, [index]).Result;
        if (!ReferenceEquals(load.Type, dim.Result.Type))
            load = Arith.IndexCastOp.Create(rewriter, dim.Location, dim.Result.Type, load).Out;
        rewriter.ReplaceOp(dim, [load]);
        return true;
    }
}
