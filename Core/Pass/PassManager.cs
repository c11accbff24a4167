using System;
using System.IO;
using Dialectic.Core.IR;
using Dialectic.Core.Pass.Analysis;
using Dialectic.Core.Pass.Instrumentation;

namespace Dialectic.Core.Pass;

/// <summary>
/// The top-level pass manager (MLIR's <c>PassManager</c>): an <see cref="OpPassManager"/> bound to a context, with
/// the run settings (verification after each pass, multithreading) and the instrumentations.
/// </summary>
public sealed class PassManager : OpPassManager
{
    private readonly PassInstrumentor _instrumentor = new();
    private PassDisplayMode? _statisticsMode;
    private CrashReproducerGenerator? _reproducer;

    /// <summary>A manager for ops named <paramref name="anchorName"/> (<c>builtin.module</c> by default, or
    /// <c>any</c>).</summary>
    public PassManager(Context context, string anchorName = "builtin.module", PassNesting nesting = PassNesting.Explicit)
        : base(anchorName, nesting)
    {
        Context = context;
    }

    public Context Context { get; }

    /// <summary>Run the verifier after each pass (<c>--verify-each</c>, on by default).</summary>
    public bool VerifyPasses { get; set; } = true;

    /// <summary>Process the ops of nested managers in parallel (off with <c>--mlir-disable-threading</c>).</summary>
    public bool Multithreading { get; set; } = true;

    /// <summary>The most worker threads a parallel region uses (default: the processor count).</summary>
    public int DegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Attach "see current operation" notes to verifier and scheduling errors (off under
    /// <c>--verify-diagnostics</c>, as in mlir-opt).</summary>
    public bool AttachOperationNotes { get; set; } = true;

    /// <summary>Where instrumentations and passes write text for the user (IR dumps, statistics); stderr by
    /// default.</summary>
    public TextWriter Output { get; set; } = Console.Error;

    /// <summary>How IR dumps and reproducers print the IR.</summary>
    public Syntax.PrintingFlags PrintingFlags { get; set; } = Syntax.PrintingFlags.Default;

    // True when an IR printer prints at module scope: a nested op's dump shows the whole IR, so siblings must not
    // change meanwhile and the run is sequential.
    private bool _sequentialForPrinting;

    /// <summary>Adds an instrumentation; hooks run in the order instrumentations were added ("after" hooks
    /// reversed).</summary>
    public void AddInstrumentation(PassInstrumentation instrumentation) => _instrumentor.Add(instrumentation);

    /// <summary>Prints statistics to <see cref="Output"/> at the end of each run (<c>--mlir-pass-statistics</c>).</summary>
    public void EnableStatistics(PassDisplayMode mode = PassDisplayMode.Pipeline) => _statisticsMode = mode;

    /// <summary>Prints IR before/after passes as <paramref name="config"/> says
    /// (<c>--mlir-print-ir-*</c>).</summary>
    public void EnableIRPrinting(IRPrinterConfig config)
    {
        _sequentialForPrinting |= config.PrintModuleScope;
        AddInstrumentation(new IRPrinterInstrumentation(config, this));
    }

    /// <summary>Times passes and analyses under <paramref name="parent"/> (<c>--mlir-timing</c>).</summary>
    public void EnableTiming(TimingScope parent) => AddInstrumentation(new PassTimingInstrumentation(parent));

    /// <summary>
    /// On failure, writes the IR as it was before the failing pipeline (or, with <paramref name="local"/>, before
    /// the failing pass) to <paramref name="path"/> with the pipeline to replay it
    /// (<c>--mlir-pass-pipeline-crash-reproducer</c>). A local reproducer needs multithreading off: false with
    /// MLIR's message otherwise.
    /// </summary>
    public bool EnableCrashReproducerGeneration(string path, bool local, out string? error)
    {
        error = null;
        if (local && Multithreading)
        {
            error = "Local crash reproduction may not be used without disabling mutli-threading first.";
            return false;
        }
        _reproducer = new CrashReproducerGenerator(path, local);
        AddInstrumentation(new CrashReproducerInstrumentation(_reproducer));
        return true;
    }

    /// <summary>
    /// Runs the pipeline on <paramref name="op"/>, which must be named as this manager's anchor (any op for
    /// <c>any</c>). False when a pass failed; diagnostics say why.
    /// </summary>
    public bool Run(Operation op)
    {
        if (OpName != null && op.Name.Name != OpName)
        {
            op.EmitError($"can't run '{AnchorName}' pass manager on '{op.Name.Name}' op");
            return false;
        }
        if (!FinalizePassList())
            return false;
        ResetAsyncExecutors(this);
        if (!InitializePasses(Context))
            return false;
        var rc = new PassRunContext(Context, _instrumentor.Count > 0 ? _instrumentor : null, VerifyPasses, Multithreading && !_sequentialForPrinting,
            Math.Max(1, DegreeOfParallelism), AttachOperationNotes, new OrderedTextWriter(Output));
        var am = new AnalysisManager(op, null, rc.Instrumentor);
        bool ok;
        if (_reproducer != null)
        {
            _reproducer.Flags = PrintingFlags;
            _reproducer.Initialize(this, op, VerifyPasses, !Multithreading);
            ok = PassExecutor.RunPipeline(this, op, am, rc, null);
            _reproducer.Finalize(op, ok, PrintingFlags);
        }
        else
        {
            ok = PassExecutor.RunPipeline(this, op, am, rc, null);
        }
        if (_statisticsMode is { } mode)
            PassStatisticsPrinter.Print(this, mode, Output);
        Output.Flush();
        return ok;
    }

    /// <summary>Adds the counters of the clones that ran on worker threads into the original passes (and zeroes
    /// the clones'), so <see cref="Pass.Statistics"/> of the passes in this manager show totals. Printing
    /// statistics does it too.</summary>
    public void MergeStatistics() => PassStatisticsPrinter.Prepare(this);

    /// <summary>Folds the statistics of worker clones from an earlier run into the originals and drops the clones
    /// (they are made again, initialized, for this run).</summary>
    private static void ResetAsyncExecutors(OpPassManager pm)
    {
        foreach (var p in pm.Passes)
        {
            if (p is not OpToOpPassAdaptor adaptor)
                continue;
            PassStatisticsPrinter.MergeAsyncStatistics(adaptor);
            adaptor.AsyncExecutors.Clear();
            foreach (var nested in adaptor.Managers)
                ResetAsyncExecutors(nested);
        }
    }
}
