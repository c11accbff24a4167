using System.Collections.Generic;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Diagnostics;

/// <summary>
/// A located message with optional attached notes. Handlers receive the object when it is emitted and keep a
/// reference, so notes attached right after emission (the usual <c>op.EmitError(...).AttachNote(...)</c>
/// chain) are seen when the diagnostic is rendered.
/// </summary>
public sealed class Diagnostic
{
    private List<Diagnostic>? _notes;

    public Diagnostic(LocationAttr location, DiagnosticSeverity severity, string message)
    {
        Location = location;
        Severity = severity;
        Message = message;
    }

    public LocationAttr Location { get; }
    public DiagnosticSeverity Severity { get; }
    public string Message { get; set; }

    public IReadOnlyList<Diagnostic> Notes => (IReadOnlyList<Diagnostic>?)_notes ?? [];

    /// <summary>Attaches a note (at <paramref name="location"/>, or this diagnostic's location).</summary>
    public Diagnostic AttachNote(string message, LocationAttr? location = null)
    {
        (_notes ??= new()).Add(new Diagnostic(location ?? Location, DiagnosticSeverity.Note, message));
        return this;
    }

    /// <summary>Appends text to the message (MLIR's <c>diag &lt;&lt; ...</c>).</summary>
    public Diagnostic Append(string text)
    {
        Message += text;
        return this;
    }

    /// <summary>Lets failing code write <c>return op.EmitError(...)</c> in a bool-returning method.</summary>
    public static implicit operator bool(Diagnostic _) => false;

    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()}: {Message}";
}
