using System;
using System.Numerics;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary>
/// Builtin integer attribute <c>42 : i32</c> (also <c>true</c>/<c>false</c> for i1, and index values).
/// Invariant: <see cref="Bits"/> is the two's-complement bit pattern in [0, 2^width), width 64 for index.
/// </summary>
public sealed class IntegerAttr : Attribute, ITypedAttribute
{
    private IntegerAttr(Type type, BigInteger bits) : base(type.Context)
    {
        Type = type;
        Bits = bits;
    }

    public Type Type { get; }

    /// <summary>The value as an unsigned bit pattern of the type's width.</summary>
    public BigInteger Bits { get; }

    /// <summary>Bit width of the storage (64 for index).</summary>
    public int Width => BitWidthOf(Type);

    /// <summary>The value read as signed two's complement.</summary>
    public BigInteger SignedValue => ToSigned(Bits, Width);

    /// <summary>The value as MLIR prints it: unsigned for <c>uiN</c> and signless <c>i1</c>, signed otherwise
    /// (so <c>si1</c> holds 0 and -1).</summary>
    public BigInteger Value => Type is IntegerType { IsUnsigned: true } or IntegerType { Width: 1, IsSignless: true }
        ? Bits : SignedValue;

    public bool IsZero => Bits.IsZero;

    /// <summary>Wraps <paramref name="value"/> to the type's width (two's complement) and uniques it.</summary>
    public static IntegerAttr Get(Type type, BigInteger value)
    {
        int width = BitWidthOf(type);
        var bits = Truncate(value, width);
        return type.Context.Uniquer.Get(new IntegerAttr(type, bits));
    }

    /// <summary>The i1 attribute <c>true</c> or <c>false</c>.</summary>
    public static IntegerAttr GetBool(Context context, bool value) => Get(context.I(1), value ? BigInteger.One : BigInteger.Zero);

    /// <summary>Storage width of an integer-like type: its width, or 64 for <c>index</c>.</summary>
    public static int BitWidthOf(Type type) => type switch
    {
        IntegerType i => i.Width,
        IndexType => 64,
        _ => throw new ArgumentException($"'{type}' is not an integer or index type", nameof(type)),
    };

    /// <summary>Reduces <paramref name="value"/> modulo 2^width into [0, 2^width).</summary>
    public static BigInteger Truncate(BigInteger value, int width)
    {
        if (width == 0)
            return BigInteger.Zero;
        if (value.Sign >= 0 && value.GetBitLength() <= width)
            return value;
        var mod = BigInteger.One << width;
        var r = value % mod;
        return r.Sign < 0 ? r + mod : r;
    }

    /// <summary>Reads an unsigned bit pattern of <paramref name="width"/> bits as signed.</summary>
    public static BigInteger ToSigned(BigInteger bits, int width)
    {
        if (width == 0)
            return BigInteger.Zero;
        return bits.GetBitLength() == width ? bits - (BigInteger.One << width) : bits;
    }

    protected override int KeyHash() => HashCode.Combine(Type, Bits);

    protected override bool KeyEquals(Uniqued other) => other is IntegerAttr i && i.Type == Type && i.Bits == Bits;
}
