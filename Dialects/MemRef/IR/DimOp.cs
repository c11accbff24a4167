using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;

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
}
