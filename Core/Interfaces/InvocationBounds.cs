namespace Dialectic.Core.Interfaces;

/// <summary>
/// MLIR's <c>InvocationBounds</c>: how many times a region may run each time its parent op runs; a null
/// <see cref="Upper"/> bound means unknown (unbounded).
/// </summary>
public readonly record struct InvocationBounds(int Lower, int? Upper)
{
    /// <summary>Nothing known: at least zero runs, no upper bound.</summary>
    public static InvocationBounds Unknown => new(0, null);
}
