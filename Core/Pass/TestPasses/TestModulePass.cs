namespace Dialectic.Core.Pass.TestPasses;

/// <summary><c>-test-module-pass</c>: a pass on <c>builtin.module</c> that does nothing (MLIR's test pass of the same
/// name; its name matches mlir-opt's so IR dumps compare byte for byte).</summary>
public sealed class TestModulePass : Pass
{
    public override string Argument => "test-module-pass";
    public override string Name => "(anonymous namespace)::TestModulePass";
    public override string Description => "Test a module pass in the pass manager";
    public override string? OpName => "builtin.module";

    protected override void RunOnOperation() { }
}
