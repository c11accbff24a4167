using System.Collections.Generic;
using System.Threading;
using Dialectic.Core.IR;

namespace Dialectic.Core.Pass;

/// <summary>
/// Calls the registered instrumentations, one hook at a time whatever thread calls (MLIR's
/// <c>PassInstrumentor</c> with its mutex): "before" hooks in registration order, "after" hooks reversed.
/// </summary>
internal sealed class PassInstrumentor
{
    private readonly List<PassInstrumentation> _instrumentations = new();
    private readonly Lock _lock = new();

    public int Count => _instrumentations.Count;

    public void Add(PassInstrumentation instrumentation)
    {
        lock (_lock)
            _instrumentations.Add(instrumentation);
    }

    public void RunBeforePipeline(string? opName, PipelineParentInfo parent)
    {
        lock (_lock)
            foreach (var i in _instrumentations)
                i.RunBeforePipeline(opName, parent);
    }

    public void RunAfterPipeline(string? opName, PipelineParentInfo parent)
    {
        lock (_lock)
            for (int k = _instrumentations.Count - 1; k >= 0; k--)
                _instrumentations[k].RunAfterPipeline(opName, parent);
    }

    public void RunBeforePass(Pass pass, Operation op)
    {
        lock (_lock)
            foreach (var i in _instrumentations)
                i.RunBeforePass(pass, op);
    }

    public void RunAfterPass(Pass pass, Operation op)
    {
        lock (_lock)
            for (int k = _instrumentations.Count - 1; k >= 0; k--)
                _instrumentations[k].RunAfterPass(pass, op);
    }

    public void RunAfterPassFailed(Pass pass, Operation op)
    {
        lock (_lock)
            for (int k = _instrumentations.Count - 1; k >= 0; k--)
                _instrumentations[k].RunAfterPassFailed(pass, op);
    }

    public void RunBeforeAnalysis(string name, System.Type type, Operation op)
    {
        lock (_lock)
            foreach (var i in _instrumentations)
                i.RunBeforeAnalysis(name, type, op);
    }

    public void RunAfterAnalysis(string name, System.Type type, Operation op)
    {
        lock (_lock)
            for (int k = _instrumentations.Count - 1; k >= 0; k--)
                _instrumentations[k].RunAfterAnalysis(name, type, op);
    }
}
