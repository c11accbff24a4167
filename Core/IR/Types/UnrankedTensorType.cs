using System;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Types;

/// <summary>Builtin <c>tensor&lt;*xf32&gt;</c>.</summary>
public sealed class UnrankedTensorType : ShapedType
{
    private UnrankedTensorType(Type elementType) : base(elementType) { }

    public override bool HasRank => false;
    public override ReadOnlySpan<long> Shape => default;

    public static UnrankedTensorType Get(Type elementType) =>
        elementType.Context.Uniquer.Get(new UnrankedTensorType(elementType));

    protected override int KeyHash() => ElementType.GetHashCode() * 17 + 3;

    protected override bool KeyEquals(Uniqued other) => other is UnrankedTensorType t && t.ElementType == ElementType;
}
