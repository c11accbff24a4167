using System;
using System.Collections.Generic;
using Dialectic.Core.Pass;

namespace Dialectic.Passes.Transforms;

/// <summary>Options of <c>canonicalize</c>, named and defaulted as MLIR's.</summary>
public sealed record CanonicalizeOptions
{
    [PassOption("top-down", "Seed the worklist in general top-down order")]
    public bool TopDown { get; init; } = true;

    [PassOption("region-simplify", "Perform control flow optimizations to the region tree")]
    public RegionSimplifyMode RegionSimplify { get; init; } = RegionSimplifyMode.Normal;

    [PassOption("max-iterations", "Max. iterations between applying patterns / simplifying regions")]
    public long MaxIterations { get; init; } = 10;

    [PassOption("max-num-rewrites", "Max. number of pattern rewrites within an iteration")]
    public long MaxNumRewrites { get; init; } = -1;

    [PassOption("test-convergence", "Test only: Fail pass on non-convergence to detect cyclic pattern")]
    public bool TestConvergence { get; init; }

    [PassOption("disable-patterns", "Labels of patterns that should be filtered out during application")]
    public IReadOnlyList<string> DisablePatterns { get; init; } = Array.Empty<string>();

    [PassOption("enable-patterns", "Labels of patterns that should be used during application, all other patterns are filtered out")]
    public IReadOnlyList<string> EnablePatterns { get; init; } = Array.Empty<string>();
}
