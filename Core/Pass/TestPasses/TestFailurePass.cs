namespace Dialectic.Core.Pass.TestPasses;

/// <summary><c>-test-pass-failure</c>: always fails, after an <c>illegal operation</c> error with
/// <c>gen-diagnostics</c> (MLIR's test pass of the same name). For testing failure handling, IR printing after
/// failure and reproducers.</summary>
public sealed class TestFailurePass : Pass<TestFailureOptions>
{
    public override string Argument => "test-pass-failure";
    public override string Name => "(anonymous namespace)::TestFailurePass";
    public override string Description => "Test a pass in the pass manager that always fails";

    protected override void RunOnOperation()
    {
        if (Options.GenDiagnostics)
            Operation.EmitError("illegal operation");
        SignalPassFailure();
    }
}
