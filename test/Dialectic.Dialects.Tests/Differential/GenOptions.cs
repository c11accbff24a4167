namespace Dialectic.Dialects.Tests.Differential;

/// <summary>What the program generator produces: which dialects, how deep and how big.</summary>
internal sealed record GenOptions
{
    /// <summary>The dialects to draw operations from (func is always included).</summary>
    public GenDialects Dialects { get; init; } = GenDialects.All;

    /// <summary>Deepest region nesting (a function body is depth 0).</summary>
    public int MaxDepth { get; init; } = 4;

    /// <summary>Functions with bodies per program: between 1 and this.</summary>
    public int MaxFunctions { get; init; } = 3;

    /// <summary>Operations per block at depth 0: between 2 and this; fewer in nested regions.</summary>
    public int MaxOpsPerBlock { get; init; } = 8;

    /// <summary>Random operations per function (nested ones included), which bounds programs made only of
    /// region operations.</summary>
    public int MaxOpsPerFunction { get; init; } = 60;

    public bool Has(GenDialects d) => (Dialects & d) == d;
}
