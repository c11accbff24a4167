using Dialectic.Core.IR;

namespace Dialectic.Core.Analysis.DataFlow;

/// <summary>
/// The constant lattice of sparse constant propagation (MLIR's <c>dataflow::ConstantValue</c>): uninitialized
/// (bottom: nothing known yet), a known constant with the dialect able to materialize it, or unknown (top).
/// Immutable; two constants are equal when their attributes and dialects are (attributes are uniqued).
/// </summary>
public sealed class ConstantValue
{
    private ConstantValue(Attribute? value, Dialect? dialect, bool initialized)
    {
        Value = value;
        Dialect = dialect;
        IsInitialized = initialized;
    }

    /// <summary>Bottom: no information yet (the value's producer has not been reached).</summary>
    public static ConstantValue Uninitialized { get; } = new(null, null, false);

    /// <summary>Top: the value may be anything.</summary>
    public static ConstantValue Unknown { get; } = new(null, null, true);

    /// <summary>The constant <paramref name="value"/>, materialized through <paramref name="dialect"/>.</summary>
    public static ConstantValue Get(Attribute value, Dialect? dialect) => new(value, dialect, true);

    /// <summary>The constant, or null when uninitialized or unknown.</summary>
    public Attribute? Value { get; }

    /// <summary>The dialect that materializes <see cref="Value"/> (that of the op that produced it).</summary>
    public Dialect? Dialect { get; }

    public bool IsInitialized { get; }

    public bool IsUninitialized => !IsInitialized;

    public bool IsUnknown => IsInitialized && Value == null;

    /// <summary>The least upper bound: bottom is the identity, two different constants give unknown.</summary>
    public static ConstantValue Join(ConstantValue a, ConstantValue b)
    {
        if (a.IsUninitialized)
            return b;
        if (b.IsUninitialized)
            return a;
        return Same(a, b) ? a : Unknown;
    }

    /// <summary>True when both hold the same information.</summary>
    public static bool Same(ConstantValue a, ConstantValue b) =>
        a.IsInitialized == b.IsInitialized && ReferenceEquals(a.Value, b.Value) && ReferenceEquals(a.Dialect, b.Dialect);

    public override string ToString() => IsUninitialized ? "<UNINITIALIZED>" : Value?.ToString() ?? "<UNKNOWN>";
}
