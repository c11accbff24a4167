using System;

namespace Dialectic.Core.IR.Types;

/// <summary>A type with an element type and an optional static/dynamic shape (vector, tensor, memref).</summary>
public abstract class ShapedType : Type
{
    /// <summary>The sentinel of a dynamic dimension (<c>?</c>), MLIR's <c>ShapedType::kDynamic</c>.</summary>
    public const long Dynamic = long.MinValue;

    protected ShapedType(Type elementType) : base(elementType.Context) => ElementType = elementType;

    public Type ElementType { get; }

    /// <summary>False for unranked tensors and memrefs.</summary>
    public abstract bool HasRank { get; }

    /// <summary>The dimensions; empty when unranked.</summary>
    public abstract ReadOnlySpan<long> Shape { get; }

    public int Rank => Shape.Length;

    /// <summary>True when ranked and no dimension is dynamic.</summary>
    public bool HasStaticShape
    {
        get
        {
            if (!HasRank)
                return false;
            foreach (var d in Shape)
                if (d == Dynamic)
                    return false;
            return true;
        }
    }

    /// <summary>Product of the dimensions; only meaningful for a static shape.</summary>
    public long NumElements
    {
        get
        {
            long n = 1;
            foreach (var d in Shape)
                n = unchecked(n * d);
            return n;
        }
    }
}
