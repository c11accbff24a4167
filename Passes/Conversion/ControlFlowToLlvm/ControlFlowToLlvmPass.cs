using Dialectic.Core.IR.Builtin;
using Dialectic.Core.Pass;
using Dialectic.Core.Rewrite;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.ControlFlowToLlvm;

/// <summary>
/// MLIR's <c>convert-cf-to-llvm</c>: <c>cf.br</c>, <c>cf.cond_br</c> and <c>cf.switch</c> become their <c>llvm</c>
/// counterparts, and the arguments of the blocks they reach get LLVM types (<c>index</c> -&gt; <c>i64</c>, memrefs
/// -&gt;
/// descriptors), bridged to the ops not converted yet by <c>builtin.unrealized_conversion_cast</c>. Other ops are
/// left alone.
/// </summary>
public sealed class ControlFlowToLlvmPass : Pass<ControlFlowToLlvmOptions>
{
    public override string Argument => "convert-cf-to-llvm";

    public override string Description => "Convert ControlFlow operations to the LLVM dialect";

    /// <summary>The branch lowerings recurse along chains of blocks whose signatures they convert (see
    /// <see cref="ConvertedSuccessor"/>): allow chains as long as any real CFG (passes run on a 1 GiB stack).</summary>
    internal static readonly ConversionConfig Config = new() { MaxRecursionDepth = 1 << 16 };

    protected override void RunOnOperation()
    {
        var converter = new LlvmTypeConverter(Context,
            new LowerToLlvmOptions { IndexBitwidth = (int)Options.IndexBitwidth });
        var patterns = new RewritePatternSet(Context);
        ControlFlowToLlvmPatterns.PopulateControlFlowToLlvmConversionPatterns(converter, patterns);
        ControlFlowToLlvmPatterns.PopulateAssertToLlvmConversionPattern(converter, patterns);
        var target = new ConversionTarget(Context);
        target.AddLegalDialect("llvm");
        target.AddLegalOp<UnrealizedConversionCastOp>();
        target.AddIllegalOp<Dialects.ControlFlow.BranchOp>();
        target.AddIllegalOp<Dialects.ControlFlow.CondBranchOp>();
        target.AddIllegalOp<Dialects.ControlFlow.SwitchOp>();
        target.AddIllegalOp<Dialects.ControlFlow.AssertOp>();
        target.MarkUnknownOpDynamicallyLegal(static _ => true);
        if (!DialectConversion.ApplyPartialConversion(Operation, target, new FrozenRewritePatternSet(patterns), Config))
            SignalPassFailure();
    }
}
