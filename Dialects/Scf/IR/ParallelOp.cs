using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Scf;

/// <summary>
/// <c>%r = scf.parallel (%i, %j) = (%lb0, %lb1) to (%ub0, %ub1) step (%s0, %s1) init (%x) -> f32 { ... }</c>: a loop
/// nest whose iterations may run in any order or in parallel; its body ends with <c>scf.reduce</c>, one reduction
/// per result (combining the init value with every iteration's contribution).
/// </summary>
[Op("scf", "parallel", Summary = "parallel for operation",
    Description = "The `scf.parallel` operation represents a loop nest taking 4 groups of SSA values as operands that "
        + "represent the lower bounds, upper bounds, steps and initial values, respectively. The operation defines a "
        + "variadic number of SSA values for its induction variables. It has one region capturing the loop body. "
        + "The induction variables are represented as an argument of this region. These SSA values always have type "
        + "index, which is the size of the machine word. The steps are values of type index, required to be "
        + "positive. The lower and upper bounds specify a half-open range: the range includes the lower bound but "
        + "does not include the upper bound. The initial values have the same types as results of `scf.parallel`. "
        + "If there are no results, the keyword `init` can be omitted.")]
[Traits(OpTraits.AttrSizedOperandSegments, OpTraits.SingleBlock, OpTraits.RecursiveMemoryEffects)]
public sealed partial class ParallelOp : Operation
{
    [Operand(Name = "lowerBound", Constraint = TypeConstraint.Index)]
    public partial System.ReadOnlySpan<OpOperand> LowerBound { get; }

    [Operand(Name = "upperBound", Constraint = TypeConstraint.Index)]
    public partial System.ReadOnlySpan<OpOperand> UpperBound { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial System.ReadOnlySpan<OpOperand> Step { get; }

    [Operand(Name = "initVals")]
    public partial System.ReadOnlySpan<OpOperand> InitVals { get; }

    [Result(Name = "results")]
    public partial System.ReadOnlySpan<OpResult> Outputs { get; }

    [Region(Name = "region", Blocks = 1)]
    public partial Region Body { get; }

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var context = parser.Context;
        var index = context.IndexType;
        var ivs = new List<UnresolvedOperand>();
        parser.ParseLParen();
        if (!parser.ParseOptionalRParen())
        {
            do
                ivs.Add(parser.ParseOperand());
            while (parser.ParseOptionalComma());
            parser.ParseRParen();
        }
        parser.ParseEqual();
        if (!ParseBoundList(parser, state, ivs.Count, out int numLower))
            return false;
        parser.ParseKeyword("to");
        if (!ParseBoundList(parser, state, ivs.Count, out int numUpper))
            return false;
        parser.ParseKeyword("step");
        if (!ParseBoundList(parser, state, ivs.Count, out int numSteps))
            return false;
        var inits = new List<UnresolvedOperand>();
        if (parser.ParseOptionalKeyword("init"))
        {
            parser.ParseLParen();
            if (!parser.ParseOptionalRParen())
            {
                do
                    inits.Add(parser.ParseOperand());
                while (parser.ParseOptionalComma());
                parser.ParseRParen();
            }
        }
        ScfSyntax.ParseOptionalArrowTypeList(parser, state.ResultTypes);
        var regionArgs = new List<(UnresolvedOperand, Type, LocationAttr?)>(ivs.Count);
        foreach (var iv in ivs)
            regionArgs.Add(ScfSyntax.Arg(iv, index));
        var body = state.AddRegion();
        parser.ParseRegion(body, regionArgs.Count > 0 ? regionArgs : null);
        var props = new List<NamedAttribute>
        {
            new(OperandSegments.OperandSegmentSizes, DenseArrayAttr.Get(context.I(32), [numLower, numUpper, numSteps, inits.Count])),
        };
        parser.ParseOptionalAttrDict();
        if (inits.Count != state.ResultTypes.Count)
        {
            context.EmitError(state.Location, $"custom op 'scf.parallel' number of operands and types do not match: got {inits.Count} operands and {state.ResultTypes.Count} types");
            return false;
        }
        for (int i = 0; i < inits.Count; i++)
            state.Operands.Add(parser.ResolveOperand(inits[i], state.ResultTypes[i]));
        ScfSyntax.EnsureTerminator(body, ReduceOp.OperationName, state.Location);
        ScfSyntax.SetProperties(state, props, Info.InherentAttributes);
        return true;
    }

    /// <summary><c>(%a, %b)</c> of exactly <paramref name="count"/> index operands (MLIR's
    /// <c>parseOperandList</c> with a required count), resolved into the state.</summary>
    private static bool ParseBoundList(OpAsmParser parser, OperationState state, int count, out int parsed)
    {
        var loc = parser.CurrentLocation;
        var operands = new List<UnresolvedOperand>();
        parser.ParseLParen();
        if (!parser.ParseOptionalRParen())
        {
            do
                operands.Add(parser.ParseOperand());
            while (parser.ParseOptionalComma());
            parser.ParseRParen();
        }
        parsed = operands.Count;
        if (operands.Count != count)
        {
            parser.Context.EmitError(loc, $"custom op 'scf.parallel' expected {count} operands");
            return false;
        }
        foreach (var o in operands)
            state.Operands.Add(parser.ResolveOperand(o, parser.Context.IndexType));
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(" (");
        var block = Body.FirstBlock;
        for (int i = 0; block != null && i < block.NumArguments; i++)
        {
            if (i > 0)
                printer.Write(", ");
            printer.PrintOperand(block.GetArgument(i));
        }
        printer.Write(") = (");
        ScfSyntax.PrintOperands(printer, LowerBound);
        printer.Write(") to (");
        ScfSyntax.PrintOperands(printer, UpperBound);
        printer.Write(") step (");
        ScfSyntax.PrintOperands(printer, Step);
        printer.Write(')');
        if (InitVals.Length > 0)
        {
            printer.Write(" init (");
            ScfSyntax.PrintOperands(printer, InitVals);
            printer.Write(')');
        }
        ScfSyntax.PrintOptionalArrowTypeList(printer, Outputs);
        printer.Write(' ');
        printer.PrintRegion(Body, printEntryBlockArgs: false, printBlockTerminators: true);
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, [OperandSegments.OperandSegmentSizes], null);
    }

    private bool Verify()
    {
        var steps = Step;
        if (steps.Length == 0)
            return EmitOpError("needs at least one tuple element for lowerBound, upperBound and step");
        foreach (var step in steps)
            if (Operation.GetConstantValue(step.Value) is IntegerAttr c && c.SignedValue <= 0)
                return EmitOpError("constant step operand must be positive");
        var body = Body.FirstBlock!;
        if (body.NumArguments != steps.Length)
            return EmitOpError($"expects the same number of induction variables: {body.NumArguments} as bound and step values: {steps.Length}");
        foreach (var arg in body.Arguments)
            if (arg.Type is not Core.IR.Types.IndexType)
                return EmitOpError("expects arguments for the induction variable to be of index type");
        if (body.LastOp is not ReduceOp reduce)
        {
            var diag = EmitOpError("expects body to terminate with 'scf.reduce'");
            if (body.LastOp is { } last)
                diag.AttachNote("terminator here", last.Location);
            return false;
        }
        int numResults = NumResults, numReductions = reduce.NumRegions, numInits = InitVals.Length;
        if (numResults != numReductions)
            return EmitOpError($"expects number of results: {numResults} to be the same as number of reductions: {numReductions}");
        if (numResults != numInits)
            return EmitOpError($"expects number of results: {numResults} to be the same as number of initial values: {numInits}");
        // A reduce with the wrong operand count reports itself.
        if (reduce.NumOperands != numInits)
            return true;
        for (int i = 0; i < numReductions; i++)
        {
            var resultType = GetResult(i).Type;
            var operandType = reduce.GetOperand(i).Type;
            if (!ReferenceEquals(resultType, operandType))
                return reduce.EmitOpError($"expects type of {i}-th reduction operand: '{operandType}' to be the same as the {i}-th result type: '{resultType}'");
        }
        return true;
    }

    public static void GetCanonicalizationPatterns(RewritePatternSet patterns, Context context) =>
        RegionOpCanonicalization.AddParallel(patterns);
}
