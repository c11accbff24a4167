using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Pass.Analysis;

/// <summary>
/// A node of the <see cref="CallGraph"/>: a callable region (the body of a function), or one of the two special
/// nodes, the external caller and the unknown callee. Edges are unique (per target and kind) and kept in the
/// order they were found.
/// </summary>
public sealed class CallGraphNode
{
    private readonly List<CallGraphEdge> _edges = new();
    private readonly HashSet<CallGraphEdge> _edgeSet = new();

    internal CallGraphNode(Region? callableRegion) => CallableRegion = callableRegion;

    /// <summary>The callable region; null for the external caller and unknown callee nodes.</summary>
    public Region? CallableRegion { get; }

    /// <summary>The op owning the callable region (e.g. the <c>func.func</c>), or null.</summary>
    public Operation? CallableOp => CallableRegion?.ParentOp;

    /// <summary>True for the external caller and unknown callee nodes.</summary>
    public bool IsExternal => CallableRegion == null;

    public IReadOnlyList<CallGraphEdge> Edges => _edges;

    /// <summary>True when some edge is a <see cref="CallGraphEdgeKind.Child"/> edge.</summary>
    public bool HasChildren
    {
        get
        {
            foreach (var e in _edges)
                if (e.Kind == CallGraphEdgeKind.Child)
                    return true;
            return false;
        }
    }

    internal void AddEdge(CallGraphNode target, CallGraphEdgeKind kind)
    {
        var edge = new CallGraphEdge(target, kind);
        if (_edgeSet.Add(edge))
            _edges.Add(edge);
    }
}
