using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// <c>%subview = memref.subview %m[%o, 1] [2, %s] [1, 1] : memref&lt;4x?xf32&gt; to memref&lt;2x?xf32, strided&lt;[?, 1],
/// offset: ?&gt;&gt;</c>: a strided view of part of a memref. Sizes are the result sizes, strides multiply the
/// source strides, and unit dimensions may be dropped from the result (a rank-reducing subview).
/// </summary>
[Op("memref", "subview", Summary = "memref subview operation",
    Description = "Produces a strided view of part of a memref from offsets, sizes and strides (static inline, dynamic "
        + "as index values): the result has the given sizes, strides that are the source strides times the "
        + "given ones, and an offset that is the source offset plus the offsets weighted by the source strides. "
        + "Unit dimensions may be dropped from the result type.")]
[Traits(OpTraits.AttrSizedOperandSegments, OpTraits.Pure)]
[AssemblyFormat("$source `` custom<DynamicIndexList>($offsets, $static_offsets) custom<DynamicIndexList>($sizes, $static_sizes) custom<DynamicIndexList>($strides, $static_strides) attr-dict `:` type($source) `to` type($result)")]
public sealed partial class SubViewOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsRankedMemRef), ConstraintSummary = "memref of any type values")]
    public partial Value Source { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial System.ReadOnlySpan<OpOperand> Offsets { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial System.ReadOnlySpan<OpOperand> Sizes { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial System.ReadOnlySpan<OpOperand> Strides { get; }

    [Property(ConstraintMethod = nameof(IsDenseI64Array), ConstraintSummary = "i64 dense array attribute")]
    public partial DenseArrayAttr StaticOffsets { get; }

    [Property(ConstraintMethod = nameof(IsDenseI64Array), ConstraintSummary = "i64 dense array attribute")]
    public partial DenseArrayAttr StaticSizes { get; }

    [Property(ConstraintMethod = nameof(IsDenseI64Array), ConstraintSummary = "i64 dense array attribute")]
    public partial DenseArrayAttr StaticStrides { get; }

    [Result(ConstraintMethod = nameof(IsRankedMemRef), ConstraintSummary = "memref of any type values")]
    public partial Value Result { get; }

    private static bool IsRankedMemRef(Type t) => MemRefConstraints.IsRankedMemRef(t);

    private static bool IsDenseI64Array(Attribute a) => MemRefConstraints.IsDenseI64Array(a);

    private static bool ParseDynamicIndexList(OpAsmParser parser, List<UnresolvedOperand> values, ref Attribute? integers) =>
        DynamicIndexList.Parse(parser, values, ref integers);

    private static void PrintDynamicIndexList(OpAsmPrinter printer, SubViewOp op, System.ReadOnlySpan<OpOperand> values, Attribute? integers) =>
        DynamicIndexList.Print(printer, values, integers);

    private void GetAsmResultNames(AsmSetValueName setName) => setName(Result, "subview");

    /// <summary>True when every offset is zero, statically or as a constant value.</summary>
    public bool AllOffsetsZero
    {
        get
        {
            foreach (var o in DynamicIndexList.ConstantValues(StaticOffsets.Raw, Offsets))
                if (o != 0)
                    return false;
            return true;
        }
    }

    private bool Verify()
    {
        var baseType = (MemRefType)Source.Type;
        var subViewType = (MemRefType)Result.Type;
        var staticOffsets = StaticOffsets.Raw;
        var staticSizes = StaticSizes.Raw;
        var staticStrides = StaticStrides.Raw;
        int rank = baseType.Rank;
        if (!OffsetSizeStrideVerifier.Verify(this, rank, rank, rank, staticOffsets, staticSizes, staticStrides,
                Offsets.Length, Sizes.Length, Strides.Length))
            return false;
        if (!Equals(baseType.MemorySpace, subViewType.MemorySpace))
            return EmitError($"different memory spaces specified for base memref type '{baseType}' and subview memref type '{subViewType}'");
        if (!MemRefLayouts.IsStrided(baseType))
            return EmitError($"base type '{baseType}' is not strided");
        var expected = SliceTypes.InferSubViewResultType(baseType, staticOffsets, staticSizes, staticStrides);
        var shapeCheck = SliceTypes.IsRankReducedType(expected, subViewType);
        if (shapeCheck != SliceVerification.Success)
            return Report(shapeCheck, expected);
        if (!MemRefLayouts.TryGetStridesAndOffset(expected, out var expectedStrides, out long expectedOffset)
            || !MemRefLayouts.TryGetStridesAndOffset(subViewType, out var resultStrides, out long resultOffset)
            || expectedOffset != resultOffset)
            return Report(SliceVerification.LayoutMismatch, expected);
        var unused = SliceTypes.MemRefRankReductionMask(expected, subViewType, StaticSizesOrNull(staticSizes));
        if (unused == null)
            return Report(SliceVerification.LayoutMismatch, expected);
        for (int i = 0, j = 0; i < expected.Rank; i++)
        {
            if (unused[i])
                continue;
            if (j >= resultStrides.Length || expectedStrides[i] != resultStrides[j])
                return Report(SliceVerification.LayoutMismatch, expected);
            j++;
        }
        if (SliceTypes.OutOfBoundsMessage(baseType.Shape, staticOffsets, staticSizes, staticStrides) is { } message)
            return EmitError(message);
        return true;
    }

    private static long?[] StaticSizesOrNull(System.ReadOnlySpan<long> staticSizes)
    {
        var sizes = new long?[staticSizes.Length];
        for (int i = 0; i < sizes.Length; i++)
            sizes[i] = staticSizes[i] == ShapedType.Dynamic ? null : staticSizes[i];
        return sizes;
    }

    private bool Report(SliceVerification result, MemRefType expected) => result switch
    {
        SliceVerification.RankTooLarge => EmitError($"expected result rank to be smaller or equal to the source rank, but got '{Result.Type}'"),
        SliceVerification.SizeMismatch => EmitError($"expected result type to be '{expected}' or a rank-reduced version. (mismatch of result sizes), but got '{Result.Type}'"),
        SliceVerification.ElemTypeMismatch => EmitError($"expected result element type to be '{expected.ElementType}', but got '{Result.Type}'"),
        SliceVerification.MemSpaceMismatch => EmitError($"expected result and source memory spaces to match, but got '{Result.Type}'"),
        SliceVerification.LayoutMismatch => EmitError($"expected result type to be '{expected}' or a rank-reduced version. (mismatch of result layout), but got '{Result.Type}'"),
        _ => true,
    };

    /// <summary>
    /// The size operand of the source dimension that becomes result dimension <paramref name="resultDim"/> (after
    /// dropped unit dims), when that size is dynamic; null otherwise.
    /// </summary>
    public Value? DynamicSizeOfResultDim(int resultDim)
    {
        var staticSizes = StaticSizes.Raw;
        var unused = SliceTypes.MemRefRankReductionMask((MemRefType)Source.Type, (MemRefType)Result.Type, StaticSizesOrNull(staticSizes));
        if (unused == null)
            return null;
        int seen = 0;
        for (int i = 0; i < unused.Length && i < staticSizes.Length; i++)
        {
            if (unused[i])
                continue;
            if (seen++ != resultDim)
                continue;
            if (staticSizes[i] != ShapedType.Dynamic)
                return null;
            int dynamicIndex = MemRefLayouts.CountDynamic(staticSizes[..i]);
            return dynamicIndex < Sizes.Length ? Sizes[dynamicIndex].Value : null;
        }
        return null;
    }

    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands)
    {
        var sourceType = (MemRefType)Source.Type;
        var resultType = (MemRefType)Result.Type;
        // subview(x) : T -> T, with a static shape and layout  ->  x
        if (ReferenceEquals(sourceType, resultType) && resultType.HasStaticShape
            && (resultType.Layout is not StridedLayoutAttr strided || IsStatic(strided)))
            return Source;
        // subview(subview(x)) at offset zero, unit strides and the same sizes  ->  subview(x)
        if (Source.DefiningOp is SubViewOp inner && ReferenceEquals(resultType, sourceType) && AllOffsetsZero
            && AllStridesOne() && SameSizes(inner))
            return Source;
        return null;
    }

    private static bool IsStatic(StridedLayoutAttr layout)
    {
        if (layout.Offset == ShapedType.Dynamic)
            return false;
        foreach (var s in layout.Strides)
            if (s == ShapedType.Dynamic)
                return false;
        return true;
    }

    private bool AllStridesOne()
    {
        foreach (var s in DynamicIndexList.ConstantValues(StaticStrides.Raw, Strides))
            if (s != 1)
                return false;
        return true;
    }

    // The mixed sizes are equal entry by entry: the same static value or the same SSA value.
    private bool SameSizes(SubViewOp other)
    {
        var mine = StaticSizes.Raw;
        var theirs = other.StaticSizes.Raw;
        if (!System.MemoryExtensions.SequenceEqual(mine, theirs))
            return false;
        var a = Sizes;
        var b = other.Sizes;
        if (a.Length != b.Length)
            return false;
        for (int i = 0; i < a.Length; i++)
            if (!ReferenceEquals(a[i].Value, b[i].Value))
                return false;
        return true;
    }

    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context)
    {
        patterns.Add<SubViewOp>(SubViewPatterns.FoldConstantArguments, debugName: "OpWithOffsetSizesAndStridesConstantArgumentFolder");
        patterns.Add<SubViewOp>(SubViewPatterns.FoldCastSource, debugName: "SubViewOpMemRefCastFolder");
        patterns.Add<SubViewOp>(SubViewPatterns.FoldTrivial, debugName: "TrivialSubViewOpFolder");
    }
}
