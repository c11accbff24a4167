using System;
using System.Collections.Generic;
using Dialectic.Core.Pass;

namespace Dialectic.Passes.Conversion.ConvertToLlvm;

/// <summary>Options of <c>convert-to-llvm</c>, named as MLIR's.</summary>
public sealed record ConvertToLlvmOptions
{
    /// <summary>Accepted for compatibility: our conversion driver never rolls patterns back.</summary>
    [PassOption("allow-pattern-rollback", "Experimental performance flag to disallow pattern rollback")]
    public bool AllowPatternRollback { get; init; } = true;

    /// <summary>Accepted for compatibility; the per-op configuration attributes it enables are not supported.</summary>
    [PassOption("dynamic", "Use op conversion attributes to configure the conversion")]
    public bool Dynamic { get; init; }

    /// <summary>The dialects whose patterns are used (empty: all).</summary>
    [PassOption("filter-dialects", "Test conversion patterns of only the specified dialects")]
    public IReadOnlyList<string> FilterDialects { get; init; } = Array.Empty<string>();
}
