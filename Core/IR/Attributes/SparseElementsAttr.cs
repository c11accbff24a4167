using System;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary><c>sparse&lt;indices, values&gt; : tensor&lt;...&gt;</c>: coordinates (i64, N x rank) and their values.</summary>
public sealed class SparseElementsAttr : Attribute, ITypedAttribute
{
    private SparseElementsAttr(ShapedType type, DenseIntOrFPElementsAttr indices, DenseElementsAttr values) : base(type.Context)
    {
        ShapedType = type;
        Indices = indices;
        Values = values;
    }

    public ShapedType ShapedType { get; }
    public Type Type => ShapedType;
    public DenseIntOrFPElementsAttr Indices { get; }
    public DenseElementsAttr Values { get; }

    public static SparseElementsAttr Get(ShapedType type, DenseIntOrFPElementsAttr indices, DenseElementsAttr values) =>
        type.Context.Uniquer.Get(new SparseElementsAttr(type, indices, values));

    protected override int KeyHash() => HashCode.Combine(ShapedType, Indices, Values);

    protected override bool KeyEquals(Uniqued other) =>
        other is SparseElementsAttr s && s.ShapedType == ShapedType && s.Indices == Indices && s.Values == Values;
}
