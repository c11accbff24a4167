using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Interfaces;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>memref.copy %a, %b : memref&lt;?xf32&gt; to memref&lt;?xf32&gt;</c>: copies every element.</summary>
[Op("memref", "copy",
    Description = "Copies every element of the source memref into the target memref. Both are expected to have the same "
        + "element type and shape; their layouts may differ.")]
[AssemblyFormat("$source `,` $target attr-dict `:` type($source) `to` type($target)")]
public sealed partial class CopyOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsMemRef), ConstraintSummary = "ranked or unranked memref of any type values")]
    public partial Value Source { get; }

    [Operand(ConstraintMethod = nameof(IsMemRef), ConstraintSummary = "ranked or unranked memref of any type values")]
    public partial Value Target { get; }

    private static bool IsMemRef(Type t) => MemRefConstraints.IsMemRef(t);

    private bool Verify()
    {
        // SameOperandsElementType, SameOperandsShape.
        var source = (ShapedType)Source.Type;
        var target = (ShapedType)Target.Type;
        if (!ReferenceEquals(source.ElementType, target.ElementType))
            return EmitOpError("requires the same element type for all operands");
        if (source.HasRank && target.HasRank)
        {
            bool same = source.Rank == target.Rank;
            for (int i = 0; same && i < source.Rank; i++)
            {
                long a = source.Shape[i], b = target.Shape[i];
                same = a == b || a == ShapedType.Dynamic || b == ShapedType.Dynamic;
            }
            if (!same)
                return EmitOpError("requires the same shape for all operands");
        }
        return true;
    }

    // copy(memref.cast(x), y) -> copy(x, y), for casts a consumer may read through
    private bool Fold(System.ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results)
    {
        for (int i = 0; i < NumOperands; i++)
            if (GetOperand(i).DefiningOp is CastOp cast && CastOp.CanFoldIntoConsumerOp(cast))
            {
                SetOperand(i, cast.Source);
                return true;
            }
        return false;
    }

    // MemReadAt<0, FullEffect> on the source, MemWriteAt<0, FullEffect> on the target.
    public void GetEffects(List<MemoryEffectInstance> effects)
    {
        effects.Add(new MemoryEffectInstance(MemoryEffectKind.Read, OpOperands[0], SideEffectResource.Default, effectOnFullRegion: true));
        effects.Add(new MemoryEffectInstance(MemoryEffectKind.Write, OpOperands[1], SideEffectResource.Default, effectOnFullRegion: true));
    }

    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context)
    {
        patterns.Add<CopyOp>(FoldEmptyCopy, debugName: "FoldEmptyCopy");
        patterns.Add<CopyOp>(FoldSelfCopy, debugName: "FoldSelfCopy");
    }

    // copy(x, y) with a zero-sized dimension in either type -> erased
    private static bool FoldEmptyCopy(CopyOp op, Core.Rewrite.PatternRewriter rewriter)
    {
        if (!IsEmpty(op.Source.Type) && !IsEmpty(op.Target.Type))
            return false;
        rewriter.EraseOp(op);
        return true;
    }

    private static bool IsEmpty(Type type)
    {
        if (type is not MemRefType ranked)
            return false;
        foreach (long size in ranked.Shape)
            if (size == 0)
                return true;
        return false;
    }

    // copy(x, x) -> erased
    private static bool FoldSelfCopy(CopyOp op, Core.Rewrite.PatternRewriter rewriter)
    {
        if (!ReferenceEquals(op.Source, op.Target))
            return false;
        rewriter.EraseOp(op);
        return true;
    }
}
