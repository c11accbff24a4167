namespace Dialectic.Core.Pass.TestPasses;

/// <summary><c>-test-options-pass</c>: a <c>func.func</c> pass with list, string and enum options and no effect
/// (MLIR's test pass of the same name), for testing option parsing and printing.</summary>
public sealed class TestOptionsPass : Pass<TestOptions>
{
    public override string Argument => "test-options-pass";
    public override string Name => "(anonymous namespace)::TestOptionsPass";
    public override string Description => "Test options parsing capabilities";
    public override string? OpName => "func.func";

    protected override void RunOnOperation() => MarkAllAnalysesPreserved();
}
