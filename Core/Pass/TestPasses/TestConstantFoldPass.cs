using Dialectic.Core.Rewrite;

namespace Dialectic.Core.Pass.TestPasses;

/// <summary><c>-test-constant-fold</c>: folds every op under the op it runs on and uniques the constants
/// (<see cref="TestConstantFold"/>); op-agnostic.</summary>
public sealed class TestConstantFoldPass : Pass
{
    public override string Argument => "test-constant-fold";
    public override string Name => "TestConstantFold";
    public override string Description => "Test operation constant folding";

    protected override void RunOnOperation()
    {
        if (!TestConstantFold.Run(Operation))
            MarkAllAnalysesPreserved();
    }
}
