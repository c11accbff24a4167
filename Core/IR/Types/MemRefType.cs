using System;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Types;

/// <summary>
/// Builtin <c>memref&lt;4x?xf32, layout, memorySpace&gt;</c>. A null <see cref="Layout"/> is the identity layout;
/// a null <see cref="MemorySpace"/> is the default space (MLIR drops an integer space of 0 as well).
/// </summary>
public sealed class MemRefType : ShapedType
{
    private readonly long[] _shape;

    private MemRefType(long[] shape, Type elementType, Attribute? layout, Attribute? memorySpace) : base(elementType)
    {
        _shape = shape;
        Layout = layout;
        MemorySpace = memorySpace;
    }

    public override bool HasRank => true;
    public override ReadOnlySpan<long> Shape => _shape;
    public Attribute? Layout { get; }
    public Attribute? MemorySpace { get; }

    public static MemRefType Get(ReadOnlySpan<long> shape, Type elementType, Attribute? layout = null, Attribute? memorySpace = null) =>
        elementType.Context.Uniquer.Get(new MemRefType(shape.ToArray(), elementType, layout, memorySpace));

    protected override int KeyHash() => HashCode.Combine(HashHelpers.Hash<long>(_shape), ElementType, Layout, MemorySpace);

    protected override bool KeyEquals(Uniqued other) =>
        other is MemRefType m && m.ElementType == ElementType && m.Layout == Layout && m.MemorySpace == MemorySpace
        && m._shape.AsSpan().SequenceEqual(_shape);
}
