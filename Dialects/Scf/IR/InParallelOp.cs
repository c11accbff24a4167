using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Scf;

/// <summary>
/// <c>scf.forall.in_parallel { ... }</c>: the terminator of <c>scf.forall</c>; its single block (a graph region
/// without terminator) holds the parallel-combining ops that write each thread's part into the shared outputs.
/// </summary>
[Op("scf", "forall.in_parallel", Summary = "terminates a `forall` block",
    Description = "The `scf.forall.in_parallel` is a designated terminator for the `scf.forall` operation. It has a "
        + "single region with a single block that contains a flat list of ops. Each such op participates in the "
        + "aggregate formation of a single result of the enclosing `scf.forall`. The result number corresponds to "
        + "the position of the op in the terminator.")]
[Traits(OpTraits.Pure, OpTraits.IsTerminator, OpTraits.NoTerminator, OpTraits.SingleBlock, OpTraits.GraphRegions)]
public sealed partial class InParallelOp : Operation
{
    [Region(Name = "region", Blocks = 1)]
    public partial Region Body { get; }

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var region = state.AddRegion();
        parser.ParseRegion(region);
        if (region.IsEmpty)
            region.Append(new Block());
        parser.ParseOptionalAttrDict();
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintRegion(Body, printEntryBlockArgs: false, printBlockTerminators: false);
        printer.PrintOptionalAttrDict(Attributes);
    }

    private bool Verify()
    {
        // MLIR's HasParent trait.
        if (ParentOp is not ForallOp forall)
            return EmitOpError("expects parent op 'scf.forall'");
        var outArgs = forall.Body.FirstBlock;
        int rank = forall.Rank;
        for (var op = Body.FirstBlock!.FirstOp; op != null; op = op.NextOp)
        {
            if (op.Name.Info?.GetInterface<IParallelCombiningOp>() is not { } combining)
                return EmitOpError("expected only ParallelCombiningOpInterface ops");
            foreach (var dest in combining.GetUpdatedDestinations(op))
                if (dest.Value is not BlockArgument arg || arg.Owner != outArgs || arg.ArgNumber < rank)
                    return op.EmitOpError("may only insert into an output block argument");
        }
        return true;
    }
}
