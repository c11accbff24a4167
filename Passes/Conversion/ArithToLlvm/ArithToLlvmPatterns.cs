using Dialectic.Core.Rewrite;
using Dialectic.Dialects.Arith;
using Dialectic.Passes.Conversion.LlvmCommon;
using K = Dialectic.Passes.Conversion.ArithToLlvm.AttrConversionKind;

namespace Dialectic.Passes.Conversion.ArithToLlvm;

/// <summary>The patterns that lower the arith dialect to the llvm dialect (MLIR's
/// <c>populateArithToLLVMConversionPatterns</c> and <c>populateCeilFloorDivExpandOpsPatterns</c>).</summary>
public static class ArithToLlvmPatterns
{
    /// <summary>
    /// Adds the lowerings of every arith op on scalars and 1-D vectors: one llvm op per arith op where LLVM has
    /// it (with the overflow and fast-math flags carried over), <c>llvm.mlir.constant</c> for constants,
    /// <c>icmp</c>/<c>fcmp</c> for comparisons, extensions or truncations for index casts, and short sequences for
    /// the extended ops. <c>arith.truncf</c> with a rounding mode is not lowered (the llvm dialect here has no
    /// constrained intrinsics yet).
    /// </summary>
    public static void PopulateArithToLlvmConversionPatterns(LlvmTypeConverter converter, RewritePatternSet patterns)
    {
        patterns.Add(new IdentityBitcastLowering(converter));
        Direct(patterns, converter, AddFOp.OperationName, "llvm.fadd", K.FastMath, fp: true);
        Direct(patterns, converter, AddIOp.OperationName, "llvm.add", K.Overflow);
        Direct(patterns, converter, AndIOp.OperationName, "llvm.and");
        patterns.Add(new ExtendedArithLowering(converter, AddUIExtendedOp.OperationName, ExtendedArithLowering.Kind.AddUI));
        Direct(patterns, converter, BitcastOp.OperationName, "llvm.bitcast");
        patterns.Add(new ConstantOpLowering(converter));
        patterns.Add(new CmpLowering(converter, CmpFOp.OperationName, isFloat: true));
        patterns.Add(new CmpLowering(converter, CmpIOp.OperationName, isFloat: false));
        Direct(patterns, converter, DivFOp.OperationName, "llvm.fdiv", K.FastMath, fp: true);
        Direct(patterns, converter, DivSIOp.OperationName, "llvm.sdiv");
        Direct(patterns, converter, DivUIOp.OperationName, "llvm.udiv");
        Direct(patterns, converter, ExtFOp.OperationName, "llvm.fpext", fp: true);
        Direct(patterns, converter, ExtSIOp.OperationName, "llvm.sext");
        Direct(patterns, converter, ExtUIOp.OperationName, "llvm.zext");
        Direct(patterns, converter, FPToSIOp.OperationName, "llvm.fptosi", fp: true);
        Direct(patterns, converter, FPToUIOp.OperationName, "llvm.fptoui", fp: true);
        patterns.Add(new IndexCastLowering(converter, IndexCastOp.OperationName, isUnsigned: false));
        patterns.Add(new IndexCastLowering(converter, IndexCastUIOp.OperationName, isUnsigned: true));
        Direct(patterns, converter, MaximumFOp.OperationName, "llvm.intr.maximum", K.FastMath, fp: true);
        Direct(patterns, converter, MaxNumFOp.OperationName, "llvm.intr.maxnum", K.FastMath, fp: true);
        Direct(patterns, converter, MaxSIOp.OperationName, "llvm.intr.smax");
        Direct(patterns, converter, MaxUIOp.OperationName, "llvm.intr.umax");
        Direct(patterns, converter, MinimumFOp.OperationName, "llvm.intr.minimum", K.FastMath, fp: true);
        Direct(patterns, converter, MinNumFOp.OperationName, "llvm.intr.minnum", K.FastMath, fp: true);
        Direct(patterns, converter, MinSIOp.OperationName, "llvm.intr.smin");
        Direct(patterns, converter, MinUIOp.OperationName, "llvm.intr.umin");
        Direct(patterns, converter, MulFOp.OperationName, "llvm.fmul", K.FastMath, fp: true);
        Direct(patterns, converter, MulIOp.OperationName, "llvm.mul", K.Overflow);
        patterns.Add(new ExtendedArithLowering(converter, MulSIExtendedOp.OperationName, ExtendedArithLowering.Kind.MulSI));
        patterns.Add(new ExtendedArithLowering(converter, MulUIExtendedOp.OperationName, ExtendedArithLowering.Kind.MulUI));
        Direct(patterns, converter, NegFOp.OperationName, "llvm.fneg", K.FastMath, fp: true);
        Direct(patterns, converter, OrIOp.OperationName, "llvm.or");
        Direct(patterns, converter, RemFOp.OperationName, "llvm.frem", K.FastMath, fp: true);
        Direct(patterns, converter, RemSIOp.OperationName, "llvm.srem");
        Direct(patterns, converter, RemUIOp.OperationName, "llvm.urem");
        Direct(patterns, converter, SelectOp.OperationName, "llvm.select");
        Direct(patterns, converter, ShLIOp.OperationName, "llvm.shl", K.Overflow);
        Direct(patterns, converter, ShRSIOp.OperationName, "llvm.ashr");
        Direct(patterns, converter, ShRUIOp.OperationName, "llvm.lshr");
        Direct(patterns, converter, SIToFPOp.OperationName, "llvm.sitofp");
        Direct(patterns, converter, SubFOp.OperationName, "llvm.fsub", K.FastMath, fp: true);
        Direct(patterns, converter, SubIOp.OperationName, "llvm.sub", K.Overflow);
        patterns.Add(new DirectLowering(converter, TruncFOp.OperationName, "llvm.fptrunc", K.PassThrough,
            failOnUnsupportedFloat: true, applies: static op => op.GetInherentAttr("roundingmode") == null));
        Direct(patterns, converter, TruncIOp.OperationName, "llvm.trunc", K.Overflow);
        Direct(patterns, converter, UIToFPOp.OperationName, "llvm.uitofp", fp: true);
        Direct(patterns, converter, XOrIOp.OperationName, "llvm.xor");
    }

    /// <summary>Adds the rewrites of <c>arith.ceildivsi</c>, <c>arith.ceildivui</c> and <c>arith.floordivsi</c>
    /// into arith ops LLVM has (MLIR's <c>populateCeilFloorDivExpandOpsPatterns</c>).</summary>
    public static void PopulateCeilFloorDivExpandPatterns(RewritePatternSet patterns)
    {
        var context = patterns.Context;
        patterns.Add(new CeilDivSIExpansion(context));
        patterns.Add(new CeilDivUIExpansion(context));
        patterns.Add(new FloorDivSIExpansion(context));
    }

    private static void Direct(RewritePatternSet patterns, LlvmTypeConverter converter, string source, string target,
        AttrConversionKind attrs = AttrConversionKind.PassThrough, bool fp = false) =>
        patterns.Add(new DirectLowering(converter, source, target, attrs, fp));
}
