using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Interfaces;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.ControlFlow;

/// <summary>
/// <c>cf.cond_br %c weights([3, 5]), ^bb1(%a : i32), ^bb2</c>: branches to <see cref="TrueDest"/> when the i1
/// condition is set, else to <see cref="FalseDest"/>. The optional <c>branch_weights</c> (one i32 per successor,
/// not all zero) are MLIR's WeightedBranchOpInterface. Syntax written by hand: the weights print as a bare
/// <c>[3, 5]</c>.
/// </summary>
[Op("cf", "cond_br", Summary = "Conditional branch operation",
    Description = "The `cf.cond_br` terminator operation represents a conditional branch on a boolean (1-bit "
        + "integer) value. If the bit is set, then the first destination is jumped to; if it is false, the second "
        + "destination is chosen. The count and types of operands must align with the arguments in the "
        + "corresponding target blocks.")]
[Traits(OpTraits.AttrSizedOperandSegments, OpTraits.Pure, OpTraits.IsTerminator)]
public sealed partial class CondBranchOp : Operation
{
    [Operand(Constraint = TypeConstraint.I1)]
    public partial Value Condition { get; }

    [Operand(Name = "trueDestOperands")]
    public partial System.ReadOnlySpan<OpOperand> TrueDestOperands { get; }

    [Operand(Name = "falseDestOperands")]
    public partial System.ReadOnlySpan<OpOperand> FalseDestOperands { get; }

    [Property(ConstraintMethod = nameof(IsI32Array), ConstraintSummary = "i32 dense array attribute")]
    public partial DenseArrayAttr? BranchWeights { get; }

    [Successor]
    public partial Block TrueDest { get; }

    [Successor]
    public partial Block FalseDest { get; }

    private static bool IsI32Array(Attribute attr) => attr is DenseArrayAttr { ElementType: IntegerType { Width: 32, IsSignless: true } };

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var context = parser.Context;
        var props = new List<NamedAttribute>();
        var condition = parser.ParseOperand();
        if (parser.ParseOptionalKeyword("weights"))
        {
            parser.ParseLParen();
            if (!ParseI32Array(parser, out var weights))
                return false;
            props.Add(new NamedAttribute("branch_weights", weights));
            parser.ParseRParen();
        }
        parser.ParseComma();
        var trueOperands = new List<UnresolvedOperand>();
        var trueTypes = new List<Type>();
        if (!parser.ParseSuccessorAndUseList(out var trueDest, trueOperands, trueTypes))
            return false;
        parser.ParseComma();
        var falseOperands = new List<UnresolvedOperand>();
        var falseTypes = new List<Type>();
        if (!parser.ParseSuccessorAndUseList(out var falseDest, falseOperands, falseTypes))
            return false;
        parser.ParseOptionalAttrDict();
        state.Operands.Add(parser.ResolveOperand(condition, context.I(1)));
        BranchSyntax.Resolve(parser, state, trueOperands, trueTypes);
        BranchSyntax.Resolve(parser, state, falseOperands, falseTypes);
        state.Successors.Add(trueDest);
        state.Successors.Add(falseDest);
        props.Add(new NamedAttribute(OperandSegments.OperandSegmentSizes,
            DenseArrayAttr.Get(context.I(32), [1, trueOperands.Count, falseOperands.Count])));
        GeneratedSyntax.SetProperties(state, props, Info.InherentAttributes);
        return true;
    }

    /// <summary><c>[1, 2]</c>: MLIR's DenseI32ArrayAttr in an assembly format (each element an int32).</summary>
    private static bool ParseI32Array(OpAsmParser parser, out DenseArrayAttr array)
    {
        var values = new List<long>();
        parser.ParseLSquare();
        if (!parser.ParseOptionalRSquare())
        {
            do
            {
                var loc = parser.CurrentLocation;
                long v = parser.ParseInteger();
                if (v < int.MinValue || v > int.MaxValue)
                {
                    array = null!;
                    parser.Context.EmitError(loc, $"custom op '{parser.State.Name.Name}' integer value too large");
                    return false;
                }
                values.Add(v);
            }
            while (parser.ParseOptionalComma());
            parser.ParseRSquare();
        }
        array = DenseArrayAttr.Get(parser.Context.I(32), values.ToArray());
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(Condition);
        if (BranchWeights is { } weights)
        {
            printer.Write(" weights([");
            var raw = weights.Raw;
            for (int i = 0; i < raw.Length; i++)
            {
                if (i > 0)
                    printer.Write(", ");
                printer.Write(raw[i]);
            }
            printer.Write("])");
        }
        printer.Write(", ");
        printer.PrintSuccessorAndUseList(TrueDest, TrueDestOperands);
        printer.Write(", ");
        printer.PrintSuccessorAndUseList(FalseDest, FalseDestOperands);
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, [OperandSegments.OperandSegmentSizes, "branch_weights"], null);
    }

    private bool Verify()
    {
        // MLIR's BranchOpInterface (first in the op's trait list): each successor's operands match its block
        // arguments.
        if (!SuccessorOperandsVerifier.Verify(this, 0, TrueDestOperands) || !SuccessorOperandsVerifier.Verify(this, 1, FalseDestOperands))
            return false;
        // MLIR's WeightedBranchOpInterface: as many weights as successors, not all zero (or no weights).
        if (BranchWeights is { Count: > 0 } weights)
        {
            if (weights.Count != NumSuccessors)
            {
                EmitError($"expects number of branch weights to match number of successors: {weights.Count} vs {NumSuccessors}");
                return false;
            }
            bool allZero = true;
            foreach (long w in weights.Raw)
                allZero &= w == 0;
            if (allZero)
            {
                EmitError("branch weights cannot all be zero");
                return false;
            }
        }
        return true;
    }

    /// <summary>Successor 0 gets the true operands, successor 1 the false ones (segments 1 and 2).</summary>
    public SuccessorOperands GetSuccessorOperands(int index)
    {
        int trueCount = TrueDestOperands.Length;
        return index == 0
            ? new SuccessorOperands(this, 1, trueCount, new OperandSegment(OperandSegments.OperandSegmentSizes, 1))
            : new SuccessorOperands(this, 1 + trueCount, FalseDestOperands.Length, new OperandSegment(OperandSegments.OperandSegmentSizes, 2));
    }

    public static void GetCanonicalizationPatterns(RewritePatternSet patterns, Context context) =>
        CondBranchCanonicalization.Add(patterns);
}
