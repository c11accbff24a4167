using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>%cast = memref.cast %m : memref&lt;4xf32&gt; to memref&lt;?xf32&gt;</c>: the same buffer under a
/// compatible type (more or less static sizes, strides or offset, or ranked to unranked and back).</summary>
[Op("memref", "cast", Summary = "memref cast operation",
    Description = "Views a memref under another, compatible type: ranked types must agree on element type, memory space "
        + "and rank, and on every size, stride and offset that both give statically (a cast to a more static "
        + "type asserts the value at run time); casts between ranked and unranked types keep element type and "
        + "memory space.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultShape)]
[AssemblyFormat("$source attr-dict `:` type($source) `to` type($dest)")]
public sealed partial class CastOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsMemRef), ConstraintSummary = "ranked or unranked memref of any type values")]
    public partial Value Source { get; }

    [Result(ConstraintMethod = nameof(IsMemRef), ConstraintSummary = "ranked or unranked memref of any type values")]
    public partial Value Dest { get; }

    private static bool IsMemRef(Type t) => MemRefConstraints.IsMemRef(t);

    private void GetAsmResultNames(AsmSetValueName setName) => setName(Dest, "cast");

    // CastOpInterface is listed before SameOperandsAndResultShape upstream: checked with the invariants.
    private bool VerifyPredicates()
    {
        if (!AreCastCompatible(Source.Type, Dest.Type))
            return EmitOpError($"operand type '{Source.Type}' and result type '{Dest.Type}' are cast incompatible");
        return true;
    }

    /// <summary>MLIR's <c>CastOp::areCastCompatible</c>.</summary>
    public static bool AreCastCompatible(Type a, Type b)
    {
        if (a is MemRefType aT && b is MemRefType bT)
        {
            if (!ReferenceEquals(aT.ElementType, bT.ElementType))
                return false;
            if (!Equals(aT.Layout, bT.Layout))
            {
                if (!MemRefLayouts.TryGetStridesAndOffset(aT, out var aStrides, out long aOffset)
                    || !MemRefLayouts.TryGetStridesAndOffset(bT, out var bStrides, out long bOffset)
                    || aStrides.Length != bStrides.Length)
                    return false;
                if (!Compatible(aOffset, bOffset))
                    return false;
                for (int i = 0; i < aStrides.Length; i++)
                    if (!Compatible(aStrides[i], bStrides[i]))
                        return false;
            }
            if (!Equals(aT.MemorySpace, bT.MemorySpace))
                return false;
            if (aT.Rank != bT.Rank)
                return false;
            for (int i = 0; i < aT.Rank; i++)
            {
                long x = aT.Shape[i], y = bT.Shape[i];
                if (x != ShapedType.Dynamic && y != ShapedType.Dynamic && x != y)
                    return false;
            }
            return true;
        }
        if (a is not (MemRefType or UnrankedMemRefType) || b is not (MemRefType or UnrankedMemRefType))
            return false;
        // Unranked to unranked casting is unsupported.
        if (a is UnrankedMemRefType && b is UnrankedMemRefType)
            return false;
        var aElement = ((ShapedType)a).ElementType;
        var bElement = ((ShapedType)b).ElementType;
        return ReferenceEquals(aElement, bElement)
            && Equals(MemRefLayouts.MemorySpaceOf(a), MemRefLayouts.MemorySpaceOf(b));
    }

    private static bool Compatible(long a, long b) => a == ShapedType.Dynamic || b == ShapedType.Dynamic || a == b;

    /// <summary>
    /// MLIR's <c>CastOp::canFoldIntoConsumerOp</c>: a cast between ranked strided memrefs of one element type and
    /// rank that only makes sizes, strides or the offset more dynamic, which a consumer may read through.
    /// </summary>
    public static bool CanFoldIntoConsumerOp(CastOp cast)
    {
        if (cast.Source.Type is not MemRefType source || cast.Dest.Type is not MemRefType result)
            return false;
        if (!ReferenceEquals(source.ElementType, result.ElementType) || source.Rank != result.Rank)
            return false;
        if (!MemRefLayouts.TryGetStridesAndOffset(source, out var sourceStrides, out long sourceOffset)
            || !MemRefLayouts.TryGetStridesAndOffset(result, out var resultStrides, out long resultOffset))
            return false;
        for (int i = 0; i < source.Rank; i++)
            if (MoreStatic(source.Shape[i], result.Shape[i]))
                return false;
        if (MoreStatic(sourceOffset, resultOffset))
            return false;
        for (int i = 0; i < sourceStrides.Length && i < resultStrides.Length; i++)
            if (MoreStatic(sourceStrides[i], resultStrides[i]))
                return false;
        return true;
    }

    // True when the cast goes from a dynamic value to a static one.
    private static bool MoreStatic(long from, long to) => from != to && from == ShapedType.Dynamic && to != ShapedType.Dynamic;

    private bool Fold(System.ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results)
    {
        // cast(cast(x)) -> cast(x), when the inner cast's source is ranked
        if (MemRefFolding.FoldMemRefCast(this))
            return true;
        // cast(x) : T -> T  ->  x   (CastOpInterface)
        if (!ReferenceEquals(Source.Type, Dest.Type))
            return false;
        results.Add(Source);
        return true;
    }
}
