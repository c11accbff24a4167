using Dialectic.Core.Pass;

namespace Dialectic.Passes.Transforms;

/// <summary>The canonicalizer's <c>region-simplify</c> option (MLIR's <c>GreedySimplifyRegionLevel</c>).</summary>
public enum RegionSimplifyMode
{
    [PassOptionValue("disabled", "Don't run any control-flow simplification.")]
    Disabled,

    [PassOptionValue("normal", "Perform simple control-flow simplifications (e.g. dead args elimination).")]
    Normal,

    [PassOptionValue("aggressive", "Perform aggressive control-flow simplification (e.g. block merging).")]
    Aggressive,
}
