using System.Numerics;

namespace Dialectic.Core.Support.Float;

/// <summary>
/// A float value split into its parts. For <see cref="FloatCategory.Normal"/> the magnitude is exactly
/// <c>Significand * 2^Exponent</c>, where <see cref="Exponent"/> is the weight of the significand's least significant
/// bit (LLVM's <c>exponent - (precision - 1)</c>) and <see cref="Significand"/> includes the integer bit when it is set
/// (it is clear for denormals). For the other categories <see cref="Significand"/> holds the stored mantissa field
/// (the NaN payload) and <see cref="Exponent"/> is zero.
/// </summary>
/// <param name="Negative">The sign; always false for formats without a sign bit.</param>
/// <param name="Category">Zero, normal (including denormal), infinity or NaN.</param>
/// <param name="Significand">The integer significand (non-negative).</param>
/// <param name="Exponent">The power of two of the significand's least significant bit.</param>
public readonly record struct DecodedFloat(bool Negative, FloatCategory Category, BigInteger Significand, int Exponent);
