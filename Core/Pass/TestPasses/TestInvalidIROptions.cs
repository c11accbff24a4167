namespace Dialectic.Core.Pass.TestPasses;

/// <summary>Options of <see cref="TestInvalidIRPass"/>.</summary>
public sealed record TestInvalidIROptions
{
    [PassOption("signal-pass-failure", "Trigger a pass failure")]
    public bool SignalPassFailure { get; init; }

    [PassOption("emit-invalid-ir", "Emit invalid IR")]
    public bool EmitInvalidIR { get; init; } = true;
}
