using Dialectic.TableGen.Model;

namespace Dialectic.TableGen.Pdll;

/// <summary>A <c>[PdllPatterns("file.pdll")]</c> class: where the generated part goes, which file it compiles, and the
/// static methods PDLL native declarations may bind to.</summary>
internal sealed record PdllClassModel(
    string? Namespace,
    string ClassName,
    bool IsStatic,
    string File,
    LocationInfo? Location,
    EquatableArray<NativeMethod> Methods,
    EquatableArray<PdllDiagnostic> Diagnostics)
{
    public string FullName => Namespace is null ? "global::" + ClassName : "global::" + Namespace + "." + ClassName;
}
