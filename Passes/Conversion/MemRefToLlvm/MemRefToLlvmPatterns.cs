using Dialectic.Core.Rewrite;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary>The memref-to-llvm conversion patterns (MLIR's <c>populateFinalizeMemRefToLLVMConversionPatterns</c>).</summary>
public static class MemRefToLlvmPatterns
{
    /// <summary>Adds the memref lowerings with the default options (<c>malloc</c>/<c>free</c>).</summary>
    public static void PopulateFinalizeMemRefToLlvmConversionPatterns(LlvmTypeConverter converter, RewritePatternSet patterns) =>
        PopulateFinalizeMemRefToLlvmConversionPatterns(converter, patterns, new MemRefToLlvmOptions());

    /// <summary>Adds the memref lowerings; <paramref name="options"/> chooses the allocation functions.</summary>
    public static void PopulateFinalizeMemRefToLlvmConversionPatterns(LlvmTypeConverter converter, RewritePatternSet patterns,
        MemRefToLlvmOptions options)
    {
        patterns.Add(new AllocOpLowering(converter, options.UseAlignedAlloc, options.UseGenericFunctions));
        patterns.Add(new AllocaOpLowering(converter));
        patterns.Add(new DeallocOpLowering(converter, options.UseGenericFunctions));
        patterns.Add(new LoadOpLowering(converter));
        patterns.Add(new StoreOpLowering(converter));
        patterns.Add(new DimOpLowering(converter));
        patterns.Add(new RankOpLowering(converter));
        patterns.Add(new CastOpLowering(converter));
        patterns.Add(new CopyOpLowering(converter));
        patterns.Add(new GlobalOpLowering(converter));
        patterns.Add(new GetGlobalOpLowering(converter));
        patterns.Add(new ReinterpretCastOpLowering(converter));
        patterns.Add(new SubViewOpLowering(converter));
        patterns.Add(new ExtractStridedMetadataOpLowering(converter));
        patterns.Add(new ExtractAlignedPointerAsIndexOpLowering(converter));
        patterns.Add(new AssumeAlignmentOpLowering(converter));
        patterns.Add(new ViewOpLowering(converter));
        patterns.Add(new AllocaScopeOpLowering(converter));
        patterns.Add(new ReshapeOpLowering<Dialects.MemRef.ExpandShapeOp>(converter));
        patterns.Add(new ReshapeOpLowering<Dialects.MemRef.CollapseShapeOp>(converter));
    }
}
