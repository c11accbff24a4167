using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Scf;

/// <summary>
/// <c>%r = scf.for unsigned? %iv = %lb to %ub step %s iter_args(%acc = %init) -> (f32) : i32 { ... }</c>: runs
/// its single-block body for lb, lb+step, ... below ub (compared signed, or unsigned with <c>unsignedCmp</c>). The
/// body's arguments are the induction variable, then one per loop-carried value; its <c>scf.yield</c> passes the
/// next values, and the last ones are the results. The bound type is written only when it is not <c>index</c>.
/// </summary>
[Op("scf", "for", Summary = "for operation",
    Description = "The `scf.for` operation represents a loop taking 3 SSA value as operands that represent the lower "
        + "bound, upper bound and step respectively. The operation defines an SSA value for its induction variable. "
        + "It has one region capturing the loop body. The induction variable is represented as an argument of this "
        + "region. This SSA value is a signless integer or index. The step is a value of same type but required to "
        + "be positive, the lower and upper bounds can be also negative or zero. The lower and upper bounds specify "
        + "a half-open range: the iteration is executed iff the comparison of induction variable value is less than "
        + "the upper bound and bigger or equal to the lower bound. `scf.for` can also operate on loop-carried "
        + "variables and returns the final values after loop termination.")]
[Traits(OpTraits.AffineScope, OpTraits.SingleBlock, OpTraits.RecursiveMemoryEffects)]
[AllTypesMatch("lowerBound", "upperBound", "step")]
public sealed partial class ForOp : Operation
{
    [Operand(Name = "lowerBound", Constraint = TypeConstraint.AnySignlessIntegerOrIndex)]
    public partial Value LowerBound { get; }

    [Operand(Name = "upperBound", Constraint = TypeConstraint.AnySignlessIntegerOrIndex)]
    public partial Value UpperBound { get; }

    [Operand(Constraint = TypeConstraint.AnySignlessIntegerOrIndex)]
    public partial Value Step { get; }

    [Operand(Name = "initArgs")]
    public partial System.ReadOnlySpan<OpOperand> InitArgs { get; }

    [Result(Name = "results")]
    public partial System.ReadOnlySpan<OpResult> LoopResults { get; }

    [Property(Name = "unsignedCmp")]
    public partial UnitAttr? UnsignedCmp { get; }

    [Region(Name = "region", Blocks = 1)]
    public partial Region Body { get; }

    /// <summary>The loop body's block.</summary>
    public Block BodyBlock => Body.FirstBlock!;

    /// <summary>The induction variable (the body's first argument).</summary>
    public BlockArgument InductionVar => BodyBlock.GetArgument(0);

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var context = parser.Context;
        var props = new List<NamedAttribute>();
        if (parser.ParseOptionalKeyword("unsigned"))
            props.Add(new NamedAttribute("unsignedCmp", UnitAttr.Get(context)));
        var iv = parser.ParseOperand();
        parser.ParseEqual();
        var lb = parser.ParseOperand();
        parser.ParseKeyword("to");
        var ub = parser.ParseOperand();
        parser.ParseKeyword("step");
        var step = parser.ParseOperand();

        var iterArgs = new List<UnresolvedOperand>();
        var inits = new List<UnresolvedOperand>();
        bool hasIterArgs = parser.ParseOptionalKeyword("iter_args");
        if (hasIterArgs)
        {
            ScfSyntax.ParseAssignmentList(parser, iterArgs, inits);
            ScfSyntax.ParseArrowTypeList(parser, state.ResultTypes);
        }
        if (iterArgs.Count != state.ResultTypes.Count)
        {
            context.EmitError(state.Location, "custom op 'scf.for' mismatch in number of loop-carried values and defined values");
            return false;
        }
        Type type = parser.ParseOptionalColon() ? parser.ParseType() : context.IndexType;

        var regionArgs = new List<(UnresolvedOperand, Type, LocationAttr?)> { ScfSyntax.Arg(iv, type) };
        for (int i = 0; i < iterArgs.Count; i++)
            regionArgs.Add(ScfSyntax.Arg(iterArgs[i], state.ResultTypes[i]));
        var body = state.AddRegion();
        parser.ParseRegion(body, regionArgs);
        ScfSyntax.EnsureTerminator(body, YieldOp.OperationName, state.Location);

        // Operands resolve after the body, so that a use of a value defined inside it is an error.
        state.Operands.Add(parser.ResolveOperand(lb, type));
        state.Operands.Add(parser.ResolveOperand(ub, type));
        state.Operands.Add(parser.ResolveOperand(step, type));
        for (int i = 0; i < inits.Count; i++)
            state.Operands.Add(parser.ResolveOperand(inits[i], state.ResultTypes[i]));
        parser.ParseOptionalAttrDict();
        ScfSyntax.SetProperties(state, props, Info.InherentAttributes);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        if (UnsignedCmp != null)
            printer.Write(" unsigned");
        var block = Body.FirstBlock;
        printer.Write(' ');
        if (block is { NumArguments: > 0 })
            printer.PrintOperand(block.GetArgument(0));
        printer.Write(" = ");
        printer.PrintOperand(LowerBound);
        printer.Write(" to ");
        printer.PrintOperand(UpperBound);
        printer.Write(" step ");
        printer.PrintOperand(Step);
        var inits = InitArgs;
        ScfSyntax.PrintInitializationList(printer, block, 1, inits, " iter_args");
        if (inits.Length > 0)
        {
            printer.Write(" -> (");
            ScfSyntax.PrintOperandTypes(printer, inits);
            printer.Write(')');
        }
        printer.Write(' ');
        // MLIR prints the induction variable's type (the bounds' type when the body has no argument).
        var ivType = block is { NumArguments: > 0 } ? block.GetArgument(0).Type : LowerBound.Type;
        if (ivType is not IndexType)
        {
            printer.Write(" : ");
            printer.PrintType(ivType);
            printer.Write(' ');
        }
        printer.PrintRegion(Body, printEntryBlockArgs: false, printBlockTerminators: inits.Length > 0);
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, ["unsignedCmp"], null);
    }

    private bool Verify()
    {
        if (InitArgs.Length != NumResults)
            return EmitOpError("mismatch in number of loop-carried values and defined values");
        return VerifyRegions();
    }

    /// <summary>The checks MLIR runs once the body is verified: the LoopLikeOpInterface and
    /// RegionBranchOpInterface invariants, the implicit terminator, then the op's region verifier.</summary>
    private bool VerifyRegions()
    {
        var block = Body.FirstBlock;
        if (block == null)
            return true;
        var term = block.LastOp;
        var yielded = term is YieldOp y ? y.Values : default;
        if (!LoopLikeVerifier.Verify(this, InitArgs, block, 1, yielded, hasLoopResults: true))
            return false;
        if (!VerifyControlFlowEdges(block, term))
            return false;
        if (term is not YieldOp)
            return NestedOps.RegionError(this, $"expects regions to end with 'scf.yield', found '{term?.Name.Name ?? ""}'",
                "in custom textual format, the absence of terminator implies 'scf.yield'");
        if (block.NumArguments == 0 || !ReferenceEquals(block.GetArgument(0).Type, LowerBound.Type))
            return NestedOps.RegionError(this, "expected induction variable to be same type as bounds and step");
        if (block.NumArguments - 1 != NumResults)
            return NestedOps.RegionError(this, "mismatch in number of basic block args and defined values");
        var inits = InitArgs;
        var results = LoopResults;
        for (int i = 0; i < results.Length; i++)
        {
            if (!ReferenceEquals(inits[i].Value.Type, results[i].Type))
                return NestedOps.RegionError(this, $"types mismatch between {i}th iter operand and defined value");
            if (!ReferenceEquals(block.GetArgument(i + 1).Type, results[i].Type))
                return NestedOps.RegionError(this, $"types mismatch between {i}th iter region arg and defined value");
        }
        return true;
    }

    /// <summary>RegionBranchOpInterface edges (as MLIR 22 lists them, whatever the trip count): the op enters the
    /// body (iter_args) or skips it (results); the yield loops back or exits.</summary>
    private bool VerifyControlFlowEdges(Block block, Operation? term)
    {
        var inits = InitArgs;
        if (!RegionBranchVerifier.Edge(this, null, 0, inits, block, 1) || !RegionBranchVerifier.EdgeToParent(this, null, inits))
            return false;
        if (!RegionBranchVerifier.IsBranchTerminator(term))
            return true;
        var forwarded = RegionBranchVerifier.ForwardedOperands(term!);
        return RegionBranchVerifier.Edge(this, term, 0, forwarded, block, 1)
            && RegionBranchVerifier.EdgeToParent(this, term, forwarded);
    }

    public static void GetCanonicalizationPatterns(RewritePatternSet patterns, Context context) =>
        ForCanonicalization.Add(patterns);
}
