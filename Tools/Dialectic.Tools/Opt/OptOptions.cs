namespace Dialectic.Tools.Opt;

/// <summary>The command line of dialectic-opt, as parsed by <see cref="OptMain"/>.</summary>
public sealed record OptOptions
{
    public string Input { get; init; } = "-";
    public string Output { get; init; } = "-";
    public string? SplitInputMarker { get; init; }
    public string OutputSplitMarker { get; init; } = "// -----";
    public bool VerifyDiagnostics { get; init; }
    public bool AllowUnregisteredDialects { get; init; }
    public bool PrintGeneric { get; init; }
    public bool PrintDebugInfo { get; init; }
    public bool PrintLocalScope { get; init; }
    public bool PrintUniqueSsaIds { get; init; }
    public long? ElideElementsAttrsIfLarger { get; init; }
    public bool VerifyEach { get; init; } = true;

    /// <summary>Run MLIR's <c>-test-constant-fold</c> (fold every op, unique constants) before printing.</summary>
    public bool TestConstantFold { get; init; }
    public bool ShowDialects { get; init; }
    public string? DumpDialectDocs { get; init; }
    public bool NoImplicitModule { get; init; }
    public bool Help { get; init; }

    /// <summary>Set by the reader: the input was not valid UTF-8 and is held one char per byte.</summary>
    public bool InputIsByteText { get; init; }
}
