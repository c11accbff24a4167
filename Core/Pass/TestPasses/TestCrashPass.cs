using System;

namespace Dialectic.Core.Pass.TestPasses;

/// <summary><c>-test-pass-crash</c>: throws, to test that a crashing pass is a diagnostic and a failure rather than a
/// crash of the tool (MLIR's pass of the same name aborts).</summary>
public sealed class TestCrashPass : Pass
{
    public override string Argument => "test-pass-crash";
    public override string Name => "(anonymous namespace)::TestCrashRecoveryPass";
    public override string Description => "Test a pass in the pass manager that always crashes";

    protected override void RunOnOperation() => throw new InvalidOperationException("test-pass-crash always crashes");
}
