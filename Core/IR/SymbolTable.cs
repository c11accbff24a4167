using System.Collections.Generic;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.IR;

/// <summary>
/// Name lookup in the region of a symbol-table op (e.g. <c>builtin.module</c>): symbols are the ops of its
/// single block with a <c>sym_name</c> string attribute (inherent or discardable).
/// </summary>
public sealed class SymbolTable
{
    /// <summary>The attribute naming a symbol.</summary>
    public const string SymbolAttrName = "sym_name";

    private readonly Dictionary<string, Operation> _symbols = new();

    public SymbolTable(Operation symbolTableOp)
    {
        Op = symbolTableOp;
        if (symbolTableOp.NumRegions == 0)
            return;
        for (var b = symbolTableOp.Regions[0].FirstBlock; b != null; b = b.NextBlock)
            for (var op = b.FirstOp; op != null; op = op.NextOp)
                if (GetSymbolName(op) is { } name)
                    _symbols.TryAdd(name, op);
    }

    public Operation Op { get; }

    /// <summary>The symbol named <paramref name="name"/>, or null.</summary>
    public Operation? Lookup(string name) => _symbols.TryGetValue(name, out var op) ? op : null;

    /// <summary>The <c>sym_name</c> of <paramref name="op"/>, or null when it defines no symbol.</summary>
    public static string? GetSymbolName(Operation op) =>
        (op.GetInherentAttr(SymbolAttrName) ?? op.GetAttr(SymbolAttrName)) is StringAttr s ? s.Value : null;

    /// <summary>Resolves a (possibly nested) symbol reference starting at symbol table <paramref name="from"/>.</summary>
    public static Operation? LookupSymbolIn(Operation from, SymbolRefAttr reference)
    {
        var op = new SymbolTable(from).Lookup(reference.RootReference);
        foreach (var nested in reference.NestedReferences)
        {
            if (op == null)
                return null;
            op = new SymbolTable(op).Lookup(nested);
        }
        return op;
    }
}
