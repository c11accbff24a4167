using System.Collections.Generic;
using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Pass;
using Dialectic.Core.Pass.Analysis;

namespace Dialectic.Passes.Transforms;

/// <summary>
/// MLIR's <c>inline</c>: walks the call graph's strongly connected components bottom-up (callees before callers);
/// for each component, up to <c>max-iterations</c> times, runs the optimization pipeline on its callables and then
/// inlines every call whose callee has a body, is not self-recursive, does not contain the call, is not marked
/// <c>no_inline</c> and is small enough. At the end, private callables no longer referenced are erased.
/// </summary>
public sealed class Inliner : Pass<InlinerOptions>
{
    private readonly PassStatistic _numInlinedCalls = new("num-inlined-calls", "Number of inlined calls");

    public override string Argument => "inline";

    public override string Description => "Inline function calls";

    protected override void RunOnOperation()
    {
        var errors = new StringBuilder();
        var graph = new CallGraph(Operation);
        var pipelines = new Dictionary<string, OpPassManager?>();
        var selfRecursive = new Dictionary<Region, bool>(ReferenceEqualityComparer.Instance);
        long maxIterations = Options.MaxIterations;
        foreach (var scc in graph.StronglyConnectedComponents())
        {
            long iteration = 0;
            do
            {
                foreach (var node in scc)
                {
                    if (node.CallableOp is not { } callable || callable.Block == null)
                        continue;
                    var pipeline = PipelineFor(callable, pipelines, errors);
                    if (pipeline == null)
                    {
                        Context.EmitError(callable.Location, errors.ToString().TrimEnd());
                        SignalPassFailure();
                        return;
                    }
                    if (!RunPipeline(pipeline, callable))
                    {
                        SignalPassFailure();
                        return;
                    }
                }
                selfRecursive.Clear();
                if (!InlineCallsInScc(graph, scc, selfRecursive))
                    break;
            } while (++iteration < maxIterations);
        }
        EraseDeadCallables(graph);
    }

    /// <summary>
    /// The optimization pipeline for callables named like <paramref name="callable"/>: its entry of
    /// <c>op-pipelines</c>, else <c>default-pipeline</c>; parsed once per run. Null (with the parser's message in
    /// <paramref name="errors"/>) when it does not parse.
    /// </summary>
    private OpPassManager? PipelineFor(Operation callable, Dictionary<string, OpPassManager?> cache, StringBuilder errors)
    {
        string name = callable.Name.Name;
        if (cache.TryGetValue(name, out var pm))
            return pm;
        string? error = null;
        pm = null;
        foreach (var entry in Options.OpPipelines)
        {
            if (!PassRegistry.Default.TryParsePipeline(entry, out var parsed, out error))
                break;
            if (parsed!.AnchorName == name)
            {
                pm = parsed;
                break;
            }
        }
        if (pm == null && error == null)
        {
            pm = new OpPassManager(name);
            if (!PassRegistry.Default.TryAddToPipeline(pm, Options.DefaultPipeline, out error))
                pm = null;
        }
        if (pm == null)
            errors.Append(error);
        cache[name] = pm;
        return pm;
    }

    /// <summary>Inlines the eligible calls found in the callables of <paramref name="scc"/>; true when any was.</summary>
    private bool InlineCallsInScc(CallGraph graph, List<CallGraphNode> scc, Dictionary<Region, bool> selfRecursive)
    {
        var calls = new List<Operation>();
        foreach (var node in scc)
            if (node.CallableRegion is { } region && node.CallableOp!.Block != null)
                CollectCalls(region, calls);
        // Calls brought by an inlined body are tried too, with the chain of callees they came through: one whose
        // callee is in its chain would unroll a recursion and is skipped (MLIR's inline history).
        var history = new List<(CallGraphNode Callee, int Parent)>();
        var origin = new List<int>(calls.Count);
        for (int i = 0; i < calls.Count; i++)
            origin.Add(-1);
        var newCalls = new List<Operation>();
        bool inlined = false;
        for (int i = 0; i < calls.Count; i++)
        {
            var call = calls[i];
            if (call.Block == null)
                continue;
            var target = graph.ResolveCallable(call);
            if (target.CallableRegion is not { } body || target.CallableOp is not { } callee || callee.Block == null)
                continue;
            // Calls between members of a recursive component stay: inlining them would only unroll the recursion.
            if (scc.Contains(target) || InHistory(history, origin[i], target))
                continue;
            if (!ShouldInline(call, graph, body, selfRecursive))
                continue;
            newCalls.Clear();
            if (!InlinerUtils.InlineCall(call, callee, body, newCalls))
                continue;
            history.Add((target, origin[i]));
            foreach (var c in newCalls)
            {
                calls.Add(c);
                origin.Add(history.Count - 1);
            }
            _numInlinedCalls.Increment();
            inlined = true;
        }
        return inlined;
    }

    private static bool InHistory(List<(CallGraphNode Callee, int Parent)> history, int entry, CallGraphNode node)
    {
        for (int i = entry; i >= 0; i = history[i].Parent)
            if (ReferenceEquals(history[i].Callee, node))
                return true;
        return false;
    }

    private bool ShouldInline(Operation call, CallGraph graph, Region body, Dictionary<Region, bool> selfRecursive)
    {
        if (call.GetInherentAttr("no_inline") != null || call.GetAttr("no_inline") != null)
            return false;
        // A callee that contains the call, or that calls itself, is never inlined.
        if (call.ParentRegion is { } callRegion && body.IsAncestorOf(callRegion))
            return false;
        if (!selfRecursive.TryGetValue(body, out bool recursive))
        {
            var nested = new List<Operation>();
            CollectCalls(body, nested);
            recursive = false;
            foreach (var c in nested)
                if (ReferenceEquals(graph.ResolveCallable(c).CallableRegion, body))
                {
                    recursive = true;
                    break;
                }
            selfRecursive[body] = recursive;
        }
        if (recursive)
            return false;
        long threshold = Options.InliningThreshold;
        if (threshold == uint.MaxValue)
            return true;
        // Profitability: the callee's op count in percent of the caller's must not exceed the threshold.
        var callerRegion = call.ParentRegion;
        while (callerRegion?.ParentOp is { } parent && CallGraph.CallableRegionOf(parent) == null)
            callerRegion = parent.ParentRegion;
        long calleeOps = CountOps(body);
        long callerOps = callerRegion == null ? 0 : CountOps(callerRegion);
        return callerOps == 0 ? calleeOps == 0 : calleeOps * 100 <= threshold * callerOps;
    }

    private static long CountOps(Region region)
    {
        long count = 0;
        var work = new Stack<Region>();
        work.Push(region);
        while (work.Count > 0)
            for (var b = work.Pop().FirstBlock; b != null; b = b.NextBlock)
                for (var op = b.FirstOp; op != null; op = op.NextOp)
                {
                    count++;
                    foreach (var r in op.Regions)
                        work.Push(r);
                }
        return count;
    }

    /// <summary>Appends the call ops nested in <paramref name="region"/>, in order, not looking into nested
    /// callables (they are call graph nodes of their own).</summary>
    private static void CollectCalls(Region region, List<Operation> calls)
    {
        var work = new Stack<Operation>();
        var children = new List<Operation>();
        for (var b = region.LastBlock; b != null; b = b.PrevBlock)
            for (var op = b.LastOp; op != null; op = op.PrevOp)
                work.Push(op);
        while (work.Count > 0)
        {
            var op = work.Pop();
            if (CallGraph.CalleeOf(op) != null)
            {
                calls.Add(op);
                continue;
            }
            if (CallGraph.CallableRegionOf(op) != null)
                continue;
            children.Clear();
            foreach (var r in op.Regions)
                for (var b = r.FirstBlock; b != null; b = b.NextBlock)
                    for (var nested = b.FirstOp; nested != null; nested = nested.NextOp)
                        children.Add(nested);
            for (int i = children.Count - 1; i >= 0; i--)
                work.Push(children[i]);
        }
    }

    /// <summary>
    /// Erases callables of the graph that are private and referenced by no symbol use left in the IR, repeating
    /// while erasing one leaves another unreferenced (a reference from inside a callable to itself does not count).
    /// </summary>
    private static void EraseDeadCallables(CallGraph graph)
    {
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var node in graph.Nodes)
            {
                if (node.CallableOp is not { } op || op.Block == null || !IsPrivate(op))
                    continue;
                if (SymbolTable.GetSymbolName(op) is not { } name || HasUsesOutside(graph.Operation, op, name))
                    continue;
                op.Erase();
                changed = true;
            }
        }
    }

    private static bool IsPrivate(Operation op) =>
        (op.GetInherentAttr("sym_visibility") ?? op.GetAttr("sym_visibility")) is StringAttr { Value: "private" };

    private static bool HasUsesOutside(Operation root, Operation symbol, string name)
    {
        var work = new Stack<Operation>();
        var attrs = new Stack<Attribute>();
        work.Push(root);
        while (work.Count > 0)
        {
            var op = work.Pop();
            if (ReferenceEquals(op, symbol))
                continue;
            if (op.Properties is { } props)
                attrs.Push(props);
            attrs.Push(op.Attributes);
            while (attrs.Count > 0)
            {
                switch (attrs.Pop())
                {
                    case SymbolRefAttr reference when reference.RootReference == name:
                        return true;
                    case DictionaryAttr dict:
                        foreach (var entry in dict.Entries)
                            attrs.Push(entry.Value);
                        break;
                    case ArrayAttr array:
                        foreach (var element in array.Elements)
                            attrs.Push(element);
                        break;
                }
            }
            foreach (var r in op.Regions)
                for (var b = r.FirstBlock; b != null; b = b.NextBlock)
                    for (var nested = b.FirstOp; nested != null; nested = nested.NextOp)
                        work.Push(nested);
        }
        return false;
    }
}
