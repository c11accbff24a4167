using Microsoft.CodeAnalysis;

namespace Dialectic.TableGen.Pdll;

/// <summary>
/// The PDLL compiler's diagnostics, <c>DIA1001</c>...; each is located in the <c>.pdll</c> file (or, for a missing
/// file or a malformed class, at the <c>[PdllPatterns]</c> attribute). Messages are formatted when reported.
/// </summary>
#pragma warning disable RS2000 // Listed in TableGen/README.md; AnalyzerReleases.Unshipped.md (the op generator's release notes) is not ours to edit.
internal static class PdllDiagnostics
{
    private const string Category = "Dialectic.TableGen.Pdll";

    public static readonly DiagnosticDescriptor Syntax = Error("DIA1001", "PDLL syntax error");
    public static readonly DiagnosticDescriptor UnknownOp = Error("DIA1002", "Unknown op in PDLL");
    public static readonly DiagnosticDescriptor UnknownVariable = Error("DIA1003", "Unknown PDLL variable");
    public static readonly DiagnosticDescriptor UnknownNative = Error("DIA1004", "Unknown PDLL constraint or rewrite");
    public static readonly DiagnosticDescriptor Arity = Error("DIA1005", "Wrong number of PDLL arguments");
    public static readonly DiagnosticDescriptor MissingImplementation = Error("DIA1006", "PDLL native function not implemented in C#");
    public static readonly DiagnosticDescriptor FileNotFound = Error("DIA1007", "PDLL file not found");
    public static readonly DiagnosticDescriptor BadClass = Error("DIA1008", "Invalid PDLL patterns class");
    public static readonly DiagnosticDescriptor BadPattern = Error("DIA1009", "Invalid PDLL pattern");
    public static readonly DiagnosticDescriptor KindMismatch = Error("DIA1010", "PDLL kind mismatch");
    public static readonly DiagnosticDescriptor Unbound = Error("DIA1011", "PDLL variable not bound by the match");
    public static readonly DiagnosticDescriptor ResultTypes = Error("DIA1012", "PDLL result types cannot be inferred");
    public static readonly DiagnosticDescriptor Unsupported = Error("DIA1013", "PDLL construct not supported");
    public static readonly DiagnosticDescriptor Duplicate = Error("DIA1014", "Duplicate PDLL declaration");

    private static readonly DiagnosticDescriptor[] All =
    [
        Syntax, UnknownOp, UnknownVariable, UnknownNative, Arity, MissingImplementation, FileNotFound, BadClass, BadPattern,
        KindMismatch, Unbound, ResultTypes, Unsupported, Duplicate,
    ];

    public static DiagnosticDescriptor ById(string id)
    {
        foreach (var d in All)
            if (d.Id == id)
                return d;
        throw new System.ArgumentException("unknown diagnostic " + id, nameof(id));
    }

    private static DiagnosticDescriptor Error(string id, string title) =>
        new(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
#pragma warning restore RS2000
