namespace Dialectic.Core.Pass.Instrumentation;

/// <summary>How <c>--mlir-timing</c> shows the report (<c>--mlir-timing-display</c>).</summary>
public enum TimingDisplayMode
{
    /// <summary>Timers merged by name, sorted by wall time.</summary>
    List,

    /// <summary>The nesting of pipelines and passes (the default).</summary>
    Tree,
}
