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

    /// <summary>The IEEE (or the type's own) bit pattern, zero-extended. f8E8M0FNU has no sign bit, yet MLIR's
    /// APFloat keeps the sign of a negative literal (<c>-8.0 : f8E8M0FNU</c> prints back negative); bit 8
    /// (<see cref="UnsignedFormatSignBit"/>) holds that sign.</summary>
    public UInt128 Bits { get; }

    /// <summary>The bit above an f8E8M0FNU pattern that carries the sign APFloat keeps for it.</summary>
    public const int UnsignedFormatSignBit = 8;

    /// <summary>Whether this f8E8M0FNU value carries a sign its format cannot encode.</summary>
    public bool HasUnencodableSign =>
        FloatType.Kind == FloatKind.F8E8M0FNU && ((Bits >> UnsignedFormatSignBit) & 1) != 0;

    public static FloatAttr Get(FloatType type, UInt128 bits) => type.Context.Uniquer.Get(new FloatAttr(type, bits));

    /// <summary>The attribute of <paramref name="type"/> nearest to <paramref name="value"/>.</summary>
    public static FloatAttr Get(FloatType type, double value) =>
        Get(type, Support.Float.FloatParser.FromDouble(type.Kind, value));

    /// <summary>The value converted to double (rounded for wider types).</summary>
    public double ValueAsDouble => HasUnencodableSign
        ? -Support.Float.FloatParser.ToDouble(FloatType.Kind, Bits & 0xFF)
        : Support.Float.FloatParser.ToDouble(FloatType.Kind, Bits);

    protected override int KeyHash() => HashCode.Combine(FloatType, Bits);

    protected override bool KeyEquals(Uniqued other) => other is FloatAttr f && f.FloatType == FloatType && f.Bits == Bits;
}
