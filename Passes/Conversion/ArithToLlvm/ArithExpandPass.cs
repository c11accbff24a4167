using Dialectic.Core.Pass;
using Dialectic.Core.Rewrite;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Arith;

namespace Dialectic.Passes.Conversion.ArithToLlvm;

/// <summary>
/// MLIR's <c>arith-expand</c>: rewrites the arith ops LLVM has no instruction for into ones it has:
/// <c>ceildivsi</c>, <c>ceildivui</c>, <c>floordivsi</c> (divisions, compares, selects) and <c>maximumf</c>,
/// <c>minimumf</c>, <c>maxnumf</c>, <c>minnumf</c> (compare and select). The small-float expansions
/// (<c>include-bf16</c>, ...) are not implemented.
/// </summary>
public sealed class ArithExpandPass : Pass<ArithExpandOptions>
{
    public override string Argument => "arith-expand";

    public override string Description => "Legalize Arith ops to be convertible to LLVM.";

    protected override void RunOnOperation()
    {
        if (Options.IncludeBf16 || Options.IncludeF4E2M1 || Options.IncludeF8E8M0)
        {
            Context.EmitError(Operation.Location, "arith-expand: the small-float expansion patterns (include-bf16, include-f4e2m1, include-f8e8m0) are not supported");
            SignalPassFailure();
            return;
        }
        var patterns = new RewritePatternSet(Context);
        PopulateArithExpandPatterns(patterns);
        var target = new ConversionTarget(Context);
        target.AddLegalDialect("arith");
        target.AddIllegalOp<CeilDivSIOp>();
        target.AddIllegalOp<CeilDivUIOp>();
        target.AddIllegalOp<FloorDivSIOp>();
        target.AddIllegalOp<MaximumFOp>();
        target.AddIllegalOp<MinimumFOp>();
        target.AddIllegalOp<MaxNumFOp>();
        target.AddIllegalOp<MinNumFOp>();
        if (!DialectConversion.ApplyPartialConversion(Operation, target, new FrozenRewritePatternSet(patterns)))
            SignalPassFailure();
    }

    /// <summary>The patterns of this pass (MLIR's <c>populateArithExpandOpsPatterns</c> without the small-float
    /// ones).</summary>
    public static void PopulateArithExpandPatterns(RewritePatternSet patterns)
    {
        ArithToLlvmPatterns.PopulateCeilFloorDivExpandPatterns(patterns);
        var context = patterns.Context;
        patterns.Add(new MinMaxFExpansion(context, MaximumFOp.OperationName, isMax: true, propagateNaN: true));
        patterns.Add(new MinMaxFExpansion(context, MinimumFOp.OperationName, isMax: false, propagateNaN: true));
        patterns.Add(new MinMaxFExpansion(context, MaxNumFOp.OperationName, isMax: true, propagateNaN: false));
        patterns.Add(new MinMaxFExpansion(context, MinNumFOp.OperationName, isMax: false, propagateNaN: false));
    }
}
