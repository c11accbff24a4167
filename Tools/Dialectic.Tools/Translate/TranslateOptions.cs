namespace Dialectic.Tools.Translate;

/// <summary>dialectic-translate's command line: input (a path or <c>-</c>), output (<c>-</c> for stdout), the
/// translation and whether the input is split on <c>// -----</c>.</summary>
public sealed record TranslateOptions
{
    public string Input { get; init; } = "-";

    public string Output { get; init; } = "-";

    /// <summary>The split marker, or null when the input is one buffer.</summary>
    public string? SplitInputMarker { get; init; }

    /// <summary>The marker written (on its own line) between the outputs of split chunks; empty by default, as
    /// mlir-translate.</summary>
    public string OutputSplitMarker { get; init; } = "";

    /// <summary>True once <c>--mlir-to-llvmir</c> was given (the only translation; it is also the default).</summary>
    public bool MlirToLlvmIr { get; init; }

    public bool Help { get; init; }
}
