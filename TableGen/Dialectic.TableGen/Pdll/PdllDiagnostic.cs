using Dialectic.TableGen.Model;
using Microsoft.CodeAnalysis;

namespace Dialectic.TableGen.Pdll;

/// <summary>A PDLL diagnostic as data (descriptor id, formatted message, location), so that models stay equatable.</summary>
internal sealed record PdllDiagnostic(string Id, string Message, LocationInfo? Location)
{
    public Diagnostic ToDiagnostic() => Diagnostic.Create(PdllDiagnostics.ById(Id), Location?.ToLocation(), Message);
}
