using Dialectic.Core.IR.Affine;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary><c>affine_set&lt;...&gt;</c> as an attribute.</summary>
public sealed class IntegerSetAttr : Attribute
{
    private IntegerSetAttr(IntegerSet value) : base(value.Context) => Value = value;

    public IntegerSet Value { get; }

    public static IntegerSetAttr Get(IntegerSet value) => value.Context.Uniquer.Get(new IntegerSetAttr(value));

    protected override int KeyHash() => Value.GetHashCode() ^ 0x5e7;

    protected override bool KeyEquals(Uniqued other) => other is IntegerSetAttr a && a.Value == Value;
}
