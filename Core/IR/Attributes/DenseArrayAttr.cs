using System;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary>
/// <c>array&lt;i32: 1, 2&gt;</c>: a 1-D array of i1/i8/i16/i32/i64/f32/f64. Integers are stored sign-extended;
/// floats as their bit patterns.
/// </summary>
public sealed class DenseArrayAttr : Attribute
{
    private readonly long[] _raw;

    private DenseArrayAttr(Type elementType, long[] raw) : base(elementType.Context)
    {
        ElementType = elementType;
        _raw = raw;
    }

    public Type ElementType { get; }

    /// <summary>Sign-extended integers, or float bit patterns.</summary>
    public ReadOnlySpan<long> Raw => _raw;

    public int Count => _raw.Length;

    /// <summary>True for the element types MLIR allows in dense arrays.</summary>
    public static bool IsValidElementType(Type type) =>
        type is IntegerType { IsSignless: true, Width: 1 or 8 or 16 or 32 or 64 }
        || type is FloatType { Kind: FloatKind.F32 or FloatKind.F64 };

    public static DenseArrayAttr Get(Type elementType, ReadOnlySpan<long> raw) =>
        elementType.Context.Uniquer.Get(new DenseArrayAttr(elementType, raw.ToArray()));

    protected override int KeyHash() => HashCode.Combine(ElementType, HashHelpers.Hash<long>(_raw));

    protected override bool KeyEquals(Uniqued other) =>
        other is DenseArrayAttr d && d.ElementType == ElementType && d._raw.AsSpan().SequenceEqual(_raw);
}
