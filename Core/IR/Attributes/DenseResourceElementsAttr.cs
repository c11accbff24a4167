using System;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary>
/// <c>dense_resource&lt;handle&gt; : tensor&lt;...&gt;</c>: elements stored in a blob of the builtin dialect's
/// resources (the <c>{-# dialect_resources #-}</c> section), looked up by handle in <see cref="Context.Resources"/>.
/// </summary>
public sealed class DenseResourceElementsAttr : Attribute, ITypedAttribute
{
    private DenseResourceElementsAttr(ShapedType type, string handle) : base(type.Context)
    {
        ShapedType = type;
        Handle = handle;
    }

    public ShapedType ShapedType { get; }
    public Type Type => ShapedType;

    /// <summary>The resource key; <c>__elided__</c> denotes data the printer elided.</summary>
    public string Handle { get; }

    public static DenseResourceElementsAttr Get(ShapedType type, string handle) =>
        type.Context.Uniquer.Get(new DenseResourceElementsAttr(type, handle));

    protected override int KeyHash() => HashCode.Combine(ShapedType, Handle, 0xd5);

    protected override bool KeyEquals(Uniqued other) =>
        other is DenseResourceElementsAttr d && d.ShapedType == ShapedType && d.Handle == Handle;
}
