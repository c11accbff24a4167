namespace Dialectic.Core.Syntax;

/// <summary>The knobs of MLIR's OpPrintingFlags that Dialectic supports.</summary>
public sealed record PrintingFlags
{
    /// <summary><c>--mlir-print-op-generic</c>: every op in generic form.</summary>
    public bool PrintGenericOpForm { get; init; }

    /// <summary>
    /// <c>--mlir-print-unique-ssa-ids</c>: never reuse value numbers across regions (always on with the generic
    /// form, as in MLIR).
    /// </summary>
    public bool PrintUniqueSsaIds { get; init; }

    /// <summary><c>--mlir-print-debuginfo</c>: trailing locations.</summary>
    public bool PrintDebugInfo { get; init; }

    /// <summary><c>--mlir-print-local-scope</c>: no aliases; everything inline.</summary>
    public bool UseLocalScope { get; init; }

    /// <summary><c>--mlir-elide-elementsattrs-if-larger=N</c>: elements attributes with more elements are elided.</summary>
    public long? ElideElementsAttrsIfLarger { get; init; }

    /// <summary>Dense elements with more elements than this print as hex (MLIR's default: 100).</summary>
    public long HexElementsThreshold { get; init; } = 100;

    public static PrintingFlags Default { get; } = new();
}
