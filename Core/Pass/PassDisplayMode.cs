namespace Dialectic.Core.Pass;

/// <summary>How <c>--mlir-pass-statistics</c> shows statistics (MLIR's <c>PassDisplayMode</c>).</summary>
public enum PassDisplayMode
{
    /// <summary>One entry per pass name, merged over the pipeline, sorted by name.</summary>
    List,

    /// <summary>The nested structure of the pipeline.</summary>
    Pipeline,
}
