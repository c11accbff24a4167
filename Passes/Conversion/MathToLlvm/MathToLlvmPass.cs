using Dialectic.Core.Pass;
using Dialectic.Core.Rewrite;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Passes.Conversion.ArithToLlvm;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.MathToLlvm;

/// <summary>
/// MLIR's <c>convert-math-to-llvm</c>: lowers the math ops LLVM has intrinsics for (and rsqrt, expm1, log1p
/// written with them) to the llvm dialect. A partial conversion: the others stay (lower them with
/// <c>convert-math-to-libm</c>).
/// </summary>
public sealed class MathToLlvmPass : Pass<MathToLlvmOptions>
{
    public override string Argument => "convert-math-to-llvm";

    public override string Description => "Convert Math dialect to LLVM dialect";

    protected override void RunOnOperation()
    {
        var converter = new LlvmTypeConverter(Context);
        var patterns = new RewritePatternSet(Context);
        MathToLlvmPatterns.PopulateMathToLlvmConversionPatterns(converter, patterns, Options.ApproximateLog1p);
        if (!DialectConversion.ApplyPartialConversion(Operation, LlvmTargets.Create(Context), new FrozenRewritePatternSet(patterns)))
            SignalPassFailure();
    }
}
