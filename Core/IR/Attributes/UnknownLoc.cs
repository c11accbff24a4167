using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary><c>loc(unknown)</c>.</summary>
public sealed class UnknownLoc : LocationAttr
{
    internal UnknownLoc(Context context) : base(context) { }

    public static UnknownLoc Get(Context context) => context.UnknownLoc;

    protected override int KeyHash() => 0x10c;

    protected override bool KeyEquals(Uniqued other) => other is UnknownLoc;
}
