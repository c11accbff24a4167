using System;
using System.Numerics;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary>
/// <c>dense&lt;...&gt;</c> of integers, index, floats or complex numbers, stored exactly as MLIR lays it out (so the
/// hex form <c>dense&lt;"0x..."&gt;</c> is the raw data): each scalar takes its width rounded up to whole bytes,
/// little-endian; i1 elements are packed one bit each; complex elements are (real, imaginary) pairs.
/// A splat stores one element.
/// </summary>
public sealed class DenseIntOrFPElementsAttr : DenseElementsAttr
{
    private readonly byte[] _data;

    private DenseIntOrFPElementsAttr(ShapedType type, byte[] data, bool isSplat) : base(type, isSplat) => _data = data;

    /// <summary>The raw storage (see the type remarks for the layout).</summary>
    public ReadOnlySpan<byte> RawData => _data;

    /// <summary>The scalar element type (the component type for complex elements).</summary>
    public Type ScalarType => ShapedType.ElementType is ComplexType c ? c.ElementType : ShapedType.ElementType;

    public bool IsComplex => ShapedType.ElementType is ComplexType;

    /// <summary>Uniques raw data that already follows the storage layout.</summary>
    public static DenseIntOrFPElementsAttr GetRaw(ShapedType type, byte[] data, bool isSplat) =>
        type.Context.Uniquer.Get(new DenseIntOrFPElementsAttr(type, data, isSplat));

    /// <summary>Storage width in bits of one scalar of <paramref name="type"/>: 1 for i1, otherwise rounded to bytes.</summary>
    public static int StorageBits(Type type)
    {
        int bits = type switch
        {
            IntegerType i => i.Width,
            IndexType => 64,
            FloatType f => f.Width,
            _ => throw new ArgumentException($"'{type}' is not a dense element scalar", nameof(type)),
        };
        return bits == 1 ? 1 : (bits + 7) / 8 * 8;
    }

    /// <summary>Number of scalars stored (2 per element for complex, 1 when splat).</summary>
    public int StoredScalarCount
    {
        get
        {
            long elems = IsSplat ? 1 : NumElements;
            return (int)(IsComplex ? elems * 2 : elems);
        }
    }

    /// <summary>Reads stored scalar <paramref name="index"/> as an unsigned bit pattern.</summary>
    public BigInteger ReadBits(int index) => ReadBits(_data, StorageBits(ScalarType), index);

    /// <summary>Reads scalar <paramref name="index"/> of <paramref name="data"/> laid out with <paramref name="storageBits"/>.</summary>
    public static BigInteger ReadBits(ReadOnlySpan<byte> data, int storageBits, int index)
    {
        if (storageBits == 1)
            return (data[index >> 3] >> (index & 7)) & 1;
        int bytes = storageBits / 8;
        var slice = data.Slice(index * bytes, bytes);
        return new BigInteger(slice, isUnsigned: true, isBigEndian: false);
    }

    /// <summary>Writes <paramref name="bits"/> as scalar <paramref name="index"/> of <paramref name="data"/>.</summary>
    public static void WriteBits(Span<byte> data, int storageBits, int index, BigInteger bits)
    {
        if (storageBits == 1)
        {
            if (!bits.IsZero)
                data[index >> 3] |= (byte)(1 << (index & 7));
            return;
        }
        int bytes = storageBits / 8;
        var slice = data.Slice(index * bytes, bytes);
        slice.Clear();
        bits.TryWriteBytes(slice, out _, isUnsigned: true, isBigEndian: false);
    }

    /// <summary>Bytes needed for <paramref name="count"/> scalars of <paramref name="storageBits"/>.</summary>
    public static int StorageBytes(int storageBits, long count) =>
        (int)(storageBits == 1 ? (count + 7) / 8 : count * (storageBits / 8));

    protected override int KeyHash()
    {
        var h = new HashCode();
        h.Add(ShapedType);
        h.Add(IsSplat);
        h.AddBytes(_data);
        return h.ToHashCode();
    }

    protected override bool KeyEquals(Uniqued other) =>
        other is DenseIntOrFPElementsAttr d && d.ShapedType == ShapedType && d.IsSplat == IsSplat
        && d._data.AsSpan().SequenceEqual(_data);
}
