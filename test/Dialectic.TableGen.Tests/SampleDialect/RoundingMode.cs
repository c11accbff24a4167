using Dialectic.Core.IR.Declarations;

namespace Dialectic.TableGen.Tests.SampleDialect;

/// <summary><c>arith.truncf</c>'s rounding mode, as upstream's <c>Arith_RoundingModeAttr</c> (an i32 enum).</summary>
[EnumAttr("arith", "roundingmode", Width = 32)]
public enum RoundingMode
{
    [EnumCase("to_nearest_even")] ToNearestEven = 0,
    [EnumCase("downward")] Downward = 1,
    [EnumCase("upward")] Upward = 2,
    [EnumCase("toward_zero")] TowardZero = 3,
    [EnumCase("to_nearest_away")] ToNearestAway = 4,
}
