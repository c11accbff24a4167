using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// <c>%base_buffer, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %m : memref&lt;10x?xf32&gt; -&gt;
/// memref&lt;f32&gt;, index, index, index, index, index</c>: the base buffer (rank 0), offset, sizes and strides of a
/// strided memref. The sizes and strides, one each per dimension, are one result group here, sizes first.
/// </summary>
[Op("memref", "extract_strided_metadata", Summary = "Extracts a buffer base with offset and strides",
    Description = "Decomposes a strided memref into its base buffer (a rank-0 memref of the same element type and "
        + "memory space), its offset, and one size and one stride per dimension, all as index values. It is the "
        + "inverse of `memref.reinterpret_cast`.")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$source `:` type($source) `->` type(results) attr-dict")]
public sealed partial class ExtractStridedMetadataOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsStridedMemRef), ConstraintSummary = "strided memref of any type values")]
    public partial Value Source { get; }

    [Result(ConstraintMethod = nameof(IsStridedMemRefOfRank0), ConstraintSummary = "strided memref of any type values of rank 0", Name = "base_buffer")]
    public partial Value BaseBuffer { get; }

    [Result(Constraint = TypeConstraint.Index)]
    public partial Value Offset { get; }

    [Result(Constraint = TypeConstraint.Index, Name = "sizes_and_strides")]
    public partial System.ReadOnlySpan<OpResult> SizesAndStrides { get; }

    private static bool IsStridedMemRef(Type t) => MemRefConstraints.IsStridedMemRef(t);

    private static bool IsStridedMemRefOfRank0(Type t) => MemRefConstraints.IsStridedMemRefOfRank0(t);

    /// <summary>The size results, one per dimension of the source.</summary>
    public System.ReadOnlySpan<OpResult> Sizes => SizesAndStrides[..(SizesAndStrides.Length / 2)];

    /// <summary>The stride results, one per dimension of the source.</summary>
    public System.ReadOnlySpan<OpResult> Strides => SizesAndStrides[(SizesAndStrides.Length / 2)..];

    private void GetAsmResultNames(AsmSetValueName setName)
    {
        setName(BaseBuffer, "base_buffer");
        setName(Offset, "offset");
        // Only the first value of a pack gets a name, so that packs print as `%sizes:2`.
        if (Sizes.Length > 0)
        {
            setName(Sizes[0], "sizes");
            setName(Strides[0], "strides");
        }
    }

    /// <summary>The result types MLIR infers from the source type.</summary>
    public static List<Type> InferResultTypes(MemRefType source)
    {
        var index = source.Context.IndexType;
        var types = new List<Type>(2 + 2 * source.Rank)
        {
            MemRefType.Get(System.ReadOnlySpan<long>.Empty, source.ElementType, null, source.MemorySpace),
            index,
        };
        for (int i = 0; i < 2 * source.Rank; i++)
            types.Add(index);
        return types;
    }

    private bool Verify()
    {
        var inferred = InferResultTypes((MemRefType)Source.Type);
        bool same = inferred.Count == NumResults;
        for (int i = 0; same && i < NumResults; i++)
            same = ReferenceEquals(inferred[i], GetResult(i).Type);
        if (same)
            return true;
        var actual = new List<Type>(NumResults);
        foreach (var r in Results)
            actual.Add(r.Type);
        EmitOpError($"inferred type(s) {Quoted(inferred)} are incompatible with return type(s) of operation {Quoted(actual)}");
        return EmitOpError("failed to infer returned types");
    }

    private static string Quoted(List<Type> types)
    {
        var parts = new string[types.Count];
        for (int i = 0; i < parts.Length; i++)
            parts[i] = $"'{types[i]}'";
        return string.Join(", ", parts);
    }

    // Uses of a size, stride or offset the source type knows statically read an arith.constant instead;
    // extract_strided_metadata(memref.cast(x)) -> extract_strided_metadata(x) for a ranked x.
    private bool Fold(System.ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results)
    {
        var type = (MemRefType)Source.Type;
        MemRefLayouts.TryGetStridesAndOffset(type, out var strides, out long offset);
        bool changed = ReplaceConstantUses(Offset, offset);
        var sizes = Sizes;
        for (int i = 0; i < sizes.Length && i < type.Rank; i++)
            changed |= ReplaceConstantUses(sizes[i], type.Shape[i]);
        var strideResults = Strides;
        for (int i = 0; i < strideResults.Length && i < strides.Length; i++)
            changed |= ReplaceConstantUses(strideResults[i], strides[i]);
        if (Source.DefiningOp is CastOp cast && cast.Source.Type is MemRefType)
        {
            SetOperand(0, cast.Source);
            changed = true;
        }
        return changed;
    }

    // Materializes `value` before this op (through the dialect's constant materializer) and redirects the uses
    // of `result` to it; nothing when the value is dynamic or the result unused.
    private bool ReplaceConstantUses(Value result, long value)
    {
        if (value == ShapedType.Dynamic || result.UseEmpty)
            return false;
        var builder = new OpBuilder(Context);
        builder.SetInsertionPoint(this);
        var constant = Name.Info?.Dialect?.MaterializeConstant(builder, IntegerAttr.Get(Context.IndexType, value), Context.IndexType, Location);
        if (constant == null || constant.NumResults != 1)
            return false;
        result.ReplaceAllUsesWith(constant.GetResult(0));
        return true;
    }
}
