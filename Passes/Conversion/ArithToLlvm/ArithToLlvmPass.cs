using Dialectic.Core.Pass;
using Dialectic.Core.Rewrite;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.ArithToLlvm;

/// <summary>
/// MLIR's <c>convert-arith-to-llvm</c>: lowers the arith ops on scalars and 1-D vectors to llvm ops, expanding
/// <c>ceildivsi</c>, <c>ceildivui</c> and <c>floordivsi</c> first. A partial conversion: ops it cannot lower stay,
/// and values whose type changed (index) are bridged with <c>builtin.unrealized_conversion_cast</c>.
/// </summary>
public sealed class ArithToLlvmPass : Pass<ArithToLlvmOptions>
{
    public override string Argument => "convert-arith-to-llvm";

    public override string Description => "Convert Arith dialect to LLVM dialect";

    private const uint IntegerTypeMaxWidth = (uint)Core.IR.Types.IntegerType.MaxWidth;

    protected override void RunOnOperation()
    {
        if (Options.IndexBitwidth > IntegerTypeMaxWidth)
        {
            Context.EmitError(Operation.Location, $"invalid index-bitwidth {Options.IndexBitwidth}");
            SignalPassFailure();
            return;
        }
        var converter = new LlvmTypeConverter(Context, new LowerToLlvmOptions { IndexBitwidth = (int)Options.IndexBitwidth });
        var patterns = new RewritePatternSet(Context);
        ArithToLlvmPatterns.PopulateCeilFloorDivExpandPatterns(patterns);
        ArithToLlvmPatterns.PopulateArithToLlvmConversionPatterns(converter, patterns);
        if (!DialectConversion.ApplyPartialConversion(Operation, LlvmTargets.Create(Context), new FrozenRewritePatternSet(patterns)))
            SignalPassFailure();
    }
}
