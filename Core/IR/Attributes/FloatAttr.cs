using System;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary>Builtin float attribute <c>1.000000e+00 : f32</c>; the value is kept as its exact bit pattern.</summary>
public sealed class FloatAttr : Attribute, ITypedAttribute
{
    private FloatAttr(FloatType type, UInt128 bits) : base(type.Context)
    {
        FloatType = type;
        Bits = bits;
    }

    public FloatType FloatType { get; }
    public Type Type => FloatType;

    /// <summary>The IEEE (or the type's own) bit pattern, zero-extended.</summary>
    public UInt128 Bits { get; }

    public static FloatAttr Get(FloatType type, UInt128 bits) => type.Context.Uniquer.Get(new FloatAttr(type, bits));

    /// <summary>The attribute of <paramref name="type"/> nearest to <paramref name="value"/>.</summary>
    public static FloatAttr Get(FloatType type, double value) =>
        Get(type, Support.Float.FloatParser.FromDouble(type.Kind, value));

    /// <summary>The value converted to double (rounded for wider types).</summary>
    public double ValueAsDouble => Support.Float.FloatParser.ToDouble(FloatType.Kind, Bits);

    protected override int KeyHash() => HashCode.Combine(FloatType, Bits);

    protected override bool KeyEquals(Uniqued other) => other is FloatAttr f && f.FloatType == FloatType && f.Bits == Bits;
}
