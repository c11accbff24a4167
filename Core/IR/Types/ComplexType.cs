using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Types;

/// <summary>Builtin <c>complex&lt;T&gt;</c>.</summary>
public sealed class ComplexType : Type
{
    private ComplexType(Type elementType) : base(elementType.Context) => ElementType = elementType;

    public Type ElementType { get; }

    public static ComplexType Get(Type elementType) =>
        elementType.Context.Uniquer.Get(new ComplexType(elementType));

    protected override int KeyHash() => ElementType.GetHashCode() * 31 + 7;

    protected override bool KeyEquals(Uniqued other) => other is ComplexType c && c.ElementType == ElementType;
}
