using Dialectic.Core.IR;

namespace Dialectic.Core.Pass.TestPasses;

/// <summary><c>-test-stats-pass</c>: counts the ops it runs on, twice, in two statistics declared in reverse name
/// order (MLIR's test pass of the same name: the report sorts them).</summary>
public sealed class TestStatisticPass : Pass
{
    private readonly PassStatistic _opCountDuplicate = new("num-ops2", "Number of operations counted one more time");
    private readonly PassStatistic _opCount = new("num-ops", "Number of operations counted");

    public override string Argument => "test-stats-pass";
    public override string Name => "(anonymous namespace)::TestStatisticPass";
    public override string Description => "Test pass statistics";

    protected override void RunOnOperation()
    {
        Operation.Walk((Operation _) => _opCount.Increment());
        Operation.Walk((Operation _) => _opCountDuplicate.Increment());
        MarkAllAnalysesPreserved();
    }
}
