using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// The ODS type and attribute constraints of the memref ops that Core's <c>TypeConstraint</c> does not name; each
/// op's declaration pairs one with MLIR's summary of it.
/// </summary>
internal static class MemRefConstraints
{
    /// <summary>AnyMemRef: a ranked memref ("memref of any type values").</summary>
    public static bool IsRankedMemRef(Type t) => t is MemRefType;

    /// <summary>AnyRankedOrUnrankedMemRef ("ranked or unranked memref of any type values").</summary>
    public static bool IsMemRef(Type t) => t is MemRefType or UnrankedMemRefType;

    /// <summary>AnyNon0RankedOrUnrankedMemRef.</summary>
    public static bool IsNon0RankedOrUnrankedMemRef(Type t) => t is UnrankedMemRefType || t is MemRefType { Rank: > 0 };

    /// <summary>AnyStridedMemRef ("strided memref of any type values").</summary>
    public static bool IsStridedMemRef(Type t) => t is MemRefType m && MemRefLayouts.IsStrided(m);

    /// <summary>AnyStridedMemRefOfRank&lt;0&gt;.</summary>
    public static bool IsStridedMemRefOfRank0(Type t) => t is MemRefType { Rank: 0 } m && MemRefLayouts.IsStrided(m);

    /// <summary>MemRefRankOf&lt;[AnyType], [1]&gt; ("1D memref of any type values").</summary>
    public static bool Is1DMemRef(Type t) => t is MemRefType { Rank: 1 };

    /// <summary>MemRefRankOf&lt;[I8], [1]&gt;.</summary>
    public static bool Is1DI8MemRef(Type t) => t is MemRefType { Rank: 1, ElementType: IntegerType { Width: 8, IsSignless: true } };

    /// <summary>MemRefRankOf&lt;[AnySignlessInteger, Index], [1]&gt;.</summary>
    public static bool Is1DIntOrIndexMemRef(Type t) =>
        t is MemRefType { Rank: 1 } m && (m.ElementType is IndexType || m.ElementType is IntegerType { IsSignless: true });

    /// <summary>AnyStaticShapeMemRef ("statically shaped memref of any type values").</summary>
    public static bool IsStaticShapeMemRef(Type t) => t is MemRefType m && m.HasStaticShape;

    /// <summary>AnyTypeOf&lt;[AnySignlessInteger, AnyFloat]&gt; ("signless integer or floating-point").</summary>
    public static bool IsSignlessIntOrFloat(Type t) => t is IntegerType { IsSignless: true } or FloatType;

    /// <summary>MemRefOf&lt;[AnySignlessInteger, AnyFloat]&gt;.</summary>
    public static bool IsIntOrFloatMemRef(Type t) => t is MemRefType m && IsSignlessIntOrFloat(m.ElementType);

    /// <summary>I64Attr.</summary>
    public static bool IsI64(Attribute a) => a is IntegerAttr { Type: IntegerType { Width: 64, IsSignless: true } };

    /// <summary>I64Attr confined to a positive power of two (the alignments of alloc, load and store).</summary>
    public static bool IsPositivePowerOf2I64(Attribute a) =>
        a is IntegerAttr { Type: IntegerType { Width: 64, IsSignless: true } } i && i.SignedValue > 0
        && (i.SignedValue & (i.SignedValue - 1)).IsZero;

    /// <summary>BoolAttr (an i1 integer attribute).</summary>
    public static bool IsBool(Attribute a) => a is IntegerAttr { Type: IntegerType { Width: 1, IsSignless: true } };

    /// <summary>FlatSymbolRefAttr: a symbol reference without nested references.</summary>
    public static bool IsFlatSymbolRef(Attribute a) => a is SymbolRefAttr { IsFlat: true };

    /// <summary>DenseI64ArrayAttr.</summary>
    public static bool IsDenseI64Array(Attribute a) => a is DenseArrayAttr { ElementType: IntegerType { Width: 64, IsSignless: true } };

    /// <summary>MemRefTypeAttr: a type attribute holding a ranked memref type.</summary>
    public static bool IsMemRefTypeAttr(Attribute a) => a is TypeAttr { Value: MemRefType };
}
