namespace Dialectic.Core.Pass.TestPasses;

/// <summary><c>-test-function-pass</c>: a pass on <c>func.func</c> that does nothing (MLIR's test pass of the same
/// name).</summary>
public sealed class TestFunctionPass : Pass
{
    public override string Argument => "test-function-pass";
    public override string Name => "(anonymous namespace)::TestFunctionPass";
    public override string Description => "Test a function pass in the pass manager";
    public override string? OpName => "func.func";

    protected override void RunOnOperation() { }
}
