namespace Dialectic.TableGen.Model;

/// <summary>The parser's output for one declaration: the model (null when malformed) and the diagnostics.</summary>
internal sealed record OpParseResult(OpModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
