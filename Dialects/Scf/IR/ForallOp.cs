using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Scf;

/// <summary>
/// <c>%r = scf.forall (%i, %j) = (0, %lb) to (%ub, 8) step (1, %s) shared_outs(%o = %t) -> (tensor&lt;..&gt;) { ... }</c>,
/// or <c>scf.forall (%i) in (%ub) ...</c> when every lower bound is 0 and every step 1: a parallel loop nest whose
/// threads combine their parts of the shared outputs in the <c>scf.forall.in_parallel</c> terminator. Each bound
/// is a constant in <c>static*</c> (an i64 array) or, where that holds <see cref="DynamicMarker"/>, the next
/// <c>dynamic*</c> operand.
/// </summary>
[Op("scf", "forall", Summary = "evaluate a block multiple times in parallel",
    Description = "`scf.forall` is a target-independent multi-dimensional parallel region application operation. It "
        + "has exactly one block that represents the parallel body and it takes index operands that specify lower "
        + "bounds, upper bounds and steps. The op also takes a variadic number of tensor operands (`shared_outs`). "
        + "The future buffers corresponding to these tensors are shared among all threads. Shared tensors should be "
        + "accessed via their corresponding block arguments. An optional `mapping` is an attribute array that "
        + "specifies processing units with their dimension. The only allowed terminator is `scf.forall.in_parallel`. "
        + "`scf.forall` returns one value per `shared_out` operand.")]
[Traits(OpTraits.AttrSizedOperandSegments, OpTraits.SingleBlock, OpTraits.RecursiveMemoryEffects)]
public sealed partial class ForallOp : Operation
{
    /// <summary>MLIR's <c>ShapedType::kDynamic</c>: a bound given by an operand.</summary>
    public const long DynamicMarker = long.MinValue;

    private static readonly string[] StaticNames = ["staticLowerBound", "staticUpperBound", "staticStep"];

    [Operand(Name = "dynamicLowerBound", Constraint = TypeConstraint.Index)]
    public partial System.ReadOnlySpan<OpOperand> DynamicLowerBound { get; }

    [Operand(Name = "dynamicUpperBound", Constraint = TypeConstraint.Index)]
    public partial System.ReadOnlySpan<OpOperand> DynamicUpperBound { get; }

    [Operand(Name = "dynamicStep", Constraint = TypeConstraint.Index)]
    public partial System.ReadOnlySpan<OpOperand> DynamicStep { get; }

    [Operand(Constraint = TypeConstraint.AnyRankedTensor)]
    public partial System.ReadOnlySpan<OpOperand> Outputs { get; }

    [Property(Name = "staticLowerBound", ConstraintMethod = nameof(IsI64Array), ConstraintSummary = "i64 dense array attribute")]
    public partial DenseArrayAttr StaticLowerBound { get; }

    [Property(Name = "staticUpperBound", ConstraintMethod = nameof(IsI64Array), ConstraintSummary = "i64 dense array attribute")]
    public partial DenseArrayAttr StaticUpperBound { get; }

    [Property(Name = "staticStep", ConstraintMethod = nameof(IsI64Array), ConstraintSummary = "i64 dense array attribute")]
    public partial DenseArrayAttr StaticStep { get; }

    [Property(ConstraintMethod = nameof(IsDeviceMappingArray), ConstraintSummary = "Device Mapping array attribute")]
    public partial ArrayAttr? Mapping { get; }

    [Result(Name = "results")]
    public partial System.ReadOnlySpan<OpResult> LoopResults { get; }

    [Region(Name = "region", Blocks = 1)]
    public partial Region Body { get; }

    /// <summary>The number of loops (the length of <c>staticLowerBound</c>).</summary>
    public int Rank => (GetInherentAttr("staticLowerBound") as DenseArrayAttr)?.Count ?? 0;

    private static bool IsI64Array(Attribute attr) => attr is DenseArrayAttr { ElementType: IntegerType { Width: 64, IsSignless: true } };

    // Device mapping attributes (#gpu.thread<x>, ...) come from other dialects: any non-builtin attribute is taken
    // as one.
    private static bool IsDeviceMappingArray(Attribute attr)
    {
        if (attr is not ArrayAttr array)
            return false;
        foreach (var e in array.Elements)
            if (e is not (DialectAttribute or OpaqueAttr))
                return false;
        return true;
    }

    /// <summary>True when every lower bound is the constant 0 and every step the constant 1 (MLIR's
    /// isNormalized; dynamic bounds defined by constants count).</summary>
    public bool IsNormalized => AllConstant(StaticLowerBound, DynamicLowerBound, 0) && AllConstant(StaticStep, DynamicStep, 1);

    private static bool AllConstant(DenseArrayAttr statics, System.ReadOnlySpan<OpOperand> dynamics, long expected)
    {
        int next = 0;
        foreach (long s in statics.Raw)
        {
            long value = s;
            if (s == DynamicMarker)
            {
                if (next >= dynamics.Length || Operation.GetConstantValue(dynamics[next++].Value) is not IntegerAttr c)
                    return false;
                value = (long)c.SignedValue;
            }
            if (value != expected)
                return false;
        }
        return true;
    }

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
        var dynLbs = new List<UnresolvedOperand>();
        var dynUbs = new List<UnresolvedOperand>();
        var dynSteps = new List<UnresolvedOperand>();
        List<long>? lbs, ubs, steps;
        if (parser.ParseOptionalKeyword("in"))
        {
            if (!ParseDynamicIndexList(parser, state, dynUbs, out ubs))
                return false;
            lbs = new List<long>(ivs.Count);
            steps = new List<long>(ivs.Count);
            for (int i = 0; i < ivs.Count; i++)
            {
                lbs.Add(0);
                steps.Add(1);
            }
        }
        else
        {
            parser.ParseEqual();
            if (!ParseDynamicIndexList(parser, state, dynLbs, out lbs))
                return false;
            parser.ParseKeyword("to");
            if (!ParseDynamicIndexList(parser, state, dynUbs, out ubs))
                return false;
            parser.ParseKeyword("step");
            if (!ParseDynamicIndexList(parser, state, dynSteps, out steps))
                return false;
        }

        var outArgs = new List<UnresolvedOperand>();
        var outs = new List<UnresolvedOperand>();
        var outsLoc = parser.CurrentLocation;
        if (parser.ParseOptionalKeyword("shared_outs"))
        {
            ScfSyntax.ParseAssignmentList(parser, outArgs, outs);
            ScfSyntax.ParseOptionalArrowTypeList(parser, state.ResultTypes);
            if (outs.Count != state.ResultTypes.Count)
            {
                context.EmitError(outsLoc, $"custom op 'scf.forall' number of operands and types do not match: got {outs.Count} operands and {state.ResultTypes.Count} types");
                return false;
            }
            for (int i = 0; i < outs.Count; i++)
                state.Operands.Add(parser.ResolveOperand(outs[i], state.ResultTypes[i]));
        }

        var regionArgs = new List<(UnresolvedOperand, Type, LocationAttr?)>(ivs.Count + outArgs.Count);
        foreach (var iv in ivs)
            regionArgs.Add(ScfSyntax.Arg(iv, index));
        for (int i = 0; i < outArgs.Count; i++)
            regionArgs.Add(ScfSyntax.Arg(outArgs[i], state.ResultTypes[i]));
        var body = state.AddRegion();
        parser.ParseRegion(body, regionArgs.Count > 0 ? regionArgs : null);
        ScfSyntax.EnsureTerminator(body, InParallelOp.OperationName, state.Location);
        parser.ParseOptionalAttrDict();

        var i64 = context.I(64);
        var props = new List<NamedAttribute>
        {
            new("staticLowerBound", DenseArrayAttr.Get(i64, lbs.ToArray())),
            new("staticUpperBound", DenseArrayAttr.Get(i64, ubs.ToArray())),
            new("staticStep", DenseArrayAttr.Get(i64, steps.ToArray())),
            new(OperandSegments.OperandSegmentSizes, DenseArrayAttr.Get(context.I(32), [dynLbs.Count, dynUbs.Count, dynSteps.Count, outs.Count])),
        };
        ScfSyntax.SetProperties(state, props, Info.InherentAttributes);
        return true;
    }

    /// <summary>
    /// MLIR's <c>parseDynamicIndexList</c> in parentheses: each entry an index operand (recorded as
    /// <see cref="DynamicMarker"/> and resolved into the state right away) or an integer. The operands must come in
    /// the state in bound order, so this is called for the lower bounds, then the upper bounds, then the steps.
    /// </summary>
    private static bool ParseDynamicIndexList(OpAsmParser parser, OperationState state, List<UnresolvedOperand> dynamic, out List<long> statics)
    {
        statics = new List<long>();
        parser.ParseLParen();
        if (parser.ParseOptionalRParen())
            return true;
        do
        {
            if (parser.IsOperandNext)
            {
                var operand = parser.ParseOperand();
                dynamic.Add(operand);
                statics.Add(DynamicMarker);
                state.Operands.Add(parser.ResolveOperand(operand, parser.Context.IndexType));
                continue;
            }
            if (!parser.ParseOptionalInteger(out long value))
            {
                parser.EmitError("expected integer value");
                parser.Context.EmitError(state.Location, "custom op 'scf.forall' expected SSA value or integer");
                return false;
            }
            statics.Add(value);
        }
        while (parser.ParseOptionalComma());
        parser.ParseRParen();
        return true;
    }

    /// <summary>MLIR's <c>printDynamicIndexList</c> in parentheses.</summary>
    private static void PrintDynamicIndexList(OpAsmPrinter printer, DenseArrayAttr statics, System.ReadOnlySpan<OpOperand> dynamics)
    {
        printer.Write('(');
        int next = 0;
        var raw = statics.Raw;
        for (int i = 0; i < raw.Length; i++)
        {
            if (i > 0)
                printer.Write(", ");
            if (raw[i] == DynamicMarker && next < dynamics.Length)
                printer.PrintOperand(dynamics[next++].Value);
            else
                printer.Write(raw[i]);
        }
        printer.Write(')');
    }

    private void Print(OpAsmPrinter printer)
    {
        var block = Body.FirstBlock;
        int rank = Rank;
        printer.Write(" (");
        for (int i = 0; block != null && i < rank && i < block.NumArguments; i++)
        {
            if (i > 0)
                printer.Write(", ");
            printer.PrintOperand(block.GetArgument(i));
        }
        if (IsNormalized)
        {
            printer.Write(") in ");
            PrintDynamicIndexList(printer, StaticUpperBound, DynamicUpperBound);
        }
        else
        {
            printer.Write(") = ");
            PrintDynamicIndexList(printer, StaticLowerBound, DynamicLowerBound);
            printer.Write(" to ");
            PrintDynamicIndexList(printer, StaticUpperBound, DynamicUpperBound);
            printer.Write(" step ");
            PrintDynamicIndexList(printer, StaticStep, DynamicStep);
        }
        ScfSyntax.PrintInitializationList(printer, block, rank, Outputs, " shared_outs");
        printer.Write(' ');
        if (block != null && block.NumArguments > rank)
        {
            printer.Write("-> (");
            ScfSyntax.PrintResultTypes(printer, LoopResults);
            printer.Write(") ");
        }
        printer.PrintRegion(Body, printEntryBlockArgs: false, printBlockTerminators: NumResults > 0);
        GeneratedSyntax.PrintOptionalAttrDict(printer, this,
            [OperandSegments.OperandSegmentSizes, "staticLowerBound", "staticUpperBound", "staticStep"], null);
    }

    private bool Verify()
    {
        int numLoops = Rank;
        var outputs = Outputs;
        if (NumResults != outputs.Length)
            return EmitOpError($"produces {NumResults} results, but has only {outputs.Length} outputs");
        var body = Body.FirstBlock!;
        if (body.NumArguments != numLoops + outputs.Length)
            return EmitOpError($"region expects {numLoops} arguments");
        for (int i = 0; i < numLoops; i++)
            if (body.GetArgument(i).Type is not IndexType)
                return EmitOpError($"expects {i}-th block argument to be an index");
        for (int i = 0; i < outputs.Length; i++)
            if (!ReferenceEquals(body.GetArgument(i + numLoops).Type, outputs[i].Value.Type))
                return EmitOpError($"type mismatch between {i}-th output and corresponding block argument");
        if (Mapping is { Count: > 0 } mapping && mapping.Count != numLoops)
            return EmitOpError("mapping attribute size must match op rank");
        if (!VerifyBounds("lower bound", StaticLowerBound, DynamicLowerBound, numLoops)
            || !VerifyBounds("upper bound", StaticUpperBound, DynamicUpperBound, numLoops)
            || !VerifyBounds("step", StaticStep, DynamicStep, numLoops))
            return false;
        // MLIR's SingleBlockImplicitTerminator, checked once the body is verified.
        if (body.LastOp is not InParallelOp)
            return NestedOps.RegionError(this, $"expects regions to end with 'scf.forall.in_parallel', found '{body.LastOp?.Name.Name ?? ""}'",
                "in custom textual format, the absence of terminator implies 'scf.forall.in_parallel'");
        return true;
    }

    /// <summary>MLIR's <c>verifyListOfOperandsOrIntegers</c>: one static entry per loop, and one operand per
    /// dynamic entry.</summary>
    private bool VerifyBounds(string name, DenseArrayAttr statics, System.ReadOnlySpan<OpOperand> dynamics, int numLoops)
    {
        if (statics.Count != numLoops)
        {
            EmitError($"expected {numLoops} {name} values, got {statics.Count}");
            return false;
        }
        int numDynamic = 0;
        foreach (long s in statics.Raw)
            if (s == DynamicMarker)
                numDynamic++;
        if (dynamics.Length != numDynamic)
        {
            EmitError($"expected {numDynamic} dynamic {name} values");
            return false;
        }
        return true;
    }
}
