namespace Dialectic.Dialects.Tests.Execution;

/// <summary>What became of one version of a program (original, mlir-opt's, ours): its operation count and the
/// value its <c>main</c> returned, or why there is none.</summary>
/// <param name="Value">The i64 printed by mlir-runner-22; meaningful only when <see cref="Error"/> is null.</param>
/// <param name="Ops">Operations in the module (generic form), or -1 when unknown.</param>
/// <param name="Error">Null on success; else which step failed and its diagnostics.</param>
/// <param name="Path">The MLIR file this version was run from.</param>
/// <param name="Repro">Shell command lines that reproduce the run.</param>
internal sealed record ExecOutcome(long Value, int Ops, string? Error, string Path, string Repro)
{
    public bool Ok => Error == null;

    public string Describe() => Ok ? Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "error";
}
