using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dialectic.TableGen.Pdll.Compile;

/// <summary>Collects the diagnostics of one PDLL file, located in it.</summary>
internal sealed class DiagnosticSink(PdllSource file)
{
    public List<PdllDiagnostic> Diagnostics { get; } = new();

    public int Count => Diagnostics.Count;

    public void Error(DiagnosticDescriptor descriptor, TextSpan span, string message) =>
        Diagnostics.Add(new PdllDiagnostic(descriptor.Id, message, file.Locate(span)));
}
