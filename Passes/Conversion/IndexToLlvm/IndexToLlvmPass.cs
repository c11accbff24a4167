using Dialectic.Core.Pass;
using Dialectic.Core.Rewrite;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Passes.Conversion.ArithToLlvm;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.IndexToLlvm;

/// <summary>
/// MLIR's <c>convert-index-to-llvm</c>: lowers the index dialect to the llvm dialect, <c>index</c> becoming
/// <c>iN</c> (N = <c>index-bitwidth</c>, 64 by default). A partial conversion: values whose type changed are
/// bridged with <c>builtin.unrealized_conversion_cast</c>.
/// </summary>
public sealed class IndexToLlvmPass : Pass<IndexToLlvmOptions>
{
    public override string Argument => "convert-index-to-llvm";

    public override string Description => "Lower the `index` dialect to the `llvm` dialect.";

    protected override void RunOnOperation()
    {
        if (Options.IndexBitwidth > (uint)Core.IR.Types.IntegerType.MaxWidth)
        {
            Context.EmitError(Operation.Location, $"invalid index-bitwidth {Options.IndexBitwidth}");
            SignalPassFailure();
            return;
        }
        var converter = new LlvmTypeConverter(Context, new LowerToLlvmOptions { IndexBitwidth = (int)Options.IndexBitwidth });
        var patterns = new RewritePatternSet(Context);
        IndexToLlvmPatterns.PopulateIndexToLlvmConversionPatterns(converter, patterns);
        var target = LlvmTargets.Create(Context);
        target.AddIllegalDialect("index");
        if (!DialectConversion.ApplyPartialConversion(Operation, target, new FrozenRewritePatternSet(patterns)))
            SignalPassFailure();
    }
}
