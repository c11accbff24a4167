using System.Collections.Generic;
using Dialectic.Core.Pass;
using Dialectic.Core.Pass.Instrumentation;

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
    public bool ShowDialects { get; init; }
    public string? DumpDialectDocs { get; init; }
    public bool NoImplicitModule { get; init; }
    public bool Help { get; init; }

    /// <summary>Set by the reader: the input was not valid UTF-8 and is held one char per byte.</summary>
    public bool InputIsByteText { get; init; }

    // ---- pass pipeline ----

    /// <summary>Passes and pipelines given as flags, in order; they build the pipeline on the top-level op.</summary>
    public IReadOnlyList<PassFlag> PassFlags { get; init; } = [];

    /// <summary><c>--pass-pipeline</c>: a textual pipeline (exclusive with pass flags).</summary>
    public string? PassPipeline { get; init; }

    /// <summary><c>--dump-pass-pipeline</c>: print the pipeline to stderr before running it.</summary>
    public bool DumpPassPipeline { get; init; }

    /// <summary><c>--list-passes</c>: print the registered passes and exit.</summary>
    public bool ListPasses { get; init; }

    /// <summary><c>--mlir-disable-threading</c>: run nested pipelines sequentially.</summary>
    public bool DisableThreading { get; init; }

    // ---- instrumentation ----

    public IReadOnlyList<string> PrintIRBefore { get; init; } = [];
    public IReadOnlyList<string> PrintIRAfter { get; init; } = [];
    public bool PrintIRBeforeAll { get; init; }
    public bool PrintIRAfterAll { get; init; }
    public bool PrintIRAfterChange { get; init; }
    public bool PrintIRAfterFailure { get; init; }
    public bool PrintIRModuleScope { get; init; }

    public bool Timing { get; init; }
    public TimingDisplayMode TimingDisplay { get; init; } = TimingDisplayMode.Tree;

    public bool PassStatistics { get; init; }
    public PassDisplayMode PassStatisticsDisplay { get; init; } = PassDisplayMode.Pipeline;

    /// <summary><c>--mlir-pass-pipeline-crash-reproducer</c>: where to write a reproducer when the pipeline fails.</summary>
    public string? ReproducerFile { get; init; }

    /// <summary><c>--mlir-pass-pipeline-local-reproducer</c>: reproduce the failing pass alone.</summary>
    public bool LocalReproducer { get; init; }

    /// <summary><c>--run-reproducer</c>: run the pipeline stored in the input's <c>mlir_reproducer</c> resource.</summary>
    public bool RunReproducer { get; init; }
}
