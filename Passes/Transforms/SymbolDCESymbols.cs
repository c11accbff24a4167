using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Builtin;

namespace Dialectic.Passes.Transforms;

/// <summary>
/// The parts of MLIR's <c>SymbolOpInterface</c> and <c>SymbolTable::getSymbolUses</c> that symbol-dce and
/// symbol-privatize need. A symbol op is an op with the <see cref="OpTraits.Symbol"/> trait, or a
/// <c>builtin.module</c> (a symbol whose name is optional, as in MLIR).
/// </summary>
internal static class SymbolDCESymbols
{
    public const string VisibilityAttrName = "sym_visibility";

    /// <summary>True when <paramref name="op"/> implements (our view of) MLIR's SymbolOpInterface.</summary>
    public static bool IsSymbol(Operation op) => op.HasTrait(OpTraits.Symbol) || op is ModuleOp;

    /// <summary>The visibility attribute, inherent when the op declares it, else discardable.</summary>
    public static StringAttr? GetVisibility(Operation op) =>
        (op.GetInherentAttr(VisibilityAttrName) ?? op.GetAttr(VisibilityAttrName)) as StringAttr;

    public static bool IsPrivate(Operation op) => GetVisibility(op)?.Value == "private";

    /// <summary>Sets the visibility to <paramref name="visibility"/>, where the op keeps it (property or attribute).</summary>
    public static void SetVisibility(Operation op, string visibility)
    {
        var value = StringAttr.Get(op.Context, visibility);
        if (IsInherent(op, VisibilityAttrName))
        {
            var props = op.Properties as DictionaryAttr ?? DictionaryAttr.Get(op.Context, []);
            op.Properties = props.With(VisibilityAttrName, value);
        }
        else
        {
            op.SetAttr(VisibilityAttrName, value);
        }
    }

    private static bool IsInherent(Operation op, string name)
    {
        if (op.Name.Info is not { } info)
            return false;
        foreach (var n in info.InherentAttributes)
            if (n == name)
                return true;
        return op.GetInherentAttr(name) != null;
    }

    /// <summary>MLIR's check for a region-holding op that may define an unknown symbol table: an op with one region
    /// whose dialect is not loaded.</summary>
    public static bool IsPotentiallyUnknownSymbolTable(Operation op) => op.NumRegions == 1 && op.Dialect == null
        && op.Context.GetDialect(op.Name.DialectNamespace) == null;

    /// <summary>
    /// Appends the symbol references held by <paramref name="from"/>'s attributes and, unless it is a symbol table,
    /// by the ops nested in it (not entering nested symbol tables). False when an op on the way may be an unknown
    /// symbol table (uses cannot be computed). Iterative; O(ops + attribute elements).
    /// </summary>
    public static bool CollectSymbolUses(Operation from, List<SymbolRefAttr> uses)
    {
        if (IsPotentiallyUnknownSymbolTable(from))
            return false;
        CollectRefs(from, uses);
        if (from.HasTrait(OpTraits.SymbolTable))
            return true;
        var regions = new Stack<Region>();
        foreach (var r in from.Regions)
            regions.Push(r);
        while (regions.Count > 0)
        {
            for (var b = regions.Pop().FirstBlock; b != null; b = b.NextBlock)
                for (var op = b.FirstOp; op != null; op = op.NextOp)
                {
                    if (IsPotentiallyUnknownSymbolTable(op))
                        return false;
                    CollectRefs(op, uses);
                    if (!op.HasTrait(OpTraits.SymbolTable))
                        foreach (var r in op.Regions)
                            regions.Push(r);
                }
        }
        return true;
    }

    private static void CollectRefs(Operation op, List<SymbolRefAttr> uses)
    {
        var pending = new Stack<Attribute>();
        if (op.Properties is { } props)
            pending.Push(props);
        foreach (var e in op.Attributes.Entries)
            pending.Push(e.Value);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case SymbolRefAttr s:
                    uses.Add(s);
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

    /// <summary>
    /// MLIR's <c>lookupSymbolIn</c> collecting every symbol on the path of <paramref name="reference"/> from symbol
    /// table <paramref name="table"/>; false (and nothing added) when some part does not resolve.
    /// </summary>
    public static bool ResolvePath(Operation table, SymbolRefAttr reference, List<Operation> resolved,
        Dictionary<Operation, SymbolTable> tables)
    {
        int start = resolved.Count;
        var op = TableOf(table, tables).Lookup(reference.RootReference);
        if (op == null)
            return false;
        resolved.Add(op);
        foreach (var nested in reference.NestedReferences)
        {
            if (!op.HasTrait(OpTraits.SymbolTable) || TableOf(op, tables).Lookup(nested) is not { } next)
            {
                resolved.RemoveRange(start, resolved.Count - start);
                return false;
            }
            op = next;
            resolved.Add(op);
        }
        return true;
    }

    /// <summary>The (cached) symbol table of <paramref name="op"/>: MLIR's SymbolTableCollection.</summary>
    private static SymbolTable TableOf(Operation op, Dictionary<Operation, SymbolTable> tables)
    {
        if (!tables.TryGetValue(op, out var table))
            tables.Add(op, table = new SymbolTable(op));
        return table;
    }
}
