namespace Dialectic.Core.Pass.Analysis;

/// <summary>An edge of the call graph: its target and kind.</summary>
public readonly record struct CallGraphEdge(CallGraphNode Target, CallGraphEdgeKind Kind);
