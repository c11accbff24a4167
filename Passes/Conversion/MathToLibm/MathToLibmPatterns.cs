using Dialectic.Core.Rewrite;
using Dialectic.Dialects.Math;

namespace Dialectic.Passes.Conversion.MathToLibm;

/// <summary>The patterns that turn math ops into calls to the C math library (MLIR's
/// <c>populateMathToLibmConversionPatterns</c>).</summary>
public static class MathToLibmPatterns
{
    /// <summary>
    /// Adds, for each math op libm has a function for, the call on f32 (<c>sinf</c>) and f64 (<c>sin</c>), and the
    /// promotion of f16 and bf16 through f32. Vectors are not unrolled (no vector dialect here): they stay.
    /// </summary>
    public static void PopulateMathToLibmConversionPatterns(RewritePatternSet patterns)
    {
        Libm(patterns, AbsFOp.OperationName, "fabs");
        Libm(patterns, AcosOp.OperationName, "acos");
        Libm(patterns, AcoshOp.OperationName, "acosh");
        Libm(patterns, AsinOp.OperationName, "asin");
        Libm(patterns, AsinhOp.OperationName, "asinh");
        Libm(patterns, Atan2Op.OperationName, "atan2");
        Libm(patterns, AtanOp.OperationName, "atan");
        Libm(patterns, AtanhOp.OperationName, "atanh");
        Libm(patterns, CbrtOp.OperationName, "cbrt");
        Libm(patterns, CeilOp.OperationName, "ceil");
        Libm(patterns, CosOp.OperationName, "cos");
        Libm(patterns, CoshOp.OperationName, "cosh");
        Libm(patterns, ErfOp.OperationName, "erf");
        Libm(patterns, ErfcOp.OperationName, "erfc");
        Libm(patterns, ExpOp.OperationName, "exp");
        Libm(patterns, Exp2Op.OperationName, "exp2");
        Libm(patterns, ExpM1Op.OperationName, "expm1");
        Libm(patterns, FloorOp.OperationName, "floor");
        Libm(patterns, FmaOp.OperationName, "fma");
        Libm(patterns, LogOp.OperationName, "log");
        Libm(patterns, Log10Op.OperationName, "log10");
        Libm(patterns, Log1pOp.OperationName, "log1p");
        Libm(patterns, Log2Op.OperationName, "log2");
        Libm(patterns, PowFOp.OperationName, "pow");
        Libm(patterns, RoundOp.OperationName, "round");
        Libm(patterns, RoundEvenOp.OperationName, "roundeven");
        Libm(patterns, RsqrtOp.OperationName, "rsqrt");
        Libm(patterns, SinOp.OperationName, "sin");
        Libm(patterns, SinhOp.OperationName, "sinh");
        Libm(patterns, SqrtOp.OperationName, "sqrt");
        Libm(patterns, TanOp.OperationName, "tan");
        Libm(patterns, TanhOp.OperationName, "tanh");
        Libm(patterns, TruncOp.OperationName, "trunc");
    }

    /// <summary><paramref name="op"/> to <c>@{name}f</c> / <c>@{name}</c>, f16/bf16 through f32.</summary>
    private static void Libm(RewritePatternSet patterns, string op, string name)
    {
        patterns.Add(new LibmCallLowering(patterns.Context, op, name + "f", name));
        patterns.Add(new PromoteToF32Lowering(patterns.Context, op));
    }
}
