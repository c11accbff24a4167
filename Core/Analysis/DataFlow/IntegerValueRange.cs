using Dialectic.Core.IR;

namespace Dialectic.Core.Analysis.DataFlow;

/// <summary>
/// The lattice of integer range analysis (MLIR's <c>IntegerValueRange</c>): uninitialized (bottom), a range of an
/// integer or index value, or unknown (top, also the state of values that are not integers). Immutable.
/// </summary>
public sealed class IntegerValueRange
{
    private IntegerValueRange(ConstantIntRanges? range, Type? type, bool initialized)
    {
        Range = range;
        Type = type;
        IsInitialized = initialized;
    }

    public static IntegerValueRange Uninitialized { get; } = new(null, null, false);

    public static IntegerValueRange Unknown { get; } = new(null, null, true);

    /// <summary>The range <paramref name="range"/> of a value of <paramref name="type"/>.</summary>
    public static IntegerValueRange Get(ConstantIntRanges range, Type type) => new(range, type, true);

    /// <summary>The range; null when uninitialized or unknown.</summary>
    public ConstantIntRanges? Range { get; }

    /// <summary>The type of the value the range describes; null when there is no range.</summary>
    public Type? Type { get; }

    public bool IsInitialized { get; }

    public bool IsUninitialized => !IsInitialized;

    /// <summary>The least upper bound: bottom is the identity; ranges of the same width unite.</summary>
    public static IntegerValueRange Join(IntegerValueRange a, IntegerValueRange b)
    {
        if (a.IsUninitialized)
            return b;
        if (b.IsUninitialized)
            return a;
        if (a.Range == null || b.Range == null || a.Range.Width != b.Range.Width)
            return Unknown;
        var union = a.Range.RangeUnion(b.Range);
        return union.Same(a.Range) ? a : Get(union, a.Type!);
    }

    public static bool Same(IntegerValueRange a, IntegerValueRange b) =>
        a.IsInitialized == b.IsInitialized && (a.Range == null ? b.Range == null : b.Range != null && a.Range.Same(b.Range));

    public override string ToString() => IsUninitialized ? "<UNINITIALIZED>" : Range?.ToString() ?? "<UNKNOWN>";
}
