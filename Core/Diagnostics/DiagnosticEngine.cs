using System;
using System.Collections.Generic;
using System.Threading;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Diagnostics;

/// <summary>
/// Routes emitted diagnostics to the registered handlers, most recent first; a handler returning true consumes
/// the diagnostic. Without handlers, errors are counted and kept in <see cref="Unhandled"/>.
/// </summary>
public sealed class DiagnosticEngine
{
    private readonly List<Func<Diagnostic, bool>> _handlers = new();
    private readonly Lock _lock = new();
    private int _errorCount;

    // The last diagnostic emitted on each thread (with its engine): code that attaches notes to what a callee
    // reported must not see a diagnostic another thread emitted in between (passes run in parallel).
    [ThreadStatic] private static Diagnostic? t_lastEmitted;
    [ThreadStatic] private static DiagnosticEngine? t_lastEngine;

    /// <summary>Diagnostics no handler consumed.</summary>
    public List<Diagnostic> Unhandled { get; } = new();

    /// <summary>The diagnostic most recently emitted on the calling thread (to attach notes after a callee
    /// reported an error).</summary>
    public Diagnostic? LastEmitted => ReferenceEquals(t_lastEngine, this) ? t_lastEmitted : null;

    /// <summary>Number of errors emitted so far.</summary>
    public int ErrorCount => _errorCount;

    /// <summary>Registers a handler; disposing the result removes it.</summary>
    public IDisposable AddHandler(Func<Diagnostic, bool> handler)
    {
        lock (_lock)
            _handlers.Add(handler);
        return new Registration(this, handler);
    }

    /// <summary>Creates and emits a diagnostic; returns it so notes can be attached.</summary>
    public Diagnostic Emit(LocationAttr location, DiagnosticSeverity severity, string message)
    {
        var diag = new Diagnostic(location, severity, message);
        Emit(diag);
        return diag;
    }

    /// <summary>Emits an existing diagnostic.</summary>
    public void Emit(Diagnostic diag)
    {
        t_lastEngine = this;
        t_lastEmitted = diag;
        lock (_lock)
        {
            if (diag.Severity == DiagnosticSeverity.Error)
                _errorCount++;
            for (int i = _handlers.Count - 1; i >= 0; i--)
                if (_handlers[i](diag))
                    return;
            Unhandled.Add(diag);
        }
    }

    /// <summary>Hands an already emitted diagnostic to the handlers again without counting it (the pass
    /// manager replays diagnostics captured on worker threads in IR order).</summary>
    internal void Dispatch(Diagnostic diag)
    {
        lock (_lock)
        {
            for (int i = _handlers.Count - 1; i >= 0; i--)
                if (_handlers[i](diag))
                    return;
            Unhandled.Add(diag);
        }
    }

    private sealed class Registration(DiagnosticEngine engine, Func<Diagnostic, bool> handler) : IDisposable
    {
        public void Dispose()
        {
            lock (engine._lock)
                engine._handlers.Remove(handler);
        }
    }
}
