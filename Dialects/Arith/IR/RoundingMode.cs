using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Arith;

/// <summary>
/// A floating-point rounding mode (upstream <c>Arith_RoundingModeAttr</c>, a 32-bit integer enum whose values are
/// LLVM's <c>RoundingMode</c>): <c>arith.truncf %x to_nearest_even : f32 to f16</c>, generic
/// <c>roundingmode = 0 : i32</c>.
/// </summary>
[EnumAttr("arith", "roundingmode", Width = 32, Summary = "Floating point rounding mode")]
public enum RoundingMode : int
{
    /// <summary>Round to nearest, ties to even.</summary>
    [EnumCase("to_nearest_even")] ToNearestEven = 0,
    /// <summary>Round toward negative infinity.</summary>
    [EnumCase("downward")] Downward = 1,
    /// <summary>Round toward positive infinity.</summary>
    [EnumCase("upward")] Upward = 2,
    /// <summary>Round toward zero.</summary>
    [EnumCase("toward_zero")] TowardZero = 3,
    /// <summary>Round to nearest, ties away from zero.</summary>
    [EnumCase("to_nearest_away")] ToNearestAway = 4,
}
