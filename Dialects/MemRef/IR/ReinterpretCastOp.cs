using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// <c>%reinterpret_cast = memref.reinterpret_cast %m to offset: [0], sizes: [%d, 10], strides: [%s, 1] :
/// memref&lt;?x?xf32&gt; to memref&lt;?x10xf32, strided&lt;[?, 1]&gt;&gt;</c>: a new descriptor over the source's base
/// buffer, with the given offset, sizes and strides (relative to the buffer, not to the source view).
/// </summary>
[Op("memref", "reinterpret_cast", Summary = "memref reinterpret cast operation",
    Description = "Builds a new memref over the base buffer of its source with the given offset, sizes and strides, "
        + "each static inline or dynamic as an index value. Offset and strides count elements of the buffer, "
        + "not of the source's view.")]
[Traits(OpTraits.AttrSizedOperandSegments, OpTraits.Pure)]
[AssemblyFormat("$source `to` `offset` `` `:` custom<DynamicIndexList>($offsets, $static_offsets) `` `,` `sizes` `` `:` custom<DynamicIndexList>($sizes, $static_sizes) `` `,` `strides` `` `:` custom<DynamicIndexList>($strides, $static_strides) attr-dict `:` type($source) `to` type($result)")]
public sealed partial class ReinterpretCastOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsMemRef), ConstraintSummary = "ranked or unranked memref of any type values")]
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

    [Result(ConstraintMethod = nameof(IsStridedMemRef), ConstraintSummary = "strided memref of any type values")]
    public partial Value Result { get; }

    private static bool IsMemRef(Type t) => MemRefConstraints.IsMemRef(t);

    private static bool IsStridedMemRef(Type t) => MemRefConstraints.IsStridedMemRef(t);

    private static bool IsDenseI64Array(Attribute a) => MemRefConstraints.IsDenseI64Array(a);

    private static bool ParseDynamicIndexList(OpAsmParser parser, List<UnresolvedOperand> values, ref Attribute? integers) =>
        DynamicIndexList.Parse(parser, values, ref integers);

    private static void PrintDynamicIndexList(OpAsmPrinter printer, ReinterpretCastOp op, System.ReadOnlySpan<OpOperand> values, Attribute? integers) =>
        DynamicIndexList.Print(printer, values, integers);

    private void GetAsmResultNames(AsmSetValueName setName) => setName(Result, "reinterpret_cast");

    private bool Verify()
    {
        var resultType = (MemRefType)Result.Type;
        int rank = resultType.Rank;
        var staticOffsets = StaticOffsets.Raw;
        var staticSizes = StaticSizes.Raw;
        var staticStrides = StaticStrides.Raw;
        if (!OffsetSizeStrideVerifier.Verify(this, 1, rank, rank, staticOffsets, staticSizes, staticStrides,
                Offsets.Length, Sizes.Length, Strides.Length))
            return false;
        var srcType = Source.Type;
        if (!Equals(MemRefLayouts.MemorySpaceOf(srcType), resultType.MemorySpace))
            return EmitError($"different memory spaces specified for source type '{srcType}' and result memref type '{resultType}'");
        if (!ReferenceEquals(((ShapedType)srcType).ElementType, resultType.ElementType))
            return EmitError($"different element types specified for source type '{srcType}' and result memref type '{resultType}'");
        for (int i = 0; i < rank; i++)
        {
            long size = resultType.Shape[i];
            if (size != ShapedType.Dynamic && size != staticSizes[i])
                return EmitError($"expected result type with size = {Describe(staticSizes[i])} instead of {size} in dim = {i}");
        }
        if (!MemRefLayouts.TryGetStridesAndOffset(resultType, out var resultStrides, out long resultOffset))
            return EmitError($"expected result type to have strided layout but found '{resultType}'");
        long expectedOffset = staticOffsets[0];
        if (resultOffset != ShapedType.Dynamic && resultOffset != expectedOffset)
            return EmitError($"expected result type with offset = {Describe(expectedOffset)} instead of {resultOffset}");
        for (int i = 0; i < resultStrides.Length && i < staticStrides.Length; i++)
        {
            long stride = resultStrides[i];
            if (stride != ShapedType.Dynamic && stride != staticStrides[i])
                return EmitError($"expected result type with stride = {Describe(staticStrides[i])} instead of {stride} in dim = {i}");
        }
        return true;
    }

    private static string Describe(long value) =>
        value == ShapedType.Dynamic ? "dynamic" : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private bool Fold(System.ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results)
    {
        var src = Source;
        Value? previous = src.DefiningOp switch
        {
            // reinterpret_cast(reinterpret_cast(x)) -> reinterpret_cast(x)
            ReinterpretCastOp prev => prev.Source,
            // reinterpret_cast(cast(x)) -> reinterpret_cast(x)
            CastOp prev => prev.Source,
            // reinterpret_cast(subview(x)) -> reinterpret_cast(x), for a subview at offset zero
            SubViewOp prev when prev.AllOffsetsZero => prev.Source,
            _ => null,
        };
        if (previous != null)
        {
            SetOperand(0, previous);
            return true;
        }
        // reinterpret_cast(x) : T -> T at offset 0, with static sizes  ->  x
        var type = (MemRefType)Result.Type;
        if (type.HasStaticShape && ReferenceEquals(src.Type, type) && StaticOffsets.Raw.Length > 0 && StaticOffsets.Raw[0] == 0)
        {
            results.Add(src);
            return true;
        }
        return false;
    }

    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context)
    {
        patterns.Add<ReinterpretCastOp>(ReinterpretCastPatterns.FoldExtractStridedMetadata,
            debugName: "ReinterpretCastOpExtractStridedMetadataFolder");
        patterns.Add<ReinterpretCastOp>(ReinterpretCastPatterns.FoldConstants, debugName: "ReinterpretCastOpConstantFolder");
    }
}
