using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Types;

/// <summary>Builtin <c>none</c>: a unit type.</summary>
public sealed class NoneType : Type
{
    internal NoneType(Context context) : base(context) { }

    public static NoneType Get(Context context) => context.NoneType;

    protected override int KeyHash() => 0x2f1;

    protected override bool KeyEquals(Uniqued other) => other is NoneType;
}
