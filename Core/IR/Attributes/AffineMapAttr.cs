using Dialectic.Core.IR.Affine;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary><c>affine_map&lt;...&gt;</c> as an attribute (also a memref layout).</summary>
public sealed class AffineMapAttr : Attribute
{
    private AffineMapAttr(AffineMap value) : base(value.Context) => Value = value;

    public AffineMap Value { get; }

    public static AffineMapAttr Get(AffineMap value) => value.Context.Uniquer.Get(new AffineMapAttr(value));

    protected override int KeyHash() => Value.GetHashCode() ^ 0x3a9;

    protected override bool KeyEquals(Uniqued other) => other is AffineMapAttr a && a.Value == Value;
}
