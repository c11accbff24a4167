namespace Dialectic.Core.Diagnostics;

/// <summary>Severity of a diagnostic, as MLIR's: note, warning, error, remark.</summary>
public enum DiagnosticSeverity : byte
{
    Note,
    Warning,
    Error,
    Remark,
}
