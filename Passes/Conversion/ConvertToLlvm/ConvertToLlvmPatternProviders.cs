using System;
using System.Collections.Generic;
using Dialectic.Core.Rewrite;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.ConvertToLlvm;

/// <summary>
/// The dialects <c>convert-to-llvm</c> knows how to lower (MLIR's <c>ConvertToLLVMPatternInterface</c>
/// implementations),
/// each with the function adding its conversion patterns. Ordered as listed; a dialect's patterns are used only when
/// the dialect occurs in the IR.
/// </summary>
public static class ConvertToLlvmPatternProviders
{
    /// <summary>(dialect namespace, populate function) pairs.</summary>
    public static IReadOnlyList<(string Dialect, Action<LlvmTypeConverter, RewritePatternSet> Populate)> All { get; } =
    [
        ("arith", ArithToLlvm.ArithToLlvmPatterns.PopulateArithToLlvmConversionPatterns),
        ("cf", static (converter, patterns) =>
        {
            ControlFlowToLlvm.ControlFlowToLlvmPatterns.PopulateControlFlowToLlvmConversionPatterns(converter,
                patterns);
            ControlFlowToLlvm.ControlFlowToLlvmPatterns.PopulateAssertToLlvmConversionPattern(converter, patterns);
        }),
        ("func", FuncToLlvm.FuncToLlvmPatterns.PopulateFuncToLlvmConversionPatterns),
        ("index", IndexToLlvm.IndexToLlvmPatterns.PopulateIndexToLlvmConversionPatterns),
        ("math", static (converter, patterns) =>
            MathToLlvm.MathToLlvmPatterns.PopulateMathToLlvmConversionPatterns(converter, patterns)),
        ("memref", static (converter, patterns) =>
            MemRefToLlvm.MemRefToLlvmPatterns.PopulateFinalizeMemRefToLlvmConversionPatterns(converter, patterns)),
    ];
}
