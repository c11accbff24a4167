using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Scf;

/// <summary>
/// <c>%r = scf.index_switch %i -> i32 case 2 { ... } case 5 { ... } default { ... }</c>: runs the region of the case
/// equal to the index argument, else the default region (region 0, printed last); each ends with
/// <c>scf.yield</c> of the result values. The cases live in <c>cases</c> (an i64 array), one per case region.
/// </summary>
[Op("scf", "index_switch", Summary = "switch-case operation on an index argument",
    Description = "The `scf.index_switch` is a control-flow operation that branches to one of the given regions "
        + "based on the values of the argument and the cases. The argument is always of type `index`. The operation "
        + "always has a \"default\" region and any number of case regions denoted by integer constants. "
        + "Control-flow transfers to the case region whose constant value equals the value of the argument. If the "
        + "argument does not equal any of the case values, control-flow transfer to the \"default\" region.")]
[Traits(OpTraits.SingleBlock, OpTraits.RecursiveMemoryEffects)]
public sealed partial class IndexSwitchOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Arg { get; }

    [Property(ConstraintMethod = nameof(IsI64Array), ConstraintSummary = "i64 dense array attribute")]
    public partial DenseArrayAttr Cases { get; }

    [Result(Name = "results")]
    public partial System.ReadOnlySpan<OpResult> Outputs { get; }

    [Region(Name = "defaultRegion", Blocks = 1)]
    public partial Region DefaultRegion { get; }

    [Region(Name = "caseRegions")]
    public partial IReadOnlyList<Region> CaseRegions { get; }

    private static bool IsI64Array(Attribute attr) => attr is DenseArrayAttr { ElementType: Core.IR.Types.IntegerType { Width: 64, IsSignless: true } };

    // `$arg attr-dict (`->` type($results)^)? custom<SwitchCases>($cases, $caseRegions) `\n` `` `default` $defaultRegion`
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var context = parser.Context;
        var arg = parser.ParseOperand();
        state.Operands.Add(parser.ResolveOperand(arg, context.IndexType));
        parser.ParseOptionalAttrDict();
        if (parser.ParseOptionalArrow())
        {
            do
                state.ResultTypes.Add(parser.ParseType());
            while (parser.ParseOptionalComma());
        }
        var defaultRegion = state.AddRegion();
        var values = new List<long>();
        while (parser.ParseOptionalKeyword("case"))
        {
            values.Add(parser.ParseInteger());
            parser.ParseRegion(state.AddRegion());
        }
        parser.ParseKeyword("default");
        parser.ParseRegion(defaultRegion);
        ScfSyntax.EnsureTerminator(defaultRegion, YieldOp.OperationName, state.Location);
        var props = new List<NamedAttribute> { new("cases", DenseArrayAttr.Get(context.I(64), values.ToArray())) };
        ScfSyntax.SetProperties(state, props, Info.InherentAttributes);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(Arg);
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, ["cases"], null);
        if (NumResults > 0)
        {
            printer.Write(" -> ");
            ScfSyntax.PrintResultTypes(printer, Outputs);
        }
        printer.Write(' ');
        var cases = GetInherentAttr("cases") as DenseArrayAttr;
        var caseRegions = CaseRegions;
        for (int i = 0; cases != null && i < cases.Count && i < caseRegions.Count; i++)
        {
            printer.PrintNewline();
            printer.Write("case ");
            printer.Write(cases.Raw[i]);
            printer.Write(' ');
            printer.PrintRegion(caseRegions[i], printEntryBlockArgs: false, printBlockTerminators: true);
        }
        printer.PrintNewline();
        printer.Write("default ");
        printer.PrintRegion(DefaultRegion, printEntryBlockArgs: true,
            printBlockTerminators: ScfSyntax.ShouldPrintImplicitTerminator(DefaultRegion));
    }

    private bool Verify()
    {
        // ODS's VariadicRegion<SizedRegion<1>>.
        var caseRegions = CaseRegions;
        for (int i = 0; i < caseRegions.Count; i++)
            if (caseRegions[i].BlockCount != 1)
                return EmitOpError($"region #{i + 1} ('caseRegions') failed to verify constraint: region with 1 blocks");
        var cases = Cases;
        if (cases.Count != caseRegions.Count)
            return EmitOpError($"has {caseRegions.Count} case regions but {cases.Count} case values");
        var seen = new HashSet<long>();
        foreach (long value in cases.Raw)
            if (!seen.Add(value))
                return EmitOpError($"has duplicate case value: {value}");
        if (!VerifyRegion(DefaultRegion, "default region"))
            return false;
        for (int i = 0; i < caseRegions.Count; i++)
            if (!VerifyRegion(caseRegions[i], $"case region #{i}"))
                return false;
        // The RegionBranchOpInterface edges (yields to the results) and the implicit terminators, which MLIR checks
        // once the regions are verified, hold after the checks above.
        return true;
    }

    /// <summary>The region ends with a <c>scf.yield</c> of values of the result types.</summary>
    private bool VerifyRegion(Region region, string name)
    {
        var last = region.FirstBlock?.LastOp;
        if (last is not YieldOp yield)
            return EmitOpError($"expected region to end with scf.yield, but got {last?.Name.Name ?? ""}");
        var values = yield.Values;
        if (values.Length != NumResults)
            return EmitOpError($"expected each region to return {NumResults} values, but {name} returns {values.Length}")
                .AttachNote("see yield operation here", yield.Location);
        for (int i = 0; i < values.Length; i++)
        {
            var resultType = GetResult(i).Type;
            if (!ReferenceEquals(resultType, values[i].Value.Type))
                return EmitOpError($"expected result #{i} of each region to be '{resultType}'")
                    .AttachNote($"{name} returns '{values[i].Value.Type}' here", yield.Location);
        }
        return true;
    }

    public static void GetCanonicalizationPatterns(RewritePatternSet patterns, Context context) =>
        RegionOpCanonicalization.AddIndexSwitch(patterns);
}
