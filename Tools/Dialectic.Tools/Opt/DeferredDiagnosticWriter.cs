using System.IO;
using System.Text;
using Dialectic.Core.Diagnostics;

namespace Dialectic.Tools.Opt;

/// <summary>
/// stderr as the pass manager and the diagnostics share it: a diagnostic is rendered when the next one arrives,
/// when other text is written, or at the end, so notes attached right after emission are shown and IR dumps and
/// diagnostics come out in the order they happened (mlir-opt prints both to stderr as they come).
/// </summary>
public sealed class DeferredDiagnosticWriter : TextWriter
{
    private readonly TextWriter _inner;
    private readonly DiagnosticRenderer _renderer;
    private Diagnostic? _pending;

    public DeferredDiagnosticWriter(TextWriter inner, DiagnosticRenderer renderer)
    {
        _inner = inner;
        _renderer = renderer;
    }

    public override Encoding Encoding => _inner.Encoding;

    /// <summary>Takes a new diagnostic, rendering the previous one.</summary>
    public bool Handle(Diagnostic diagnostic)
    {
        FlushPending();
        _pending = diagnostic;
        return true;
    }

    /// <summary>Renders the diagnostic still held, if any.</summary>
    public void FlushPending()
    {
        if (_pending == null)
            return;
        var d = _pending;
        _pending = null;
        _renderer.Render(d, _inner);
    }

    public override void Write(char value)
    {
        FlushPending();
        _inner.Write(value);
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return;
        FlushPending();
        _inner.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        FlushPending();
        _inner.Write(buffer, index, count);
    }

    public override void Flush()
    {
        FlushPending();
        _inner.Flush();
    }
}
