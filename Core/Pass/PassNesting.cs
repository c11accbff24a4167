namespace Dialectic.Core.Pass;

/// <summary>What <see cref="OpPassManager.AddPass"/> does with a pass anchored on another op than the manager.</summary>
public enum PassNesting
{
    /// <summary>Nest a manager for the pass's op and add it there (command-line pass flags).</summary>
    Implicit,

    /// <summary>Reject the pass: "did you intend to nest?" (textual pipelines, the default).</summary>
    Explicit,
}
