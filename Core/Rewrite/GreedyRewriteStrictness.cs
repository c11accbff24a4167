namespace Dialectic.Core.Rewrite;

/// <summary>Which ops the greedy driver may process (MLIR's <c>GreedyRewriteStrictness</c>).</summary>
public enum GreedyRewriteStrictness
{
    /// <summary>Any op in scope, including ops created or changed by rewrites.</summary>
    AnyOp,
    /// <summary>Only the initial ops and ops created by rewrites.</summary>
    ExistingAndNewOps,
    /// <summary>Only the initial ops.</summary>
    ExistingOps,
}
