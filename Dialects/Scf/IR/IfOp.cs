using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Scf;

/// <summary>
/// <c>%r = scf.if %cond -> (f32) { ... } else { ... }</c>: runs the "then" region when the condition holds, else
/// the "else" region (which may be empty when the op has no results). Both end with <c>scf.yield</c>, left out of
/// the custom form when the op has no results; an else region without blocks is not printed at all.
/// </summary>
[Op("scf", "if", Summary = "if-then-else operation",
    Description = "The `scf.if` operation represents an if-then-else construct for conditionally executing two "
        + "regions of code. The operand to an if operation is a boolean value. `scf.if` may also produce results. "
        + "Which values are returned depends on which execution path is taken. The \"then\" region has exactly 1 "
        + "block. The \"else\" region may have 0 or 1 block. In case the `scf.if` produces results, the \"else\" "
        + "region must also have exactly 1 block. The blocks are always terminated with `scf.yield`. If `scf.if` "
        + "defines no values, the `scf.yield` can be left out, and will be inserted implicitly. Otherwise, it must "
        + "be explicit. The types of the yielded values must match the result types of the `scf.if`.")]
[Traits(OpTraits.SingleBlock, OpTraits.RecursiveMemoryEffects)]
public sealed partial class IfOp : Operation
{
    [Operand(Constraint = TypeConstraint.I1)]
    public partial Value Condition { get; }

    [Result(Name = "results")]
    public partial System.ReadOnlySpan<OpResult> Outputs { get; }

    [Region(Name = "thenRegion", Blocks = 1)]
    public partial Region ThenRegion { get; }

    [Region(Name = "elseRegion")]
    public partial Region ElseRegion { get; }

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var thenRegion = state.AddRegion();
        var elseRegion = state.AddRegion();
        var cond = parser.ParseOperand();
        state.Operands.Add(parser.ResolveOperand(cond, parser.Context.I(1)));
        ScfSyntax.ParseOptionalArrowTypeList(parser, state.ResultTypes);
        parser.ParseRegion(thenRegion);
        ScfSyntax.EnsureTerminator(thenRegion, YieldOp.OperationName, state.Location);
        if (parser.ParseOptionalKeyword("else"))
        {
            parser.ParseRegion(elseRegion);
            ScfSyntax.EnsureTerminator(elseRegion, YieldOp.OperationName, state.Location);
        }
        parser.ParseOptionalAttrDict();
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(Condition);
        bool printTerminators = NumResults > 0;
        if (printTerminators)
        {
            printer.Write(" -> (");
            ScfSyntax.PrintResultTypes(printer, Outputs);
            printer.Write(')');
        }
        printer.Write(' ');
        printer.PrintRegion(ThenRegion, printEntryBlockArgs: false, printBlockTerminators: printTerminators);
        if (!ElseRegion.IsEmpty)
        {
            printer.Write(" else ");
            printer.PrintRegion(ElseRegion, printEntryBlockArgs: false, printBlockTerminators: printTerminators);
        }
        printer.PrintOptionalAttrDict(Attributes);
    }

    private bool Verify()
    {
        // MLIR's NoRegionArguments trait.
        for (int i = 0; i < 2; i++)
            if (Regions[i].FirstBlock is { NumArguments: > 0 })
                return EmitOpError($"region #{i} should have no arguments");
        if (NumResults != 0 && ElseRegion.IsEmpty)
            return EmitOpError("must have an else block if defining values");
        return VerifyRegions();
    }

    /// <summary>What MLIR checks once the regions are verified: the RegionBranchOpInterface edges (each yield
    /// passes the result types), then the implicit terminators.</summary>
    private bool VerifyRegions()
    {
        for (int i = 0; i < 2; i++)
            if (Regions[i].FirstBlock?.LastOp is { } term && RegionBranchVerifier.IsBranchTerminator(term)
                && !RegionBranchVerifier.EdgeToParent(this, term, RegionBranchVerifier.ForwardedOperands(term)))
                return false;
        for (int i = 0; i < 2; i++)
            if (Regions[i].FirstBlock is { } block && block.LastOp is not YieldOp)
                return NestedOps.RegionError(this, $"expects regions to end with 'scf.yield', found '{block.LastOp?.Name.Name ?? ""}'",
                    "in custom textual format, the absence of terminator implies 'scf.yield'");
        return true;
    }

    // if (xori(c, 1)) then A else B -> if c then B else A (in place; upstream's IfOp::fold)
    private bool Fold(System.ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results)
    {
        if (ElseRegion.IsEmpty)
            return false;
        if (Condition.DefiningOp is not { Name.Name: "arith.xori", NumOperands: 2 } xor
            || Operation.GetConstantValue(xor.GetOperand(1)) is not IntegerAttr { Bits.IsOne: true })
            return false;
        // In an unreachable block the xori may use its own result (%c = xori %c, 1): swapping would never end.
        if (ReferenceEquals(xor.GetOperand(0), Condition))
            return false;
        SetOperand(0, xor.GetOperand(0));
        var then = new Region();
        then.TakeBody(ThenRegion);
        ThenRegion.TakeBody(ElseRegion);
        ElseRegion.TakeBody(then);
        return true;
    }

    public static void GetCanonicalizationPatterns(RewritePatternSet patterns, Context context) =>
        IfCanonicalization.Add(patterns);
}
