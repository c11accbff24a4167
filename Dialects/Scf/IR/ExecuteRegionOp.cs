using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Scf;

/// <summary>
/// <c>%r = scf.execute_region -> i32 no_inline { ... }</c>: runs its region (any number of blocks, no arguments)
/// exactly once; the values its <c>scf.yield</c>s pass become the results.
/// </summary>
[Op("scf", "execute_region", Summary = "operation that executes its region exactly once",
    Description = "The `scf.execute_region` operation is used to allow multiple blocks within SCF and other "
        + "operations which can hold only one block. The `scf.execute_region` operation executes the region held "
        + "exactly once and cannot have any operands. As such, its region has no arguments. All SSA values that "
        + "dominate the op can be accessed inside the op. The op's region can have multiple blocks and the blocks "
        + "can have multiple distinct terminators. Values returned from this op's region define the op's results.")]
[Traits(OpTraits.RecursiveMemoryEffects)]
public sealed partial class ExecuteRegionOp : Operation
{
    [Result]
    public partial System.ReadOnlySpan<OpResult> Outputs { get; }

    [Property]
    public partial UnitAttr? NoInline { get; }

    [Region(Name = "region")]
    public partial Region Body { get; }

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        ScfSyntax.ParseOptionalArrowTypeList(parser, state.ResultTypes);
        var props = new List<NamedAttribute>();
        if (parser.ParseOptionalKeyword("no_inline"))
            props.Add(new NamedAttribute("no_inline", UnitAttr.Get(parser.Context)));
        parser.ParseRegion(state.AddRegion());
        parser.ParseOptionalAttrDict();
        ScfSyntax.SetProperties(state, props, Info.InherentAttributes);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        ScfSyntax.PrintOptionalArrowTypeList(printer, Outputs);
        printer.Write(' ');
        if (NoInline != null)
            printer.Write("no_inline ");
        printer.PrintRegion(Body, printEntryBlockArgs: false, printBlockTerminators: true);
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, ["no_inline"], null);
    }

    private bool Verify()
    {
        var body = Body;
        if (body.IsEmpty)
            return EmitOpError("region needs to have at least one block");
        if (body.FirstBlock!.NumArguments > 0)
            return EmitOpError("region cannot have any arguments");
        // RegionBranchOpInterface: every yielding terminator passes the results' types.
        for (var block = body.FirstBlock; block != null; block = block.NextBlock)
            if (block.LastOp is { } term && RegionBranchVerifier.IsBranchTerminator(term)
                && !RegionBranchVerifier.EdgeToParent(this, term, RegionBranchVerifier.ForwardedOperands(term)))
                return false;
        return true;
    }

    public static void GetCanonicalizationPatterns(RewritePatternSet patterns, Context context) =>
        RegionOpCanonicalization.AddExecuteRegion(patterns);
}
