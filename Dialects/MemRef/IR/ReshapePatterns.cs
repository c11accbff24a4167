using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// Canonicalizations of <c>memref.collapse_shape</c> and <c>memref.expand_shape</c>: MLIR's
/// <c>ComposeReassociativeReshapeOps</c> (for both), <c>ComposeCollapseOfExpandOp</c> and
/// <c>CollapseShapeOpMemRefCastFolder</c>.
/// </summary>
internal static class ReshapePatterns
{
    /// <summary>collapse_shape(collapse_shape(x)) -> collapse_shape(x), with the composed reassociation, for
    /// identity layouts.</summary>
    public static bool ComposeCollapses(CollapseShapeOp op, PatternRewriter rewriter)
    {
        if (op.Src.DefiningOp is not CollapseShapeOp inner)
            return false;
        if (!IdentityLayouts(inner.Src.Type, op.Src.Type, op.Result.Type))
            return false;
        if (Compose(inner.ReassociationIndices, op.ReassociationIndices) is not { } groups)
            return false;
        rewriter.ReplaceOp(op, CollapseShapeOp.Create(rewriter, op.Location, op.Result.Type, inner.Src,
            Reassociations.ToAttribute(rewriter.Context, groups)));
        return true;
    }

    /// <summary>expand_shape(expand_shape(x)) -> expand_shape(x), with the composed reassociation and the outer
    /// op's output shape, for identity layouts.</summary>
    public static bool ComposeExpands(ExpandShapeOp op, PatternRewriter rewriter)
    {
        if (op.Src.DefiningOp is not ExpandShapeOp inner)
            return false;
        if (!IdentityLayouts(inner.Src.Type, op.Src.Type, op.Result.Type))
            return false;
        if (Compose(inner.ReassociationIndices, op.ReassociationIndices) is not { } groups)
            return false;
        var shape = op.OutputShape;
        var values = new Value[shape.Length];
        for (int i = 0; i < values.Length; i++)
            values[i] = shape[i].Value;
        rewriter.ReplaceOp(op, ExpandShapeOp.Create(rewriter, op.Location, op.Result.Type, inner.Src, values,
            Reassociations.ToAttribute(rewriter.Context, groups), op.StaticOutputShape));
        return true;
    }

    /// <summary>
    /// collapse_shape(expand_shape(x)) -> collapse_shape(x) or expand_shape(x) (or cast(x) at equal ranks), when
    /// each group of the lower-rank side is a run of whole groups of the higher-rank side (MLIR's
    /// <c>ComposeCollapseOfExpandOp</c>), for identity layouts. An expansion is built only to a static shape: upstream
    /// would materialize the dynamic output sizes with <c>memref.dim</c> and arithmetic, which is not done here.
    /// </summary>
    public static bool ComposeCollapseOfExpand(CollapseShapeOp op, PatternRewriter rewriter)
    {
        if (op.Src.DefiningOp is not ExpandShapeOp expand)
            return false;
        if (!IdentityLayouts(op.Src.Type, expand.Src.Type, expand.Result.Type))
            return false;
        var srcType = (MemRefType)expand.Src.Type;
        var resultType = (MemRefType)op.Result.Type;
        if (ReferenceEquals(srcType, resultType))
            return false;
        bool collapsing = srcType.Rank > resultType.Rank;
        var higher = collapsing ? expand.ReassociationIndices : op.ReassociationIndices;
        var lower = collapsing ? op.ReassociationIndices : expand.ReassociationIndices;
        var composed = new long[lower.Length][];
        int next = 0;
        for (int g = 0; g < lower.Length; g++)
        {
            var group = new List<long>();
            if (lower[g].Length == 0)
                return false;
            long last = lower[g][^1];
            while (next < higher.Length)
            {
                if (higher[next].Length == 0)
                    return false;
                long rightmost = higher[next][^1];
                if (rightmost > last)
                    return false;
                group.Add(next++);
                if (rightmost == last)
                    break;
            }
            composed[g] = group.ToArray();
        }
        var groups = Reassociations.ToAttribute(rewriter.Context, composed);
        if (collapsing)
            rewriter.ReplaceOp(op, CollapseShapeOp.Create(rewriter, op.Location, resultType, expand.Src, groups));
        else if (srcType.Rank < resultType.Rank)
        {
            if (!resultType.HasStaticShape)
                return false;
            rewriter.ReplaceOp(op, ExpandShapeOp.Create(rewriter, op.Location, resultType, expand.Src, [], groups,
                DenseArrayAttr.Get(rewriter.Context.I(64), resultType.Shape)));
        }
        else
            rewriter.ReplaceOp(op, CastOp.Create(rewriter, op.Location, resultType, expand.Src));
        return true;
    }

    /// <summary>
    /// collapse_shape(cast(x)) -> collapse_shape(x) when the collapsed type of x is the result type, else
    /// cast(collapse_shape(x)); for casts a consumer may read through.
    /// </summary>
    public static bool FoldCastSource(CollapseShapeOp op, PatternRewriter rewriter)
    {
        if (op.Src.DefiningOp is not CastOp cast || !CastOp.CanFoldIntoConsumerOp(cast))
            return false;
        var sourceType = (MemRefType)cast.Source.Type;
        var groups = op.ReassociationIndices;
        // Upstream asserts the cast's source collapses; decline instead.
        if (!MemRefLayouts.IsIdentityLayout(sourceType) && Reassociations.CollapsedLayout(sourceType, groups) == null)
            return false;
        var newType = Reassociations.CollapsedType(sourceType, groups);
        if (ReferenceEquals(newType, op.Result.Type))
        {
            rewriter.ModifyOpInPlace(op, () => op.SetOperand(0, cast.Source));
            return true;
        }
        var collapsed = CollapseShapeOp.Create(rewriter, op.Location, newType, cast.Source, op.Reassociation);
        rewriter.ReplaceOp(op, CastOp.Create(rewriter, op.Location, op.Result.Type, collapsed.Result));
        return true;
    }

    private static bool IdentityLayouts(Type a, Type b, Type c) => Identity(a) && Identity(b) && Identity(c);

    // MLIR's !hasNonIdentityLayout: not a memref with a non-identity layout.
    private static bool Identity(Type type) => type is not MemRefType memref || MemRefLayouts.IsIdentityLayout(memref);

    /// <summary>
    /// MLIR's <c>composeReassociationIndices</c>: the longer list is the producer's; each consumer group becomes the
    /// concatenation of the producer groups it names. Null when the lists have the same length or do not fit.
    /// </summary>
    private static long[][]? Compose(long[][] producer, long[][] consumer)
    {
        if (producer.Length == consumer.Length)
            return null;
        if (producer.Length < consumer.Length)
            (producer, consumer) = (consumer, producer);
        if (consumer.Length == 0)
            return [];
        int consumerDims = 0;
        foreach (var g in consumer)
            consumerDims += g.Length;
        if (producer.Length != consumerDims)
            return null;
        var composed = new long[consumer.Length][];
        for (int c = 0; c < consumer.Length; c++)
        {
            var group = new List<long>();
            foreach (long index in consumer[c])
            {
                if (index < 0 || index >= producer.Length)
                    return null;
                group.AddRange(producer[index]);
            }
            composed[c] = group.ToArray();
        }
        return composed;
    }
}
