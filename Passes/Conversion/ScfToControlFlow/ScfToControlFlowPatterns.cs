using Dialectic.Core.Rewrite;

namespace Dialectic.Passes.Conversion.ScfToControlFlow;

/// <summary>The patterns of <c>convert-scf-to-cf</c> (MLIR's
/// <c>populateSCFToControlFlowConversionPatterns</c>).</summary>
public static class ScfToControlFlowPatterns
{
    /// <summary>Adds the lowerings of every scf op with regions to <paramref name="patterns"/>.</summary>
    public static void PopulateScfToControlFlowConversionPatterns(RewritePatternSet patterns)
    {
        var context = patterns.Context;
        patterns.Add(new ForLowering(context));
        patterns.Add(new IfLowering(context));
        patterns.Add(new WhileLowering(context));
        patterns.Add(new DoWhileLowering(context));
        patterns.Add(new ExecuteRegionLowering(context));
        patterns.Add(new IndexSwitchLowering(context));
        patterns.Add(new ParallelLowering(context));
        patterns.Add(new ForallLowering(context));
    }
}
