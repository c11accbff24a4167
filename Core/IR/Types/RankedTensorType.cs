using System;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Types;

/// <summary>Builtin <c>tensor&lt;?x4xf32, #encoding&gt;</c>.</summary>
public sealed class RankedTensorType : ShapedType
{
    private readonly long[] _shape;

    private RankedTensorType(long[] shape, Type elementType, Attribute? encoding) : base(elementType)
    {
        _shape = shape;
        Encoding = encoding;
    }

    public override bool HasRank => true;
    public override ReadOnlySpan<long> Shape => _shape;

    /// <summary>Optional encoding attribute (e.g. a sparse encoding); null when absent.</summary>
    public Attribute? Encoding { get; }

    public static RankedTensorType Get(ReadOnlySpan<long> shape, Type elementType, Attribute? encoding = null) =>
        elementType.Context.Uniquer.Get(new RankedTensorType(shape.ToArray(), elementType, encoding));

    protected override int KeyHash() => HashCode.Combine(HashHelpers.Hash<long>(_shape), ElementType, Encoding);

    protected override bool KeyEquals(Uniqued other) =>
        other is RankedTensorType t && t.ElementType == ElementType && t.Encoding == Encoding
        && t._shape.AsSpan().SequenceEqual(_shape);
}
