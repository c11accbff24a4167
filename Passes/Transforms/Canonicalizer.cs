using System;
using Dialectic.Core.IR;
using Dialectic.Core.Pass;
using Dialectic.Core.Rewrite;

namespace Dialectic.Passes.Transforms;

/// <summary>
/// MLIR's <c>canonicalize</c>: applies every registered op's and dialect's canonicalization patterns and folders
/// greedily until nothing changes (or the iteration limit), with region simplification. The frozen pattern set is
/// built once per context and shared by the clones that run on parallel functions (it is read-only).
/// </summary>
public sealed class Canonicalizer : Pass<CanonicalizeOptions>
{
    private FrozenRewritePatternSet? _patterns;
    private Context? _patternsContext;

    public override string Argument => "canonicalize";

    public override string Description => "Canonicalize operations";

    public override bool Initialize(Context context)
    {
        if (_patterns != null && ReferenceEquals(_patternsContext, context))
            return true;
        var set = CanonicalizationPatterns.Collect(context);
        _patterns = new FrozenRewritePatternSet(set, Options.DisablePatterns, Options.EnablePatterns);
        _patternsContext = context;
        return true;
    }

    /// <summary>A clone for another thread shares the frozen set (read-only) instead of collecting its own inside
    /// the parallel section, as MLIR's pass copies share their pattern set.</summary>
    public override Pass Clone()
    {
        var clone = (Canonicalizer)base.Clone();
        clone._patterns = _patterns;
        clone._patternsContext = _patternsContext;
        return clone;
    }

    protected override void RunOnOperation()
    {
        if (_patterns == null || !ReferenceEquals(_patternsContext, Context))
            Initialize(Context);
        var config = new GreedyRewriteConfig
        {
            UseTopDownTraversal = Options.TopDown,
            MaxIterations = (int)Math.Clamp(Options.MaxIterations, -1, int.MaxValue),
            MaxNumRewrites = (int)Math.Clamp(Options.MaxNumRewrites, -1, int.MaxValue),
            RegionSimplification = Options.RegionSimplify switch
            {
                RegionSimplifyMode.Disabled => GreedySimplifyRegionLevel.Disabled,
                RegionSimplifyMode.Aggressive => GreedySimplifyRegionLevel.Aggressive,
                _ => GreedySimplifyRegionLevel.Normal,
            },
        };
        bool converged = GreedyPatternRewriteDriver.ApplyPatternsGreedily(Operation, _patterns!, config, out _);
        // Canonicalization is best effort: not converging only fails the pass in test-convergence mode.
        if (Options.TestConvergence && !converged)
            SignalPassFailure();
    }
}
