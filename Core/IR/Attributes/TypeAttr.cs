using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary>Builtin attribute wrapping a type (printed as the type itself).</summary>
public sealed class TypeAttr : Attribute
{
    private TypeAttr(Type value) : base(value.Context) => Value = value;

    public Type Value { get; }

    public static TypeAttr Get(Type value) => value.Context.Uniquer.Get(new TypeAttr(value));

    protected override int KeyHash() => Value.GetHashCode() ^ 0x7e7e;

    protected override bool KeyEquals(Uniqued other) => other is TypeAttr t && t.Value == Value;
}
