using System;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// How profitable a pattern is, 0 to 65534 (higher is tried first), or <see cref="ImpossibleToMatch"/> (MLIR's
/// <c>PatternBenefit</c>). The default value is impossible to match, as MLIR's default-constructed benefit.
/// </summary>
public readonly struct PatternBenefit : IEquatable<PatternBenefit>, IComparable<PatternBenefit>
{
    /// <summary>The largest benefit a pattern can have.</summary>
    public const int MaxValue = ushort.MaxValue - 1;

    // 0: impossible to match; otherwise the benefit plus one (so default(PatternBenefit) is impossible).
    private readonly ushort _encoded;

    /// <summary>A benefit of <paramref name="value"/>, in [0, <see cref="MaxValue"/>].</summary>
    public PatternBenefit(int value)
    {
        if (value < 0 || value > MaxValue)
            throw new ArgumentOutOfRangeException(nameof(value), value, $"a pattern benefit is in [0, {MaxValue}]");
        _encoded = (ushort)(value + 1);
    }

    /// <summary>A benefit no match can have: patterns with it are never tried.</summary>
    public static PatternBenefit ImpossibleToMatch => default;

    public bool IsImpossibleToMatch => _encoded == 0;

    /// <summary>The benefit; throws for <see cref="ImpossibleToMatch"/>.</summary>
    public int Value => _encoded != 0 ? _encoded - 1 : throw new InvalidOperationException("the benefit is impossible to match");

    public static implicit operator PatternBenefit(int value) => new(value);

    public bool Equals(PatternBenefit other) => _encoded == other._encoded;

    public override bool Equals(object? obj) => obj is PatternBenefit other && Equals(other);

    public override int GetHashCode() => _encoded;

    /// <summary>Orders by benefit; <see cref="ImpossibleToMatch"/> is below every benefit.</summary>
    public int CompareTo(PatternBenefit other) => _encoded.CompareTo(other._encoded);

    public static bool operator ==(PatternBenefit a, PatternBenefit b) => a._encoded == b._encoded;
    public static bool operator !=(PatternBenefit a, PatternBenefit b) => a._encoded != b._encoded;
    public static bool operator <(PatternBenefit a, PatternBenefit b) => a._encoded < b._encoded;
    public static bool operator >(PatternBenefit a, PatternBenefit b) => a._encoded > b._encoded;
    public static bool operator <=(PatternBenefit a, PatternBenefit b) => a._encoded <= b._encoded;
    public static bool operator >=(PatternBenefit a, PatternBenefit b) => a._encoded >= b._encoded;

    public override string ToString() => IsImpossibleToMatch ? "impossible" : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
