using System;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary>Builtin <c>[a, b, ...]</c>.</summary>
public sealed class ArrayAttr : Attribute
{
    private readonly Attribute[] _elements;

    private ArrayAttr(Context context, Attribute[] elements) : base(context) => _elements = elements;

    public ReadOnlySpan<Attribute> Elements => _elements;

    public int Count => _elements.Length;

    public Attribute this[int index] => _elements[index];

    public static ArrayAttr Get(Context context, ReadOnlySpan<Attribute> elements) =>
        context.Uniquer.Get(new ArrayAttr(context, elements.ToArray()));

    protected override int KeyHash() => HashHelpers.Hash<Attribute>(_elements) ^ 0x5a5a;

    protected override bool KeyEquals(Uniqued other) => other is ArrayAttr a && HashHelpers.SequenceEqual(a._elements, _elements);
}
