using System;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Types;

/// <summary>Builtin <c>vector&lt;4x[8]xf32&gt;</c>: a static shape where some dimensions may be scalable.</summary>
public sealed class VectorType : ShapedType
{
    private readonly long[] _shape;
    private readonly bool[] _scalable;

    private VectorType(long[] shape, bool[] scalable, Type elementType) : base(elementType)
    {
        _shape = shape;
        _scalable = scalable;
    }

    public override bool HasRank => true;
    public override ReadOnlySpan<long> Shape => _shape;

    /// <summary>Per dimension: true when written <c>[n]</c>.</summary>
    public ReadOnlySpan<bool> ScalableDims => _scalable;

    public bool IsScalable => Array.IndexOf(_scalable, true) >= 0;

    public static VectorType Get(ReadOnlySpan<long> shape, Type elementType, ReadOnlySpan<bool> scalableDims = default)
    {
        var scalable = scalableDims.IsEmpty ? new bool[shape.Length] : scalableDims.ToArray();
        return elementType.Context.Uniquer.Get(new VectorType(shape.ToArray(), scalable, elementType));
    }

    protected override int KeyHash() =>
        HashCode.Combine(HashHelpers.Hash<long>(_shape), HashHelpers.Hash<bool>(_scalable), ElementType);

    protected override bool KeyEquals(Uniqued other) =>
        other is VectorType v && v.ElementType == ElementType && v._shape.AsSpan().SequenceEqual(_shape)
        && v._scalable.AsSpan().SequenceEqual(_scalable);
}
