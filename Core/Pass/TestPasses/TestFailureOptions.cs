namespace Dialectic.Core.Pass.TestPasses;

/// <summary>Options of <see cref="TestFailurePass"/>.</summary>
public sealed record TestFailureOptions
{
    [PassOption("gen-diagnostics", "Generate a diagnostic message")]
    public bool GenDiagnostics { get; init; }
}
