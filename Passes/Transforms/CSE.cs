using Dialectic.Core.Pass;
using Dialectic.Core.Pass.Analysis;
using Dialectic.Core.Verification;

namespace Dialectic.Passes.Transforms;

/// <summary>MLIR's <c>cse</c>: eliminates common sub-expressions (and trivially dead ops met on the way).</summary>
public sealed class CSE : Pass
{
    private readonly PassStatistic _numCse = new("num-cse", "Number of operations CSE'd");
    private readonly PassStatistic _numDce = new("num-dce", "Number of operations DCE'd");

    public override string Argument => "cse";

    public override string Description => "Eliminate common sub-expressions";

    // Reused by every run of this instance (clones run on other threads with their own).
    private readonly CseDriver _driver = new();

    protected override void RunOnOperation()
    {
        var driver = _driver;
        bool changed = driver.Run(Operation, new DominanceInfo());
        _numCse.Add(driver.NumCse);
        _numDce.Add(driver.NumDce);
        // Nothing changed: every analysis still holds. Otherwise dominance does (CSE only removes non-terminators).
        if (!changed)
            MarkAllAnalysesPreserved();
        else
            MarkAnalysesPreserved<DominanceAnalysis>();
    }
}
