using Dialectic.Core.Rewrite;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.ControlFlowToLlvm;

/// <summary>The patterns of <c>convert-cf-to-llvm</c> (MLIR's
/// <c>populateControlFlowToLLVMConversionPatterns</c>).</summary>
public static class ControlFlowToLlvmPatterns
{
    /// <summary>Adds the lowerings of <c>cf.br</c>, <c>cf.cond_br</c> and <c>cf.switch</c>.</summary>
    public static void PopulateControlFlowToLlvmConversionPatterns(LlvmTypeConverter converter,
        RewritePatternSet patterns)
    {
        var context = patterns.Context;
        patterns.Add(new BranchOpLowering(converter.Converter, context));
        patterns.Add(new CondBranchOpLowering(converter.Converter, context));
        patterns.Add(new SwitchOpLowering(converter.Converter, context));
    }

    /// <summary>Adds the lowering of <c>cf.assert</c> (a call to <c>puts</c> and <c>abort</c> when it fails).</summary>
    public static void PopulateAssertToLlvmConversionPattern(LlvmTypeConverter converter, RewritePatternSet patterns) =>
        patterns.Add(new AssertOpLowering(converter, patterns.Context));
}
