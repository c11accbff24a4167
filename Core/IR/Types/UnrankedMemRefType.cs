using System;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Types;

/// <summary>Builtin <c>memref&lt;*xf32, memorySpace&gt;</c>.</summary>
public sealed class UnrankedMemRefType : ShapedType
{
    private UnrankedMemRefType(Type elementType, Attribute? memorySpace) : base(elementType) => MemorySpace = memorySpace;

    public override bool HasRank => false;
    public override ReadOnlySpan<long> Shape => default;
    public Attribute? MemorySpace { get; }

    public static UnrankedMemRefType Get(Type elementType, Attribute? memorySpace = null) =>
        elementType.Context.Uniquer.Get(new UnrankedMemRefType(elementType, memorySpace));

    protected override int KeyHash() => HashCode.Combine(ElementType, MemorySpace, 0x55);

    protected override bool KeyEquals(Uniqued other) =>
        other is UnrankedMemRefType m && m.ElementType == ElementType && m.MemorySpace == MemorySpace;
}
