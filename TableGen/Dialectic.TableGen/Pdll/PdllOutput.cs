using Dialectic.TableGen.Model;

namespace Dialectic.TableGen.Pdll;

/// <summary>What compiling one <c>[PdllPatterns]</c> class produced: a source file (absent after errors) and
/// diagnostics.</summary>
internal sealed record PdllOutput(string? HintName, string? Source, EquatableArray<PdllDiagnostic> Diagnostics);
