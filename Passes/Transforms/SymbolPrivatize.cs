using System.Collections.Generic;
using Dialectic.Core.Pass;

namespace Dialectic.Passes.Transforms;

/// <summary>
/// MLIR's <c>symbol-privatize</c>: makes every symbol directly in the regions of the op it runs on private, but
/// those named in <c>exclude</c>.
/// </summary>
public sealed class SymbolPrivatize : Pass<SymbolPrivatizeOptions>
{
    public override string Argument => "symbol-privatize";

    public override string Description => "Mark symbols private";

    protected override void RunOnOperation()
    {
        var excluded = new HashSet<string>(Options.Exclude, System.StringComparer.Ordinal);
        foreach (var region in Operation.Regions)
            for (var block = region.FirstBlock; block != null; block = block.NextBlock)
                for (var op = block.FirstOp; op != null; op = op.NextOp)
                {
                    if (!SymbolDCESymbols.IsSymbol(op))
                        continue;
                    // A nameless symbol (an anonymous module) is never excluded, as in MLIR.
                    var name = Core.IR.SymbolTable.GetSymbolName(op);
                    if (name != null && excluded.Contains(name))
                        continue;
                    SymbolDCESymbols.SetVisibility(op, "private");
                }
    }
}
