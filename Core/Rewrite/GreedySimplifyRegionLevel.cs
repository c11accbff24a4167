namespace Dialectic.Core.Rewrite;

/// <summary>How much control-flow cleanup the greedy driver does after each sweep (MLIR's
/// <c>GreedySimplifyRegionLevel</c>, the canonicalizer's <c>region-simplify</c>).</summary>
public enum GreedySimplifyRegionLevel
{
    /// <summary>None.</summary>
    Disabled,
    /// <summary>Erase unreachable blocks, dead ops and dead block arguments.</summary>
    Normal,
    /// <summary>Normal, plus merging identical blocks and dropping arguments that always receive one value.</summary>
    Aggressive,
}
