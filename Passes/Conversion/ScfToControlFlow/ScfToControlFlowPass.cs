using Dialectic.Core.Pass;
using Dialectic.Core.Rewrite;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Scf;

namespace Dialectic.Passes.Conversion.ScfToControlFlow;

/// <summary>
/// MLIR's <c>convert-scf-to-cf</c>: replaces the structured control flow of <c>scf.for</c>, <c>scf.if</c>,
/// <c>scf.while</c>, <c>scf.execute_region</c>, <c>scf.index_switch</c>, <c>scf.parallel</c> (through nested
/// <c>scf.for</c>s) and <c>scf.forall</c> (through <c>scf.parallel</c>) by blocks and <c>cf</c> branches. Every other
/// op
/// is left as it is.
/// </summary>
public sealed class ScfToControlFlowPass : Pass<ScfToControlFlowOptions>
{
    public override string Argument => "convert-scf-to-cf";

    public override string Description =>
        "Convert SCF dialect to ControlFlow dialect, replacing structured control flow with a CFG";

    protected override void RunOnOperation()
    {
        var patterns = new RewritePatternSet(Context);
        ScfToControlFlowPatterns.PopulateScfToControlFlowConversionPatterns(patterns);
        if (!DialectConversion.ApplyPartialConversion(Operation, CreateTarget(Context),
            new FrozenRewritePatternSet(patterns)))
            SignalPassFailure();
    }

    /// <summary>The target of the conversion: the scf ops with regions are illegal, everything else legal.</summary>
    public static ConversionTarget CreateTarget(Core.IR.Context context)
    {
        var target = new ConversionTarget(context);
        target.AddIllegalOp<ForallOp>();
        target.AddIllegalOp<ForOp>();
        target.AddIllegalOp<IfOp>();
        target.AddIllegalOp<IndexSwitchOp>();
        target.AddIllegalOp<ParallelOp>();
        target.AddIllegalOp<WhileOp>();
        target.AddIllegalOp<ExecuteRegionOp>();
        target.MarkUnknownOpDynamicallyLegal(static _ => true);
        return target;
    }
}
