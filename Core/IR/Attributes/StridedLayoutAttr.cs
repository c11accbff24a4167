using System;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary><c>strided&lt;[s0, s1], offset: o&gt;</c>; dynamic values are <see cref="ShapedType.Dynamic"/>.</summary>
public sealed class StridedLayoutAttr : Attribute
{
    private readonly long[] _strides;

    private StridedLayoutAttr(Context context, long offset, long[] strides) : base(context)
    {
        Offset = offset;
        _strides = strides;
    }

    public long Offset { get; }
    public ReadOnlySpan<long> Strides => _strides;

    public static StridedLayoutAttr Get(Context context, long offset, ReadOnlySpan<long> strides) =>
        context.Uniquer.Get(new StridedLayoutAttr(context, offset, strides.ToArray()));

    protected override int KeyHash() => HashCode.Combine(Offset, HashHelpers.Hash<long>(_strides));

    protected override bool KeyEquals(Uniqued other) =>
        other is StridedLayoutAttr s && s.Offset == Offset && s._strides.AsSpan().SequenceEqual(_strides);
}
