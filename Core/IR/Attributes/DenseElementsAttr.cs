using Dialectic.Core.IR.Types;

namespace Dialectic.Core.IR.Attributes;

/// <summary>
/// Base of <c>dense&lt;...&gt;</c> attributes: a value for every element of a statically shaped tensor or vector.
/// A splat stores a single element that stands for all of them.
/// </summary>
public abstract class DenseElementsAttr : Attribute, ITypedAttribute
{
    protected DenseElementsAttr(ShapedType type, bool isSplat) : base(type.Context)
    {
        ShapedType = type;
        IsSplat = isSplat;
    }

    public ShapedType ShapedType { get; }
    public Type Type => ShapedType;
    public bool IsSplat { get; }

    /// <summary>Number of elements the attribute stands for (the shape's product).</summary>
    public long NumElements => ShapedType.NumElements;
}
