using System;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary><c>loc("name")</c> or <c>loc("name"(child))</c>; the child is unknown when absent.</summary>
public sealed class NameLoc : LocationAttr
{
    private NameLoc(Context context, string name, LocationAttr child) : base(context)
    {
        Name = name;
        Child = child;
    }

    /// <summary>The name as a byte string (see <see cref="StringAttr.Bytes"/>).</summary>
    public string Name { get; }
    public LocationAttr Child { get; }

    public static NameLoc Get(Context context, string name, LocationAttr? child = null) =>
        context.Uniquer.Get(new NameLoc(context, name, child ?? context.UnknownLoc));

    protected override int KeyHash() => HashCode.Combine(Name, Child, 0x4e);

    protected override bool KeyEquals(Uniqued other) => other is NameLoc n && n.Name == Name && n.Child == Child;
}
