using Microsoft.CodeAnalysis;

namespace Dialectic.TableGen.Model;

/// <summary>A generator diagnostic as data: which descriptor, where, and the message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments) =>
        new(descriptor.Id, LocationInfo.From(location), new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Diagnostics.ById(Id), Location?.ToLocation(), System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Cast<object>(Arguments)));
}
