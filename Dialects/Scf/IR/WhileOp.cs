using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Scf;

/// <summary>
/// <c>%r = scf.while (%a = %init) : (f32) -> f32 { before } do { after }</c>: the "before" region receives the
/// loop-carried values and ends with <c>scf.condition</c>, which either exits (its arguments become the results)
/// or passes them to the "after" region, whose <c>scf.yield</c> feeds the next "before" iteration.
/// </summary>
[Op("scf", "while", Summary = "a generic 'while' loop",
    Description = "This operation represents a generic \"while\"/\"do-while\" loop that keeps iterating as long as a "
        + "condition is satisfied. There is no restriction on the complexity of the condition. It consists of two "
        + "regions (with single block each): \"before\" region and \"after\" region. The \"before\" region "
        + "terminates with a special operation, `scf.condition`, that accepts as its first operand an `i1` value "
        + "indicating whether to proceed to the \"after\" region (value is `true`) or not. The \"after\" region "
        + "takes as arguments the values produced by the \"before\" region and uses `scf.yield` to supply new "
        + "arguments for the \"before\" region, into which it transfers the control flow unconditionally.")]
[Traits(OpTraits.SingleBlock, OpTraits.RecursiveMemoryEffects)]
public sealed partial class WhileOp : Operation
{
    [Operand]
    public partial System.ReadOnlySpan<OpOperand> Inits { get; }

    [Result(Name = "results")]
    public partial System.ReadOnlySpan<OpResult> Outputs { get; }

    [Region(Blocks = 1)]
    public partial Region Before { get; }

    [Region(Blocks = 1)]
    public partial Region After { get; }

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var context = parser.Context;
        var before = state.AddRegion();
        var after = state.AddRegion();
        var args = new List<UnresolvedOperand>();
        var inits = new List<UnresolvedOperand>();
        if (parser.ParseOptionalLParen())
            ScfSyntax.ParseAssignmentListAfterLParen(parser, args, inits);
        var typeLoc = parser.CurrentLocation;
        parser.ParseColon();
        var type = parser.ParseType();
        if (type is not FunctionType fnType)
        {
            context.EmitError(typeLoc, $"custom op 'scf.while' invalid kind of type specified: expected builtin.function, but found '{type}'");
            return false;
        }
        foreach (var r in fnType.Results)
            state.ResultTypes.Add(r);
        if (fnType.Inputs.Length != inits.Count)
        {
            context.EmitError(typeLoc, $"custom op 'scf.while' expected as many input types as operands (expected {inits.Count} got {fnType.Inputs.Length})");
            return false;
        }
        for (int i = 0; i < inits.Count; i++)
            state.Operands.Add(parser.ResolveOperand(inits[i], fnType.Inputs[i]));
        List<(UnresolvedOperand, Type, LocationAttr?)>? regionArgs = null;
        if (args.Count > 0)
        {
            regionArgs = new List<(UnresolvedOperand, Type, LocationAttr?)>(args.Count);
            for (int i = 0; i < args.Count; i++)
                regionArgs.Add(ScfSyntax.Arg(args[i], fnType.Inputs[i]));
        }
        parser.ParseRegion(before, regionArgs);
        parser.ParseKeyword("do");
        parser.ParseRegion(after);
        parser.ParseOptionalAttrDictWithKeyword();
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        ScfSyntax.PrintInitializationList(printer, Before.FirstBlock, 0, Inits, " ");
        printer.Write(" : ");
        GeneratedSyntax.PrintFunctionalType(printer, GeneratedSyntax.TypesOf(Inits), GeneratedSyntax.TypesOf(Outputs));
        printer.Write(' ');
        printer.PrintRegion(Before, printEntryBlockArgs: false, printBlockTerminators: true);
        printer.Write(" do ");
        printer.PrintRegion(After, printEntryBlockArgs: true, printBlockTerminators: true);
        printer.PrintOptionalAttrDictWithKeyword(Attributes);
    }

    private bool Verify()
    {
        if (!VerifyTerminator<ConditionOp>(Before, "expects the 'before' region to terminate with 'scf.condition'")
            || !VerifyTerminator<YieldOp>(After, "expects the 'after' region to terminate with 'scf.yield'"))
            return false;
        return VerifyRegions();
    }

    /// <summary>The region's first block ends with a <typeparamref name="T"/>; otherwise the error, with a note at
    /// the terminator found.</summary>
    private bool VerifyTerminator<T>(Region region, string message) where T : Operation
    {
        var last = region.FirstBlock?.LastOp;
        if (last is T)
            return true;
        var diag = EmitOpError(message);
        if (last != null)
            diag.AttachNote("terminator here", last.Location);
        return false;
    }

    /// <summary>RegionBranchOpInterface edges, checked once the regions are verified: parent to "before" (inits),
    /// condition to parent (results) and to "after", yield back to "before". They cover what the
    /// LoopLikeOpInterface would check next.</summary>
    private bool VerifyRegions()
    {
        var beforeBlock = Before.FirstBlock!;
        var afterBlock = After.FirstBlock!;
        var condition = (ConditionOp)beforeBlock.LastOp!;
        var yield = (YieldOp)afterBlock.LastOp!;
        return RegionBranchVerifier.Edge(this, null, 0, Inits, beforeBlock, 0)
            && RegionBranchVerifier.EdgeToParent(this, condition, condition.Args)
            && RegionBranchVerifier.Edge(this, condition, 1, condition.Args, afterBlock, 0)
            && RegionBranchVerifier.Edge(this, yield, 0, yield.Values, beforeBlock, 0);
    }

    public static void GetCanonicalizationPatterns(RewritePatternSet patterns, Context context) =>
        WhileCanonicalization.Add(patterns);
}
