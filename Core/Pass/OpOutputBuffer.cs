using System.Collections.Generic;
using System.IO;
using System.Text;
using Dialectic.Core.Diagnostics;

namespace Dialectic.Core.Pass;

/// <summary>
/// What a parallel worker produced for one op, in order: diagnostics and text for a writer. Replayed on the
/// calling thread in the order of the ops in the IR, so output does not depend on scheduling (MLIR's
/// <c>ParallelDiagnosticHandler</c>, extended to instrumentation text).
/// </summary>
internal sealed class OpOutputBuffer
{
    private readonly List<object> _events = new();
    private TextWriter? _lastTarget;
    private StringBuilder? _lastText;

    public void AddText(TextWriter target, string text)
    {
        if (_lastTarget == target && _lastText != null)
        {
            _lastText.Append(text);
            return;
        }
        _lastTarget = target;
        _lastText = new StringBuilder(text);
        _events.Add((target, _lastText));
    }

    public void AddDiagnostic(Diagnostic diagnostic)
    {
        _lastTarget = null;
        _lastText = null;
        _events.Add(diagnostic);
    }

    /// <summary>Defers <paramref name="action"/> to the replay, at this point of the op's output.</summary>
    public void AddAction(System.Action action)
    {
        _lastTarget = null;
        _lastText = null;
        _events.Add(action);
    }

    /// <summary>Emits the buffered diagnostics to <paramref name="engine"/>'s handlers and writes the text, in
    /// the order they were produced.</summary>
    public void Replay(DiagnosticEngine engine)
    {
        foreach (var e in _events)
        {
            if (e is Diagnostic d)
                engine.Dispatch(d);
            else if (e is System.Action action)
                action();
            else
            {
                var (target, text) = ((TextWriter, StringBuilder))e;
                ParallelOutput.Write(target, text.ToString());
            }
        }
    }
}
