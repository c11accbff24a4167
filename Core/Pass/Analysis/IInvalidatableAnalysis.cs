namespace Dialectic.Core.Pass.Analysis;

/// <summary>
/// An analysis that decides itself whether a pass invalidated it (MLIR's <c>isInvalidated</c> hook), e.g. one that
/// only depends on other analyses. Without it, an analysis is dropped unless the pass preserved its type.
/// </summary>
public interface IInvalidatableAnalysis
{
    /// <summary>True when the analysis must be recomputed given what the pass preserved.</summary>
    bool IsInvalidated(PreservedAnalyses preserved);
}
