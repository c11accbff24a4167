namespace Dialectic.Dialects.Math.Folding;

/// <summary>
/// The C library math functions the <c>math</c> folders evaluate on the host, as MLIR's folders call the host
/// <c>libm</c> (<c>sin</c>/<c>sinf</c>, ...) for f64 and f32 constants. Each has a double and a float entry point.
/// </summary>
internal enum HostFunction
{
    Acos,
    Acosh,
    Asin,
    Asinh,
    Atan,
    Atanh,
    Cos,
    Cosh,
    Erf,
    Erfc,
    Exp,
    Exp2,
    Expm1,
    Log,
    Log10,
    Log1p,
    Log2,
    Round,
    Sin,
    Sinh,
    Sqrt,
    Tan,
    Tanh,
    Trunc,
    Atan2,
    Pow,
}
