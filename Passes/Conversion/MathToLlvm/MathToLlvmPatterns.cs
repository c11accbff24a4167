using Dialectic.Core.Rewrite;
using Dialectic.Dialects.Math;
using Dialectic.Passes.Conversion.ArithToLlvm;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.MathToLlvm;

/// <summary>The patterns that lower the math dialect to LLVM intrinsics (MLIR's
/// <c>populateMathToLLVMConversionPatterns</c>).</summary>
public static class MathToLlvmPatterns
{
    /// <summary>
    /// Adds the lowerings of the math ops LLVM has intrinsics for (on scalars and 1-D vectors, fast-math flags
    /// carried over), plus <c>rsqrt</c>, <c>expm1</c> and, when <paramref name="approximateLog1p"/>, <c>log1p</c>
    /// written with them. An intrinsic the llvm dialect here does not register (<c>tan</c>, <c>tanh</c>,
    /// <c>sinh</c>, <c>cosh</c>, <c>asin</c>, <c>acos</c>, <c>atan</c>, <c>atan2</c> at the time of writing) gets
    /// no pattern: those ops stay for <c>convert-math-to-libm</c>.
    /// </summary>
    public static void PopulateMathToLlvmConversionPatterns(LlvmTypeConverter converter, RewritePatternSet patterns,
        bool approximateLog1p = true)
    {
        Intrinsic(patterns, converter, AbsFOp.OperationName, "llvm.intr.fabs");
        Intrinsic(patterns, converter, CeilOp.OperationName, "llvm.intr.ceil");
        Intrinsic(patterns, converter, CopySignOp.OperationName, "llvm.intr.copysign");
        Intrinsic(patterns, converter, CosOp.OperationName, "llvm.intr.cos");
        Intrinsic(patterns, converter, CoshOp.OperationName, "llvm.intr.cosh");
        Intrinsic(patterns, converter, AcosOp.OperationName, "llvm.intr.acos");
        Intrinsic(patterns, converter, AsinOp.OperationName, "llvm.intr.asin");
        Intrinsic(patterns, converter, AtanOp.OperationName, "llvm.intr.atan");
        Intrinsic(patterns, converter, Atan2Op.OperationName, "llvm.intr.atan2");
        Intrinsic(patterns, converter, ExpOp.OperationName, "llvm.intr.exp");
        Intrinsic(patterns, converter, Exp2Op.OperationName, "llvm.intr.exp2");
        Intrinsic(patterns, converter, FloorOp.OperationName, "llvm.intr.floor");
        Intrinsic(patterns, converter, FmaOp.OperationName, "llvm.intr.fma");
        Intrinsic(patterns, converter, LogOp.OperationName, "llvm.intr.log");
        Intrinsic(patterns, converter, Log10Op.OperationName, "llvm.intr.log10");
        Intrinsic(patterns, converter, Log2Op.OperationName, "llvm.intr.log2");
        Intrinsic(patterns, converter, PowFOp.OperationName, "llvm.intr.pow");
        // llvm.intr.powi takes a scalar exponent only (upstream builds an invalid op for a vector one).
        patterns.Add(new DirectLowering(converter, FPowIOp.OperationName, "llvm.intr.powi", AttrConversionKind.FastMath,
            failOnUnsupportedFloat: true, applies: static op => op.GetOperand(1).Type is Core.IR.Types.IntegerType or Core.IR.Types.IndexType));
        Intrinsic(patterns, converter, RoundEvenOp.OperationName, "llvm.intr.roundeven");
        Intrinsic(patterns, converter, RoundOp.OperationName, "llvm.intr.round");
        Intrinsic(patterns, converter, SinOp.OperationName, "llvm.intr.sin");
        Intrinsic(patterns, converter, SinhOp.OperationName, "llvm.intr.sinh");
        Intrinsic(patterns, converter, SqrtOp.OperationName, "llvm.intr.sqrt");
        Intrinsic(patterns, converter, TanOp.OperationName, "llvm.intr.tan");
        Intrinsic(patterns, converter, TanhOp.OperationName, "llvm.intr.tanh");
        Intrinsic(patterns, converter, TruncOp.OperationName, "llvm.intr.trunc");
        patterns.Add(new DirectLowering(converter, CtPopOp.OperationName, "llvm.intr.ctpop"));
        patterns.Add(new IntegerIntrinsicLowering(converter, AbsIOp.OperationName, "llvm.intr.abs", "is_int_min_poison"));
        patterns.Add(new IntegerIntrinsicLowering(converter, CtlzOp.OperationName, "llvm.intr.ctlz", "is_zero_poison"));
        patterns.Add(new IntegerIntrinsicLowering(converter, CttzOp.OperationName, "llvm.intr.cttz", "is_zero_poison"));
        patterns.Add(new MathExpansionLowering(converter, RsqrtOp.OperationName, MathExpansionLowering.Kind.Rsqrt));
        patterns.Add(new MathExpansionLowering(converter, ExpM1Op.OperationName, MathExpansionLowering.Kind.ExpM1));
        if (approximateLog1p)
            patterns.Add(new MathExpansionLowering(converter, Log1pOp.OperationName, MathExpansionLowering.Kind.Log1p));
    }

    /// <summary>A float op to the intrinsic <paramref name="target"/> with its fast-math flags, when the llvm
    /// dialect registers that intrinsic.</summary>
    private static void Intrinsic(RewritePatternSet patterns, LlvmTypeConverter converter, string source, string target)
    {
        if (converter.Context.GetOperationName(target).IsRegistered)
            patterns.Add(new DirectLowering(converter, source, target, AttrConversionKind.FastMath, failOnUnsupportedFloat: true));
    }
}
