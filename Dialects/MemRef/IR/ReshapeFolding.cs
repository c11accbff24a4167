using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.MemRef;

/// <summary>MLIR's <c>foldReshapeOp</c> for <c>memref.expand_shape</c> and <c>memref.collapse_shape</c>.</summary>
internal static class ReshapeFolding
{
    /// <summary>
    /// The value a reshape of <paramref name="source"/> to <paramref name="resultType"/> folds to: the source when
    /// the types are equal, or the input of an inverse reshape (<paramref name="inverse"/> with input
    /// <paramref name="inverseSource"/>) that restores its type when that is unambiguous; null otherwise.
    /// </summary>
    public static Value? Fold(Value source, MemRefType resultType, long[][] groups,
        Operation? inverse, Value? inverseSource, long[][]? inverseGroups)
    {
        // reshape(x) : T -> T  ->  x
        if (ReferenceEquals(source.Type, resultType))
            return source;
        if (inverse == null || inverseSource == null || inverseGroups == null
            || !ReferenceEquals(inverseSource.Type, resultType))
            return null;
        var srcType = (MemRefType)inverseSource.Type;
        // collapse(expand(x)) -> x (and the converse) with at most one dynamic dim
        if (MemRefLayouts.CountDynamic(srcType.Shape) < 2)
            return inverseSource;
        // Perfect inverses: the same groups, and no group with several dynamic dims.
        if (!Reassociations.SameIndices(groups, inverseGroups))
            return null;
        if (srcType.Rank < ((MemRefType)source.Type).Rank)
            return inverseSource;
        foreach (var group in groups)
        {
            if (group.Length == 0)
                continue;
            int dynamic = 0;
            for (int i = 0; i < group.Length; i++)
                if (srcType.Shape[(int)group[0] + i] == ShapedType.Dynamic)
                    dynamic++;
            if (dynamic >= 2)
                return null;
        }
        return inverseSource;
    }
}
