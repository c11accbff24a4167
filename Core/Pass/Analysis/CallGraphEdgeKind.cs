namespace Dialectic.Core.Pass.Analysis;

/// <summary>What an edge of the call graph stands for (MLIR's <c>CallGraphNode::Edge::Kind</c>).</summary>
public enum CallGraphEdgeKind
{
    /// <summary>The target may be called from outside (edges of the external caller node).</summary>
    Abstract,

    /// <summary>A call in the source callable reaches the target.</summary>
    Call,

    /// <summary>The target callable is nested in the source callable.</summary>
    Child,
}
