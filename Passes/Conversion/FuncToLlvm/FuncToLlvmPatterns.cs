using Dialectic.Core.Rewrite;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.FuncToLlvm;

/// <summary>The func-to-llvm conversion patterns (MLIR's <c>populateFuncToLLVMConversionPatterns</c>).</summary>
public static class FuncToLlvmPatterns
{
    /// <summary>Adds the lowering of <c>func.func</c> alone (MLIR's <c>populateFuncToLLVMFuncOpConversionPattern</c>).</summary>
    public static void PopulateFuncToLlvmFuncOpConversionPattern(LlvmTypeConverter converter, RewritePatternSet patterns) =>
        patterns.Add(new FuncOpLowering(converter));

    /// <summary>Adds the lowerings of <c>func.func</c>, <c>func.call</c>, <c>func.return</c>,
    /// <c>func.constant</c> and <c>func.call_indirect</c>.</summary>
    public static void PopulateFuncToLlvmConversionPatterns(LlvmTypeConverter converter, RewritePatternSet patterns)
    {
        PopulateFuncToLlvmFuncOpConversionPattern(converter, patterns);
        patterns.Add(new CallOpLowering(converter));
        patterns.Add(new ReturnOpLowering(converter));
        patterns.Add(new ConstantOpLowering(converter));
        patterns.Add(new CallIndirectOpLowering(converter));
    }
}
