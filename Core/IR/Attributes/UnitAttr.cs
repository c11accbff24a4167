using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary>Builtin <c>unit</c>: presence-only; in a dictionary printed as the bare name.</summary>
public sealed class UnitAttr : Attribute
{
    internal UnitAttr(Context context) : base(context) { }

    public static UnitAttr Get(Context context) => context.UnitAttr;

    protected override int KeyHash() => 0x0417;

    protected override bool KeyEquals(Uniqued other) => other is UnitAttr;
}
