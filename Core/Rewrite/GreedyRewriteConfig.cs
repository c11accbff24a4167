using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// Settings of the greedy pattern driver (MLIR's <c>GreedyRewriteConfig</c>). The defaults are those of MLIR's
/// canonicalizer options (top-down, normal region simplification); MLIR's own struct defaults to bottom-up and
/// aggressive region simplification, which is what its test passes (<c>--test-greedy-patterns</c>) run with.
/// </summary>
public sealed record GreedyRewriteConfig
{
    /// <summary>The value of <see cref="MaxIterations"/> and <see cref="MaxNumRewrites"/> meaning "no limit".</summary>
    public const int NoLimit = -1;

    /// <summary>Seed the worklist in pre-order, so ops are visited top-down, instead of post-order (bottom-up).
    /// Default true, as the canonicalizer's <c>top-down</c> option.</summary>
    public bool UseTopDownTraversal { get; init; } = true;

    /// <summary>How many sweeps (worklist plus region simplification) at most; <see cref="NoLimit"/> for no limit.</summary>
    public int MaxIterations { get; init; } = 10;

    /// <summary>How many successful pattern applications per sweep at most; <see cref="NoLimit"/> for no limit.</summary>
    public int MaxNumRewrites { get; init; } = NoLimit;

    /// <summary>Fold ops (their fold hooks) before trying patterns.</summary>
    public bool EnableFolding { get; init; } = true;

    /// <summary>Unique constants and hoist them to the entry block of their isolated region when seeding.</summary>
    public bool EnableConstantCSE { get; init; } = true;

    /// <summary>Control-flow cleanup after each sweep.</summary>
    public GreedySimplifyRegionLevel RegionSimplification { get; init; } = GreedySimplifyRegionLevel.Normal;

    /// <summary>Which ops may be processed.</summary>
    public GreedyRewriteStrictness Strictness { get; init; } = GreedyRewriteStrictness.AnyOp;

    /// <summary>Only ops nested in this region are processed (they and their ancestors up to it are re-added to the
    /// worklist); null: the region being simplified, or for op lists the closest region holding all of them.</summary>
    public Region? Scope { get; init; }

    /// <summary>Told about every change the driver makes.</summary>
    public RewriterListener? Listener { get; init; }

    /// <summary>The defaults.</summary>
    public static GreedyRewriteConfig Default { get; } = new();
}
