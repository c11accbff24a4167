using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Pass;

namespace Dialectic.Passes.Transforms;

/// <summary>
/// MLIR's <c>symbol-dce</c>: erases the symbols of the symbol table it runs on (and of nested symbol tables) that
/// are not reachable from a live root. Roots are the non-symbol ops and the symbols that cannot be discarded:
/// public symbols of a visible table. Liveness propagates through symbol references, resolved from the symbol
/// table holding the referencing op; references that do not resolve are ignored.
/// </summary>
public sealed class SymbolDCE : Pass
{
    private readonly PassStatistic _numDce = new("num-dce", "Number of symbols DCE'd");

    public override string Argument => "symbol-dce";

    public override string Description => "Eliminate dead symbols";

    protected override void RunOnOperation()
    {
        var root = Operation;
        if (!root.HasTrait(OpTraits.SymbolTable))
        {
            root.EmitOpError(" was scheduled to run under SymbolDCE, but does not define a symbol table");
            SignalPassFailure();
            return;
        }

        // The top table is visible from above only when it is a non-private symbol nested in some op.
        bool hidden = true;
        if (root.ParentOp != null && SymbolDCESymbols.IsSymbol(root))
            hidden = SymbolDCESymbols.IsPrivate(root);

        var live = new HashSet<Operation>();
        if (!ComputeLiveness(root, hidden, live))
        {
            SignalPassFailure();
            return;
        }

        // Every symbol table under the root (itself included), innermost first, then erase its dead symbols.
        var tables = new List<Operation>();
        root.Walk(op =>
        {
            if (op.HasTrait(OpTraits.SymbolTable))
                tables.Add(op);
        });
        bool changed = false;
        foreach (var table in tables)
        {
            if (table.NumRegions == 0)
                continue;
            for (var block = table.Regions[0].FirstBlock; block != null; block = block.NextBlock)
            {
                for (var op = block.FirstOp; op != null;)
                {
                    var next = op.NextOp;
                    // A symbol whose results are still used is kept (erasing it would leave dangling uses).
                    if (SymbolDCESymbols.IsSymbol(op) && !live.Contains(op) && op.UseEmpty)
                    {
                        op.Erase();
                        _numDce.Add(1);
                        changed = true;
                    }
                    op = next;
                }
            }
        }
        if (!changed)
            MarkAllAnalysesPreserved();
    }

    /// <summary>
    /// Marks the live symbols of <paramref name="rootTable"/> and its nested tables. Iterative: each worklist entry
    /// carries whether the symbol table it was found in is hidden (MLIR recurses per nested table). False after a
    /// diagnostic when uses cannot be computed.
    /// </summary>
    private static bool ComputeLiveness(Operation rootTable, bool rootHidden, HashSet<Operation> live)
    {
        var worklist = new Stack<(Operation Op, bool Hidden)>();
        var uses = new List<SymbolRefAttr>();
        var resolved = new List<Operation>();
        var tables = new Dictionary<Operation, SymbolTable>();
        SeedTable(rootTable, rootHidden, live, worklist);

        while (worklist.Count > 0)
        {
            var (op, hidden) = worklist.Pop();
            if (op.HasTrait(OpTraits.SymbolTable))
            {
                // A nested table is hidden when its parent is, or when it is not a symbol or a private one.
                bool nestedHidden = hidden || !SymbolDCESymbols.IsSymbol(op) || SymbolDCESymbols.IsPrivate(op);
                SeedTable(op, nestedHidden, live, worklist);
            }
            else
            {
                // Ops with regions nested in a non-table op are considered on their own, so that symbol tables
                // inside them are reached.
                foreach (var region in op.Regions)
                    for (var b = region.FirstBlock; b != null; b = b.NextBlock)
                        for (var nested = b.FirstOp; nested != null; nested = nested.NextOp)
                            if (nested.NumRegions > 0)
                                worklist.Push((nested, hidden));
            }

            // Only ops directly in a symbol table resolve references (others were enqueued for nested tables).
            var parent = op.ParentOp;
            if (parent == null || !parent.HasTrait(OpTraits.SymbolTable))
                continue;

            uses.Clear();
            if (!SymbolDCESymbols.CollectSymbolUses(op, uses))
            {
                op.EmitError("operation contains potentially unknown symbol table, meaning that we can't reliable compute symbol uses");
                return false;
            }
            foreach (var use in uses)
            {
                resolved.Clear();
                if (!SymbolDCESymbols.ResolvePath(parent, use, resolved, tables))
                    continue;
                foreach (var symbol in resolved)
                    if (live.Add(symbol))
                        worklist.Push((symbol, hidden));
            }
        }
        return true;
    }

    /// <summary>Enqueues the non-symbol ops of <paramref name="table"/> and its symbols that cannot be discarded.</summary>
    private static void SeedTable(Operation table, bool hidden, HashSet<Operation> live, Stack<(Operation, bool)> worklist)
    {
        if (table.NumRegions == 0)
            return;
        for (var block = table.Regions[0].FirstBlock; block != null; block = block.NextBlock)
            for (var op = block.FirstOp; op != null; op = op.NextOp)
            {
                if (!SymbolDCESymbols.IsSymbol(op))
                {
                    worklist.Push((op, hidden));
                    continue;
                }
                // MLIR's default canDiscardOnUseEmpty is "is private", so in effect only private symbols go.
                bool discardable = (hidden || SymbolDCESymbols.IsPrivate(op)) && SymbolDCESymbols.IsPrivate(op);
                if (!discardable && live.Add(op))
                    worklist.Push((op, hidden));
            }
    }
}
