using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support;

namespace Dialectic.Core.Syntax;

/// <summary>
/// Chooses <c>#map</c>/<c>#loc3</c>/<c>!tuple</c> aliases as MLIR's AliasInitializer does: every attribute and
/// type the printer would print is visited in printing order (op location, regions, operand and result
/// types, attributes); aliasable ones are sorted by nesting depth, types before attributes, then name, keeping
/// visit order for ties, and numbered per name. Aliases reachable only from op locations are deferred to the
/// end of the output. Subtrees with nothing aliasable are skipped through a per-object cached flag.
/// </summary>
internal sealed class AliasState
{
    private sealed class Entry
    {
        public required Uniqued Symbol;
        public string? Name;
        public bool IsType;
        public bool CanBeDeferred;
        public int Depth;
        public List<int>? Children;
        public int Suffix;
        public string? Final;
    }

    private readonly List<Entry> _entries = new();
    private readonly Dictionary<Uniqued, int> _index = new(ReferenceEqualityComparer.Instance);
    private readonly PrintingFlags _flags;
    private List<Entry>? _sorted;

    public AliasState(PrintingFlags flags) => _flags = flags;

    /// <summary>Alias names in output order, split by deferral.</summary>
    public IEnumerable<(Uniqued Symbol, string Alias, bool Deferred)> Aliases
    {
        get
        {
            foreach (var e in _sorted!)
                yield return (e.Symbol, e.Final!, e.CanBeDeferred);
        }
    }

    /// <summary>The alias of <paramref name="symbol"/> (<c>#map1</c>, <c>!tuple</c>), or null.</summary>
    public string? Lookup(Uniqued symbol) =>
        _sorted != null && _index.TryGetValue(symbol, out int i) ? _entries[i].Final : null;

    // ---- collection ----

    /// <summary>Visits everything printing <paramref name="root"/> would print, in the same order.</summary>
    public void Initialize(Operation root)
    {
        // Work items: enter an op (location, then its regions), a block's arguments, or an op's own types and
        // attributes once its regions are done. Iterative over nesting depth.
        var stack = new Stack<(Operation? Op, Block? Block, bool Exit)>();
        var pending = new List<(Operation? Op, Block? Block)>();
        stack.Push((root, null, false));
        while (stack.Count > 0)
        {
            var (op, block, exit) = stack.Pop();
            if (block != null)
            {
                VisitBlockArguments(block);
                continue;
            }
            if (exit)
            {
                VisitOpTail(op!);
                continue;
            }
            if (_flags.PrintDebugInfo)
                Visit(op!.Location, canBeDeferred: true);
            // MLIR visits through a dummy printer, so order follows what is printed: a custom printer decides
            // what it prints and in which order (including its regions), so it is run in collecting mode.
            if (!_flags.PrintGenericOpForm && op!.Name.Info?.Print is { } print)
            {
                CollectCustom(op, print);
                continue;
            }
            stack.Push((op, null, true));
            pending.Clear();
            foreach (var region in op!.Regions)
                for (var b = region.FirstBlock; b != null; b = b.NextBlock)
                {
                    pending.Add((null, b));
                    for (var inner = b.FirstOp; inner != null; inner = inner.NextOp)
                        pending.Add((inner, null));
                }
            for (int i = pending.Count - 1; i >= 0; i--)
                stack.Push((pending[i].Op, pending[i].Block, false));
        }
        Finish();
    }

    // ---- collecting mode: custom printers run against a printer whose output is discarded ----

    /// <summary>Runs a custom print hook with a printer that visits, instead of printing, what it prints.</summary>
    private void CollectCustom(Operation op, OpPrintHook print)
    {
        _collector ??= AsmPrinter.CreateCollector(_flags, this);
        print(op, _collector.OpPrinter);
    }

    private AsmPrinter? _collector;

    /// <summary>Called by the collecting printer for a type or attribute it would print.</summary>
    internal void CollectSymbol(Uniqued symbol) => Visit(symbol, false);

    /// <summary>Called by the collecting printer for a region it would print (recursive over custom ops).</summary>
    internal void CollectRegion(Region region, bool printEntryBlockArgs, bool printBlockTerminators)
    {
        for (var b = region.FirstBlock; b != null; b = b.NextBlock)
        {
            if (b.PrevBlock != null || printEntryBlockArgs)
                VisitBlockArguments(b);
            var last = b.LastOp;
            bool skipTerminator = !printBlockTerminators && last != null && last.HasTrait(OpTraits.IsTerminator);
            for (var op = b.FirstOp; op != null; op = op.NextOp)
            {
                if (skipTerminator && op == last)
                    break;
                CollectOp(op);
            }
        }
    }

    /// <summary>Visits one op as the printer would print it: location, then custom or generic form.</summary>
    private void CollectOp(Operation op)
    {
        if (_flags.PrintDebugInfo)
            Visit(op.Location, canBeDeferred: true);
        if (!_flags.PrintGenericOpForm && op.Name.Info?.Print is { } print)
        {
            CollectCustom(op, print);
            return;
        }
        CollectGeneric(op);
    }

    /// <summary>The generic form's order: regions, then operand and result types, then attributes.</summary>
    internal void CollectGeneric(Operation op)
    {
        foreach (var region in op.Regions)
            CollectRegion(region, printEntryBlockArgs: true, printBlockTerminators: true);
        VisitOpTail(op);
    }

    private void VisitBlockArguments(Block block)
    {
        foreach (var arg in block.Arguments)
        {
            Visit(arg.Type, false);
            if (_flags.PrintDebugInfo)
                Visit(arg.ArgLocation, canBeDeferred: false);
        }
    }

    private void VisitOpTail(Operation op)
    {
        foreach (var o in op.OpOperands)
            Visit(o.Value.Type, false);
        foreach (var r in op.Results)
            Visit(r.Type, false);
        if (op.IsRegistered && op.Properties is DictionaryAttr props && props.Count > 0)
        {
            // Registered ops expose inherent and discardable attributes as one sorted dictionary: both are
            // sorted by name, so a merge visits them in that order without building it (a name in both comes
            // from the properties first). O(properties + attributes).
            var p = props.Entries;
            var d = op.Attributes.Entries;
            int i = 0, j = 0;
            while (i < p.Length || j < d.Length)
            {
                bool takeProperty = j == d.Length || (i < p.Length && string.CompareOrdinal(p[i].Name, d[j].Name) <= 0);
                Visit(takeProperty ? p[i++].Value : d[j++].Value, false);
            }
        }
        else
        {
            foreach (var a in op.Attributes.Entries)
                Visit(a.Value, false);
        }
    }

    /// <summary>Visits an attribute or type; returns (depth, index) as MLIR's initializer does.</summary>
    private (int Depth, int Index) Visit(Uniqued symbol, bool canBeDeferred)
    {
        if (!MayContainAlias(symbol))
            return (0, -1);
        if (_index.TryGetValue(symbol, out int existing))
        {
            if (!canBeDeferred)
                MarkNonDeferrable(existing);
            return (_entries[existing].Depth, existing);
        }
        var entry = new Entry { Symbol = symbol, CanBeDeferred = canBeDeferred, IsType = symbol is Type };
        entry.Name = AliasNameOf(symbol);
        if (entry.Name != null)
            entry.Depth = 1;
        int index = _entries.Count;
        _entries.Add(entry);
        _index[symbol] = index;
        int maxChild = 0;
        var children = _childLists.Count > 0 ? _childLists.Pop() : new List<Uniqued>();
        CollectChildren(symbol, children);
        foreach (var child in children)
        {
            var (d, ci) = Visit(child, canBeDeferred);
            if (ci >= 0)
                (entry.Children ??= new()).Add(ci);
            maxChild = Math.Max(maxChild, d);
        }
        children.Clear();
        _childLists.Push(children);
        if (maxChild > 0)
            entry.Depth = maxChild + 1;
        return (entry.Depth, index);
    }

    /// <summary>Reusable child lists, one per recursion level in use.</summary>
    private readonly Stack<List<Uniqued>> _childLists = new();

    private void MarkNonDeferrable(int index)
    {
        var stack = new Stack<int>();
        stack.Push(index);
        while (stack.Count > 0)
        {
            var e = _entries[stack.Pop()];
            if (!e.CanBeDeferred)
                continue;
            e.CanBeDeferred = false;
            if (e.Children != null)
                foreach (var c in e.Children)
                    stack.Push(c);
        }
    }

    private void Finish()
    {
        var list = new List<Entry>();
        foreach (var e in _entries)
            if (e.Name != null)
                list.Add(e);
        // Stable: ties keep visit order.
        var order = new List<(Entry E, int I)>(list.Count);
        for (int i = 0; i < list.Count; i++)
            order.Add((list[i], i));
        order.Sort((a, b) =>
        {
            if (a.E.Depth != b.E.Depth)
                return a.E.Depth.CompareTo(b.E.Depth);
            if (a.E.IsType != b.E.IsType)
                return a.E.IsType ? -1 : 1;
            int c = string.CompareOrdinal(a.E.Name, b.E.Name);
            return c != 0 ? c : a.I.CompareTo(b.I);
        });
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        _sorted = new List<Entry>(order.Count);
        foreach (var (e, _) in order)
        {
            counts.TryGetValue(e.Name!, out int n);
            counts[e.Name!] = n + 1;
            e.Suffix = n;
            string prefix = e.IsType ? "!" : "#";
            e.Final = n == 0 ? prefix + e.Name : prefix + e.Name + (char.IsAsciiDigit(e.Name![^1]) ? "_" : "") + n;
            _sorted.Add(e);
        }
    }

    // ---- what gets an alias ----

    /// <summary>The alias base name of a builtin attribute or type, or null (MLIR's builtin OpAsmDialectInterface).</summary>
    private static string? AliasNameOf(Uniqued symbol) => symbol switch
    {
        AffineMapAttr => "map",
        IntegerSetAttr => "set",
        LocationAttr => "loc",
        DistinctAttr d when d.ReferencedAttr is not UnitAttr => "distinct",
        TupleType t when t.Types.Length > 16 => "tuple",
        _ => null,
    };

    /// <summary>Whether <paramref name="symbol"/> or anything nested in it can have an alias; cached per object.</summary>
    internal static bool MayContainAlias(Uniqued symbol)
    {
        if (symbol.AliasScan != 0)
            return symbol.AliasScan == 2;
        bool result = AliasNameOf(symbol) != null;
        if (!result)
        {
            var children = new List<Uniqued>();
            CollectChildren(symbol, children);
            foreach (var child in children)
                if (MayContainAlias(child))
                {
                    result = true;
                    break;
                }
        }
        symbol.AliasScan = result ? (byte)2 : (byte)1;
        return result;
    }

    /// <summary>
    /// Immediate sub-elements in printing order (MLIR finds aliases by printing into a dummy stream, so only
    /// what is printed counts; strings are omitted: they never have aliases).
    /// </summary>
    internal static void CollectChildren(Uniqued symbol, List<Uniqued> into)
    {
        switch (symbol)
        {
            case FunctionType f:
                foreach (var t in f.Inputs)
                    into.Add(t);
                foreach (var t in f.Results)
                    into.Add(t);
                break;
            case TupleType t:
                foreach (var e in t.Types)
                    into.Add(e);
                break;
            case ComplexType c:
                into.Add(c.ElementType);
                break;
            case VectorType v:
                into.Add(v.ElementType);
                break;
            case RankedTensorType rt:
                into.Add(rt.ElementType);
                if (rt.Encoding != null)
                    into.Add(rt.Encoding);
                break;
            case UnrankedTensorType ut:
                into.Add(ut.ElementType);
                break;
            case MemRefType m:
                into.Add(m.ElementType);
                if (m.Layout != null)
                    into.Add(m.Layout);
                if (m.MemorySpace != null)
                    into.Add(m.MemorySpace);
                break;
            case UnrankedMemRefType um:
                into.Add(um.ElementType);
                if (um.MemorySpace != null)
                    into.Add(um.MemorySpace);
                break;
            case ArrayAttr a:
                foreach (var e in a.Elements)
                    into.Add(e);
                break;
            case DictionaryAttr d:
                foreach (var e in d.Entries)
                    into.Add(e.Value);
                break;
            case TypeAttr ta:
                into.Add(ta.Value);
                break;
            case ITypedAttribute typed when symbol is not SparseElementsAttr:
                if (symbol is StringAttr { TypeOrNull: null })
                    break;
                into.Add(typed.Type);
                break;
            case SparseElementsAttr s:
                into.Add(s.Indices);
                into.Add(s.Values);
                into.Add(s.Type);
                break;
            case DenseArrayAttr da:
                into.Add(da.ElementType);
                break;
            case DistinctAttr di:
                into.Add(di.ReferencedAttr);
                break;
            case NameLoc n:
                // Only what gets printed is visited: an unknown child is not printed.
                if (n.Child is not UnknownLoc)
                    into.Add(n.Child);
                break;
            case CallSiteLoc cs:
                into.Add(cs.Callee);
                into.Add(cs.Caller);
                break;
            case FusedLoc fl:
                if (fl.Metadata != null)
                    into.Add(fl.Metadata);
                foreach (var l in fl.Locations)
                    into.Add(l);
                break;
        }
    }
}
