using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;

namespace Dialectic.Core.Analysis.DataFlow;

/// <summary>
/// The callables whose every caller is known (MLIR's <c>PredecessorState::allPredecessorsKnown</c> for a callable),
/// for <see cref="LivenessAnalysis"/>: a symbol op with a body that is not public, whose every symbol reference in
/// the IR is the <c>callee</c> of a call resolving to it, with a <c>function_type</c> matching its entry block, its
/// return-like terminators and the operand counts of its calls. Only such callables may change signature.
/// </summary>
/// <remarks>
/// References are matched by leaf name: a name referenced by anything other than a resolved call disqualifies every
/// callable of that name (conservative across nested symbol tables). O(ops + attribute elements).
/// </remarks>
internal sealed class LivenessCallables
{
    private readonly Dictionary<Operation, List<Operation>> _callSites = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Operation, Operation> _calleeOfCall = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Operation, SymbolTable> _tables = new(ReferenceEqualityComparer.Instance);

    /// <summary>Collects the tracked callables nested in <paramref name="root"/>.</summary>
    public LivenessCallables(Operation root)
    {
        var candidates = new List<Operation>();
        var calls = new List<(Operation Call, Operation Callee)>();
        var otherRefs = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new Stack<Attribute>();
        var ops = new Stack<Operation>();
        ops.Push(root);
        while (ops.Count > 0)
        {
            var op = ops.Pop();
            // Callers are only all visible from a symbol table holding the callable: never track the root itself,
            // nor anything under a root that is not a symbol table (a function run on alone).
            if (CallableRegion(op) != null && !ReferenceEquals(op, root) && root.HasTrait(OpTraits.SymbolTable))
                candidates.Add(op);
            SymbolRefAttr? callee = ReferenceEquals(op, root) ? null : CalleeOf(op);
            Operation? target = callee == null ? null : Resolve(op, callee);
            if (target != null)
                calls.Add((op, target));
            CollectReferences(op, callee, target != null, otherRefs, pending);
            foreach (var region in op.Regions)
                for (var b = region.FirstBlock; b != null; b = b.NextBlock)
                    for (var nested = b.FirstOp; nested != null; nested = nested.NextOp)
                        ops.Push(nested);
        }
        foreach (var candidate in candidates)
        {
            if (MayBeCalledFromOutside(candidate, root) || SymbolTable.GetSymbolName(candidate) is not { } name
                || otherRefs.Contains(name)
                || !HasMatchingSignature(candidate))
                continue;
            _callSites.Add(candidate, new List<Operation>());
        }
        foreach (var (call, callee) in calls)
        {
            if (!_callSites.TryGetValue(callee, out var sites))
                continue;
            var entry = CallableRegion(callee)!.FirstBlock!;
            if (call.NumOperands != entry.NumArguments || call.NumRegions != 0 || call.NumSuccessors != 0
                || call.NumResults != ((FunctionType)FunctionTypeOf(callee)!.Value).Results.Length
                || call.HasTrait(OpTraits.AttrSizedOperandSegments) || call.HasTrait(OpTraits.AttrSizedResultSegments))
            {
                // A call this pass could not rewrite: give up on the callee.
                _callSites.Remove(callee);
                continue;
            }
            sites.Add(call);
        }
        foreach (var (call, callee) in calls)
            if (_callSites.ContainsKey(callee))
                _calleeOfCall[call] = callee;
    }

    /// <summary>The tracked callables and their calls.</summary>
    public IReadOnlyDictionary<Operation, List<Operation>> CallSites => _callSites;

    /// <summary>The tracked callable <paramref name="call"/> calls, or null.</summary>
    public Operation? TrackedCallee(Operation call) => _calleeOfCall.GetValueOrDefault(call);

    /// <summary>True when <paramref name="callable"/> is tracked.</summary>
    public bool IsTracked(Operation callable) => _callSites.ContainsKey(callable);

    /// <summary>The body of a callable: the first region of a symbol op that is not a symbol table, when not empty.</summary>
    public static Region? CallableRegion(Operation op)
    {
        if (!op.HasTrait(OpTraits.Symbol) || op.HasTrait(OpTraits.SymbolTable) || op.NumRegions == 0)
            return null;
        var region = op.Regions[0];
        return region.FirstBlock == null ? null : region;
    }

    /// <summary>True when <paramref name="op"/> is a symbol op whose first region is its (possibly empty) body.</summary>
    public static bool IsCallableOp(Operation op) =>
        op.HasTrait(OpTraits.Symbol) && !op.HasTrait(OpTraits.SymbolTable) && op.NumRegions > 0;

    /// <summary>The <c>callee</c> symbol of a call op, or null.</summary>
    public static SymbolRefAttr? CalleeOf(Operation op) =>
        (op.GetInherentAttr("callee") ?? op.GetAttr("callee")) as SymbolRefAttr;

    /// <summary>The <c>function_type</c> of a function-like op, inherent or discardable; null when absent.</summary>
    public static TypeAttr? FunctionTypeOf(Operation op) =>
        (op.GetInherentAttr("function_type") ?? op.GetAttr("function_type")) is TypeAttr { Value: FunctionType } t ? t : null;

    /// <summary>Public symbols, and nested-visibility ones directly in a root that is itself nested (its parent
    /// table may call them), may have callers this analysis does not see.</summary>
    private static bool MayBeCalledFromOutside(Operation callable, Operation root)
    {
        var visibility = (callable.GetInherentAttr("sym_visibility") ?? callable.GetAttr("sym_visibility")) as StringAttr;
        return visibility == null || visibility.Value == "public"
            || (visibility.Value == "nested" && ReferenceEquals(callable.ParentOp, root) && root.ParentOp != null);
    }

    private static bool HasMatchingSignature(Operation callable)
    {
        if (FunctionTypeOf(callable) is not { Value: FunctionType type })
            return false;
        var region = CallableRegion(callable)!;
        if (region.FirstBlock!.NumArguments != type.Inputs.Length)
            return false;
        for (var b = region.FirstBlock; b != null; b = b.NextBlock)
        {
            var terminator = b.LastOp;
            if (terminator != null && terminator.HasTrait(OpTraits.ReturnLike) && terminator.NumOperands != type.Results.Length)
                return false;
        }
        return true;
    }

    private Operation? Resolve(Operation call, SymbolRefAttr callee)
    {
        for (var op = call.ParentOp; op != null; op = op.ParentOp)
        {
            if (!op.HasTrait(OpTraits.SymbolTable))
                continue;
            if (!_tables.TryGetValue(op, out var table))
                _tables.Add(op, table = new SymbolTable(op));
            var found = table.Lookup(callee.RootReference);
            foreach (var nested in callee.NestedReferences)
                found = found == null || !found.HasTrait(OpTraits.SymbolTable) ? null : new SymbolTable(found).Lookup(nested);
            return found != null && CallableRegion(found) != null ? found : null;
        }
        return null;
    }

    /// <summary>Adds to <paramref name="names"/> the leaf of every symbol reference <paramref name="op"/> holds,
    /// except its resolved callee.</summary>
    private static void CollectReferences(Operation op, SymbolRefAttr? callee, bool calleeResolved, HashSet<string> names,
        Stack<Attribute> pending)
    {
        pending.Clear();
        if (op.Properties is { } props)
            pending.Push(props);
        foreach (var e in op.Attributes.Entries)
            pending.Push(e.Value);
        bool skippedCallee = !calleeResolved;
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case SymbolRefAttr s:
                    if (!skippedCallee && ReferenceEquals(s, callee))
                    {
                        skippedCallee = true;
                        break;
                    }
                    names.Add(s.LeafReference);
                    foreach (var nested in s.NestedReferences)
                        names.Add(nested);
                    names.Add(s.RootReference);
                    break;
                case ArrayAttr a:
                    foreach (var e in a.Elements)
                        pending.Push(e);
                    break;
                case DictionaryAttr d:
                    foreach (var e in d.Entries)
                        pending.Push(e.Value);
                    break;
            }
        }
    }
}
