using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// <c>memref.alloca_scope -&gt; (f32) { ... memref.alloca_scope.return %v : f32 }</c>: a region whose
/// <c>memref.alloca</c>s are freed when control leaves it. Without results the terminator may be left out of the
/// text; the parser inserts it and the printer hides it.
/// </summary>
[Op("memref", "alloca_scope", Summary = "explicitly delimited scope for stack allocation",
    Description = "Delimits the lifetime of stack allocations: every `memref.alloca` in its single-block region is "
        + "freed when control leaves the region. Values computed in the region may be returned through "
        + "`memref.alloca_scope.return`; without results, the terminator may be left out of the textual form.")]
[Traits(OpTraits.RecursiveMemoryEffects, OpTraits.NoRegionArguments, OpTraits.SingleBlock)]
public sealed partial class AllocaScopeOp : Operation
{
    [Result(Name = "results")]
    public partial System.ReadOnlySpan<OpResult> Outputs { get; }

    [Region(Blocks = 1)]
    public partial Region BodyRegion { get; }

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var types = new List<Type>();
        if (parser.ParseOptionalArrow())
        {
            if (parser.ParseOptionalLParen())
            {
                if (!parser.ParseOptionalRParen())
                {
                    do
                        types.Add(parser.ParseType());
                    while (parser.ParseOptionalComma());
                    parser.ParseRParen();
                }
            }
            else
                types.Add(parser.ParseType());
        }
        var body = state.AddRegion();
        parser.ParseRegion(body);
        EnsureTerminator(body, state.Location);
        parser.ParseOptionalAttrDict();
        state.ResultTypes.AddRange(types);
        return true;
    }

    /// <summary>MLIR's <c>ensureTerminator</c>: a block that does not end in a terminator gets an empty
    /// <c>memref.alloca_scope.return</c>.</summary>
    internal static void EnsureTerminator(Region region, Dialectic.Core.IR.Attributes.LocationAttr location)
    {
        if (region.IsEmpty)
            region.Append(new Block());
        var block = region.LastBlock!;
        if (block.LastOp is { } last && last.HasTrait(OpTraits.IsTerminator))
            return;
        block.Append(Operation.Create(new OperationState(location, AllocaScopeReturnOp.OperationName)));
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        bool results = NumResults > 0;
        if (results)
        {
            printer.Write(" -> (");
            for (int i = 0; i < NumResults; i++)
            {
                if (i > 0)
                    printer.Write(", ");
                printer.PrintType(GetResult(i).Type);
            }
            printer.Write(')');
        }
        printer.Write(' ');
        printer.PrintRegion(BodyRegion, printEntryBlockArgs: false, printBlockTerminators: results);
        printer.PrintOptionalAttrDict(Attributes);
    }

    private bool Verify()
    {
        // SingleBlockImplicitTerminator<"AllocaScopeReturnOp">.
        var block = BodyRegion.FirstBlock;
        if (block == null)
            return true;
        if (block.LastOp is not AllocaScopeReturnOp ret)
        {
            string found = block.LastOp?.Name.Name ?? "nothing";
            return EmitOpError($"expects regions to end with '{AllocaScopeReturnOp.OperationName}', found '{found}'")
                .AttachNote($"in custom textual format, the absence of terminator implies '{AllocaScopeReturnOp.OperationName}'");
        }
        // RegionBranchOpInterface: the return feeds the results.
        if (ret.NumOperands != NumResults)
            return EmitOpError($"along control flow edge from Operation {AllocaScopeReturnOp.OperationName} to parent: region branch point has {ret.NumOperands} operands, but region successor needs {NumResults} inputs")
                .AttachNote("region branch point", ret.Location);
        for (int i = 0; i < NumResults; i++)
            if (!ReferenceEquals(ret.GetOperand(i).Type, GetResult(i).Type))
                return EmitOpError($"along control flow edge from Operation {AllocaScopeReturnOp.OperationName} to parent: successor operand type #{i} '{ret.GetOperand(i).Type}' should match successor input type #{i} '{GetResult(i).Type}'")
                    .AttachNote("region branch point", ret.Location);
        return true;
    }

    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context)
    {
        patterns.Add<AllocaScopeOp>(AllocaScopePatterns.Inline, debugName: "AllocaScopeInliner");
        patterns.Add<AllocaScopeOp>(AllocaScopePatterns.Hoist, debugName: "AllocaScopeHoister");
    }
}
