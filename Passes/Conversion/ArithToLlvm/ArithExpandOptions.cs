using Dialectic.Core.Pass;

namespace Dialectic.Passes.Conversion.ArithToLlvm;

/// <summary>The options of <c>arith-expand</c>.</summary>
public sealed record ArithExpandOptions
{
    /// <summary>Expand bf16 extensions and truncations into integer ops (not implemented: an error).</summary>
    [PassOption("include-bf16", "Enable the BF16 expansion patterns")]
    public bool IncludeBf16 { get; init; }

    /// <summary>Expand f4E2M1 extensions and truncations (not implemented: an error).</summary>
    [PassOption("include-f4e2m1", "Enable the F4E2M1 expansion patterns")]
    public bool IncludeF4E2M1 { get; init; }

    /// <summary>Expand f8E8M0 extensions and truncations (not implemented: an error).</summary>
    [PassOption("include-f8e8m0", "Enable the F8E8M0 expansion patterns")]
    public bool IncludeF8E8M0 { get; init; }
}
