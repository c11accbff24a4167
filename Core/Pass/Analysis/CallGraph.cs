using System.Collections.Generic;
using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Syntax;

namespace Dialectic.Core.Pass.Analysis;

/// <summary>
/// The call graph of the callables nested in an op (MLIR's <c>CallGraph</c>), computed generically: a callable is
/// an op defining a symbol (<see cref="OpTraits.Symbol"/>, not itself a symbol table) whose first region has a
/// body; a call is an op with a <c>callee</c> symbol reference, resolved in its nearest symbol table. Calls to a
/// declaration or to a symbol not found lead to the unknown callee node; the external caller node has an abstract
/// edge to each top-level callable.
/// </summary>
public sealed class CallGraph
{
    private readonly Dictionary<Region, CallGraphNode> _nodes = new(ReferenceEqualityComparer.Instance);
    private readonly List<CallGraphNode> _order = new();
    private readonly Dictionary<Operation, SymbolTable> _symbolTables = new(ReferenceEqualityComparer.Instance);

    public CallGraph(Operation op)
    {
        Operation = op;
        // Two walks, as MLIR: callables first (calls may refer to callables defined later), then calls.
        Compute(op, resolveCalls: false);
        Compute(op, resolveCalls: true);
    }

    /// <summary>The op whose nested callables are in the graph.</summary>
    public Operation Operation { get; }

    /// <summary>The node standing for callers outside the analyzed IR.</summary>
    public CallGraphNode ExternalCallerNode { get; } = new(null);

    /// <summary>The node standing for callees that could not be resolved.</summary>
    public CallGraphNode UnknownCalleeNode { get; } = new(null);

    /// <summary>The callable nodes, in the order they were found.</summary>
    public IReadOnlyList<CallGraphNode> Nodes => _order;

    /// <summary>The node of <paramref name="region"/>, or null.</summary>
    public CallGraphNode? Lookup(Region region) => _nodes.GetValueOrDefault(region);

    /// <summary>The region a callable op's node stands for, or null when the op is not callable.</summary>
    public static Region? CallableRegionOf(Operation op)
    {
        if (!op.HasTrait(OpTraits.Symbol) || op.HasTrait(OpTraits.SymbolTable) || op.NumRegions == 0)
            return null;
        var region = op.Regions[0];
        return region.FirstBlock == null ? null : region;
    }

    /// <summary>True when <paramref name="op"/> can be a callable (a symbol op with regions, body or not).</summary>
    private static bool IsCallable(Operation op) =>
        op.HasTrait(OpTraits.Symbol) && !op.HasTrait(OpTraits.SymbolTable) && op.NumRegions > 0;

    /// <summary>The symbol a call op calls, or null when the op is not a call.</summary>
    public static SymbolRefAttr? CalleeOf(Operation op) =>
        (op.GetInherentAttr("callee") ?? op.GetAttr("callee")) as SymbolRefAttr;

    /// <summary>The node a call resolves to: the callee's node, or the unknown callee node.</summary>
    public CallGraphNode ResolveCallable(Operation call)
    {
        if (CalleeOf(call) is { } callee && LookupNearestSymbol(call, callee) is { } target
            && CallableRegionOf(target) is { } region && Lookup(region) is { } node)
            return node;
        return UnknownCalleeNode;
    }

    private Operation? LookupNearestSymbol(Operation from, SymbolRefAttr reference)
    {
        for (var op = from.ParentOp; op != null; op = op.ParentOp)
        {
            if (!op.HasTrait(OpTraits.SymbolTable))
                continue;
            if (!_symbolTables.TryGetValue(op, out var table))
                _symbolTables[op] = table = new SymbolTable(op);
            var found = table.Lookup(reference.RootReference);
            foreach (var nested in reference.NestedReferences)
                found = found == null ? null : new SymbolTable(found).Lookup(nested);
            return found;
        }
        return null;
    }

    private void Compute(Operation root, bool resolveCalls)
    {
        // Iterative walk carrying the enclosing callable's node.
        var work = new Stack<(Operation Op, CallGraphNode? Parent)>();
        work.Push((root, null));
        while (work.Count > 0)
        {
            var (op, parent) = work.Pop();
            if (CalleeOf(op) != null)
            {
                if (resolveCalls && parent != null)
                    parent.AddEdge(ResolveCallable(op), CallGraphEdgeKind.Call);
                continue;
            }
            if (IsCallable(op))
            {
                var region = CallableRegionOf(op);
                if (region == null)
                    continue;
                parent = GetOrAddNode(region, parent);
            }
            var children = new List<Operation>();
            foreach (var r in op.Regions)
                for (var b = r.FirstBlock; b != null; b = b.NextBlock)
                    for (var nested = b.FirstOp; nested != null; nested = nested.NextOp)
                        children.Add(nested);
            for (int i = children.Count - 1; i >= 0; i--)
                work.Push((children[i], parent));
        }
    }

    private CallGraphNode GetOrAddNode(Region region, CallGraphNode? parent)
    {
        if (_nodes.TryGetValue(region, out var node))
            return node;
        node = new CallGraphNode(region);
        _nodes.Add(region, node);
        _order.Add(node);
        if (parent != null)
            parent.AddEdge(node, CallGraphEdgeKind.Child);
        else
            ExternalCallerNode.AddEdge(node, CallGraphEdgeKind.Abstract);
        return node;
    }

    /// <summary>
    /// The strongly connected components reachable from the external caller node, callees before callers
    /// (post-order, as <c>llvm::scc_iterator</c> visits them: same DFS order, same order inside a component).
    /// </summary>
    public List<List<CallGraphNode>> StronglyConnectedComponents()
    {
        var result = new List<List<CallGraphNode>>();
        var number = new Dictionary<CallGraphNode, uint>(ReferenceEqualityComparer.Instance);
        var sccStack = new List<CallGraphNode>();
        var visit = new List<(CallGraphNode Node, int NextChild, uint MinVisited)>();
        uint visitNum = 0;
        void VisitOne(CallGraphNode n)
        {
            ++visitNum;
            number[n] = visitNum;
            sccStack.Add(n);
            visit.Add((n, 0, visitNum));
        }
        VisitOne(ExternalCallerNode);
        while (visit.Count > 0)
        {
            // Descend through unvisited children of the top of the visit stack.
            while (true)
            {
                var top = visit[^1];
                if (top.NextChild >= top.Node.Edges.Count)
                    break;
                var child = top.Node.Edges[top.NextChild].Target;
                visit[^1] = (top.Node, top.NextChild + 1, top.MinVisited);
                if (!number.TryGetValue(child, out uint childNum))
                {
                    VisitOne(child);
                    continue;
                }
                if (visit[^1].MinVisited > childNum)
                    visit[^1] = (visit[^1].Node, visit[^1].NextChild, childNum);
            }
            var (visiting, _, min) = visit[^1];
            visit.RemoveAt(visit.Count - 1);
            if (visit.Count > 0 && visit[^1].MinVisited > min)
                visit[^1] = (visit[^1].Node, visit[^1].NextChild, min);
            if (min != number[visiting])
                continue;
            var scc = new List<CallGraphNode>();
            CallGraphNode popped;
            do
            {
                popped = sccStack[^1];
                sccStack.RemoveAt(sccStack.Count - 1);
                number[popped] = uint.MaxValue;
                scc.Add(popped);
            }
            while (popped != visiting);
            result.Add(scc);
        }
        return result;
    }

    /// <summary>The graph in the format of MLIR's <c>CallGraph::print</c> (what <c>-test-print-callgraph</c>
    /// shows).</summary>
    public string Print()
    {
        var sb = new StringBuilder("// ---- CallGraph ----\n");
        foreach (var node in _order)
        {
            sb.Append("// - Node : ");
            AppendName(sb, node);
            sb.Append('\n');
            foreach (var edge in node.Edges)
            {
                sb.Append("// -- ").Append(edge.Kind switch
                {
                    CallGraphEdgeKind.Call => "Call",
                    CallGraphEdgeKind.Child => "Child",
                    _ => "",
                }).Append("-Edge : ");
                AppendName(sb, edge.Target);
                sb.Append('\n');
            }
            sb.Append("//\n");
        }
        sb.Append("// -- SCCs --\n");
        foreach (var scc in StronglyConnectedComponents())
        {
            sb.Append("// - SCC : \n");
            foreach (var node in scc)
            {
                sb.Append("// -- Node :");
                AppendName(sb, node);
                sb.Append('\n');
            }
            sb.Append('\n');
        }
        sb.Append("// -------------------\n");
        return sb.ToString();
    }

    private void AppendName(StringBuilder sb, CallGraphNode node)
    {
        if (node == ExternalCallerNode)
        {
            sb.Append("<External-Caller-Node>");
            return;
        }
        if (node == UnknownCalleeNode)
        {
            sb.Append("<Unknown-Callee-Node>");
            return;
        }
        var region = node.CallableRegion!;
        var op = region.ParentOp!;
        sb.Append('\'').Append(op.Name.Name).Append("' - Region #").Append(region.RegionNumber);
        // Inherent and discardable attributes together, sorted by name, as MLIR prints the op's attribute dictionary.
        var entries = new List<NamedAttribute>();
        if (op.Properties is DictionaryAttr props)
            foreach (var e in props.Entries)
                entries.Add(e);
        foreach (var e in op.Attributes.Entries)
            if (entries.FindIndex(x => x.Name == e.Name) < 0)
                entries.Add(e);
        if (entries.Count > 0)
            sb.Append(" : ").Append(AsmPrinter.AttributeToString(DictionaryAttr.Get(op.Context, entries.ToArray())));
    }
}
