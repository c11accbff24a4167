using System;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary><c>dense&lt;["a", "b"]&gt; : tensor&lt;2x!ty&gt;</c>: byte strings (see <see cref="StringAttr.Bytes"/>).</summary>
public sealed class DenseStringElementsAttr : DenseElementsAttr
{
    private readonly string[] _values;

    private DenseStringElementsAttr(ShapedType type, string[] values, bool isSplat) : base(type, isSplat) => _values = values;

    /// <summary>The stored strings: one when splat, otherwise one per element.</summary>
    public ReadOnlySpan<string> Values => _values;

    public static DenseStringElementsAttr Get(ShapedType type, string[] values, bool isSplat) =>
        type.Context.Uniquer.Get(new DenseStringElementsAttr(type, values, isSplat));

    protected override int KeyHash() => HashCode.Combine(ShapedType, IsSplat, HashHelpers.Hash<string>(_values));

    protected override bool KeyEquals(Uniqued other) =>
        other is DenseStringElementsAttr d && d.ShapedType == ShapedType && d.IsSplat == IsSplat
        && d._values.AsSpan().SequenceEqual(_values);
}
