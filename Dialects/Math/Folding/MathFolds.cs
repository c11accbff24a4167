using Dialectic.Core.IR;

namespace Dialectic.Dialects.Math.Folding;

/// <summary>Adapts the folding helpers' "attribute or null" to a single-result folder's answer.</summary>
internal static class MathFolds
{
    /// <summary>The constant to fold to, or null (no fold) when <paramref name="folded"/> is null.</summary>
    public static OpFoldResult? Result(Attribute? folded) => folded is null ? default(OpFoldResult?) : folded;
}
