using Dialectic.Core.Rewrite;
using Dialectic.Dialects.Index;
using Dialectic.Passes.Conversion.ArithToLlvm;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.IndexToLlvm;

/// <summary>The patterns that lower the index dialect to the llvm dialect (MLIR's
/// <c>populateIndexToLLVMConversionPatterns</c>).</summary>
public static class IndexToLlvmPatterns
{
    /// <summary>
    /// Adds the lowerings of every index op: the arithmetic to the llvm op of the same meaning on the converted
    /// index type (<c>iN</c>), min/max to intrinsics, <c>ceildivs</c>/<c>ceildivu</c>/<c>floordivs</c> to short
    /// llvm sequences, casts to trunc/sext/zext, <c>cmp</c> to <c>icmp</c>, constants and <c>sizeof</c> to
    /// <c>llvm.mlir.constant</c>.
    /// </summary>
    public static void PopulateIndexToLlvmConversionPatterns(LlvmTypeConverter converter, RewritePatternSet patterns)
    {
        Direct(patterns, converter, AddOp.OperationName, "llvm.add");
        Direct(patterns, converter, SubOp.OperationName, "llvm.sub");
        Direct(patterns, converter, MulOp.OperationName, "llvm.mul");
        Direct(patterns, converter, DivSOp.OperationName, "llvm.sdiv");
        Direct(patterns, converter, DivUOp.OperationName, "llvm.udiv");
        Direct(patterns, converter, RemSOp.OperationName, "llvm.srem");
        Direct(patterns, converter, RemUOp.OperationName, "llvm.urem");
        Direct(patterns, converter, MaxSOp.OperationName, "llvm.intr.smax");
        Direct(patterns, converter, MaxUOp.OperationName, "llvm.intr.umax");
        Direct(patterns, converter, MinSOp.OperationName, "llvm.intr.smin");
        Direct(patterns, converter, MinUOp.OperationName, "llvm.intr.umin");
        Direct(patterns, converter, ShlOp.OperationName, "llvm.shl");
        Direct(patterns, converter, ShrSOp.OperationName, "llvm.ashr");
        Direct(patterns, converter, ShrUOp.OperationName, "llvm.lshr");
        Direct(patterns, converter, AndOp.OperationName, "llvm.and");
        Direct(patterns, converter, OrOp.OperationName, "llvm.or");
        Direct(patterns, converter, XOrOp.OperationName, "llvm.xor");
        patterns.Add(new CeilDivSLowering(converter));
        patterns.Add(new CeilDivULowering(converter));
        patterns.Add(new FloorDivSLowering(converter));
        patterns.Add(new IndexCastLowering(converter, CastSOp.OperationName, isUnsigned: false));
        patterns.Add(new IndexCastLowering(converter, CastUOp.OperationName, isUnsigned: true));
        patterns.Add(new CmpLowering(converter));
        patterns.Add(new ConstantLowering(converter));
        patterns.Add(new BoolConstantLowering(converter));
        patterns.Add(new SizeOfLowering(converter));
    }

    private static void Direct(RewritePatternSet patterns, LlvmTypeConverter converter, string source, string target) =>
        patterns.Add(new DirectLowering(converter, source, target));
}
