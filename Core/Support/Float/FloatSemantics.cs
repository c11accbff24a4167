using System;
using Dialectic.Core.IR.Types;

namespace Dialectic.Core.Support.Float;

/// <summary>
/// The numeric parameters of one builtin float format, matching LLVM's <c>fltSemantics</c> table entry for it exactly.
/// A finite non-zero value is <c>significand * 2^(e - (Precision - 1))</c> with <c>MinExponent &lt;= e &lt;= MaxExponent</c>;
/// the significand has <see cref="Precision"/> bits including the (usually hidden) integer bit.
/// Instances are immutable singletons obtained through <see cref="Of"/>.
/// </summary>
public sealed class FloatSemantics
{
    private static readonly FloatSemantics[] Table = BuildTable();

    private FloatSemantics(
        FloatKind kind,
        int maxExponent,
        int minExponent,
        int precision,
        int bitWidth,
        FloatNonFiniteBehavior nonFinite = FloatNonFiniteBehavior.Ieee754,
        FloatNanEncoding nanEncoding = FloatNanEncoding.Ieee,
        bool hasZero = true,
        bool hasSign = true)
    {
        Kind = kind;
        MaxExponent = maxExponent;
        MinExponent = minExponent;
        Precision = precision;
        BitWidth = bitWidth;
        NonFiniteBehavior = nonFinite;
        NanEncoding = nanEncoding;
        HasZero = hasZero;
        HasSignBit = hasSign;
        HasExplicitIntegerBit = kind == FloatKind.F80;
        // Formats with zero/denormals reserve biased exponent 0 for them, so the smallest normal exponent maps to 1.
        // F8E8M0FNU has no zero and no denormals, so its smallest exponent maps to biased 0.
        ExponentBias = hasZero ? 1 - minExponent : -minExponent;
        MantissaBits = precision - 1;
        ExponentBits = bitWidth - (hasSign ? 1 : 0) - precision + (HasExplicitIntegerBit ? 0 : 1);
    }

    /// <summary>The float kind these semantics describe.</summary>
    public FloatKind Kind { get; }

    /// <summary>Significand bits, including the integer bit (11 for f16, 53 for f64, 64 for f80, 1 for f8E8M0FNU).</summary>
    public int Precision { get; }

    /// <summary>The largest unbiased exponent of a finite value.</summary>
    public int MaxExponent { get; }

    /// <summary>The smallest unbiased exponent of a normal value (denormals also use it).</summary>
    public int MinExponent { get; }

    /// <summary>Total storage width in bits (f80: 80, tf32: 19, f4E2M1FN: 4).</summary>
    public int BitWidth { get; }

    /// <summary>Which non-finite values exist.</summary>
    public FloatNonFiniteBehavior NonFiniteBehavior { get; }

    /// <summary>Which patterns are NaN (meaningless when <see cref="HasNaN"/> is false).</summary>
    public FloatNanEncoding NanEncoding { get; }

    /// <summary>False only for f8E8M0FNU: zero is not representable (conversions produce the smallest value instead).</summary>
    public bool HasZero { get; }

    /// <summary>False only for f8E8M0FNU, whose values are unsigned powers of two.</summary>
    public bool HasSignBit { get; }

    /// <summary>True only for f80 (x87 extended): the integer bit is stored in the significand field.</summary>
    public bool HasExplicitIntegerBit { get; }

    /// <summary>Amount added to an unbiased exponent to form the stored exponent field (f16: 15, f8E4M3B11FNUZ: 11).</summary>
    public int ExponentBias { get; }

    /// <summary>Number of stored fraction bits excluding any integer bit (f80: 63).</summary>
    public int MantissaBits { get; }

    /// <summary>Width of the stored exponent field.</summary>
    public int ExponentBits { get; }

    /// <summary>Whether ±infinity is representable.</summary>
    public bool HasInfinity => NonFiniteBehavior == FloatNonFiniteBehavior.Ieee754;

    /// <summary>Whether any NaN is representable.</summary>
    public bool HasNaN => NonFiniteBehavior != FloatNonFiniteBehavior.FiniteOnly;

    /// <summary>Whether -0 is a distinct value (false for the FNUZ formats and f8E8M0FNU).</summary>
    public bool HasNegativeZero => HasZero && HasSignBit && NanEncoding != FloatNanEncoding.NegativeZero;

    /// <summary>Mask of all valid bits of a pattern (<c>2^BitWidth - 1</c>).</summary>
    public UInt128 BitMask => BitWidth == 128 ? UInt128.MaxValue : (UInt128.One << BitWidth) - UInt128.One;

    /// <summary>The semantics of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For a value outside the enum.</exception>
    public static FloatSemantics Of(FloatKind kind)
    {
        int index = (int)kind;
        if ((uint)index >= (uint)Table.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown float kind.");
        }

        return Table[index];
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}(p={Precision}, e=[{MinExponent},{MaxExponent}], w={BitWidth})";

    private static FloatSemantics[] BuildTable()
    {
        const FloatNonFiniteBehavior NanOnly = FloatNonFiniteBehavior.NanOnly;
        const FloatNonFiniteBehavior FiniteOnly = FloatNonFiniteBehavior.FiniteOnly;
        const FloatNanEncoding AllOnes = FloatNanEncoding.AllOnes;
        const FloatNanEncoding NegZero = FloatNanEncoding.NegativeZero;

        FloatSemantics[] all =
        [
            new(FloatKind.F16, 15, -14, 11, 16),
            new(FloatKind.BF16, 127, -126, 8, 16),
            new(FloatKind.F32, 127, -126, 24, 32),
            new(FloatKind.F64, 1023, -1022, 53, 64),
            new(FloatKind.F80, 16383, -16382, 64, 80),
            new(FloatKind.F128, 16383, -16382, 113, 128),
            new(FloatKind.TF32, 127, -126, 11, 19),
            new(FloatKind.F4E2M1FN, 2, 0, 2, 4, FiniteOnly),
            new(FloatKind.F6E2M3FN, 2, 0, 4, 6, FiniteOnly),
            new(FloatKind.F6E3M2FN, 4, -2, 3, 6, FiniteOnly),
            new(FloatKind.F8E5M2, 15, -14, 3, 8),
            new(FloatKind.F8E4M3, 7, -6, 4, 8),
            new(FloatKind.F8E4M3FN, 8, -6, 4, 8, NanOnly, AllOnes),
            new(FloatKind.F8E5M2FNUZ, 15, -15, 3, 8, NanOnly, NegZero),
            new(FloatKind.F8E4M3FNUZ, 7, -7, 4, 8, NanOnly, NegZero),
            new(FloatKind.F8E4M3B11FNUZ, 4, -10, 4, 8, NanOnly, NegZero),
            new(FloatKind.F8E3M4, 3, -2, 5, 8),
            new(FloatKind.F8E8M0FNU, 127, -127, 1, 8, NanOnly, AllOnes, hasZero: false, hasSign: false),
        ];

        var table = new FloatSemantics[all.Length];
        foreach (FloatSemantics s in all)
        {
            // Invariant: the table is indexed by the enum value, one entry per kind.
            table[(int)s.Kind] = s;
        }

        return table;
    }
}
