using Dialectic.Core.IR.Builtin;
using Dialectic.Core.Pass;
using Dialectic.Core.Rewrite;
using Dialectic.Core.Rewrite.Conversion;

namespace Dialectic.Passes.Conversion.MathToLibm;

/// <summary>
/// MLIR's <c>convert-math-to-libm</c>: replaces math ops by calls to the C math library, declaring the functions
/// it calls (<c>func.func private @sinf(f32) -&gt; f32</c>). Every math op is illegal, so a math op libm has no
/// function for (<c>copysign</c>, <c>absi</c>, ...) fails the pass, as upstream: run <c>convert-math-to-llvm</c>
/// first for those.
/// </summary>
public sealed class MathToLibmPass : Pass
{
    public override string Argument => "convert-math-to-libm";

    public override string Description => "Convert Math dialect to libm calls";

    public override string? OpName => ModuleOp.OperationName;

    protected override void RunOnOperation()
    {
        var patterns = new RewritePatternSet(Context);
        MathToLibmPatterns.PopulateMathToLibmConversionPatterns(patterns);
        var target = new ConversionTarget(Context);
        target.AddLegalDialect("arith", "builtin", "func", "vector");
        target.AddIllegalDialect("math");
        if (!DialectConversion.ApplyPartialConversion(Operation, target, new FrozenRewritePatternSet(patterns)))
            SignalPassFailure();
    }
}
