using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;

using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.cond_br %c, ^bb1(%a : i32), ^bb2</c>: branches to <see cref="TrueDest"/> when the i1 condition
/// is set, else to <see cref="FalseDest"/>.</summary>
[Op("llvm", "cond_br", Summary = "LLVM conditional branch operation")]
[Traits(OpTraits.AttrSizedOperandSegments, OpTraits.Pure, OpTraits.IsTerminator)]
public sealed partial class CondBrOp : Operation
{
    [Operand(Constraint = TypeConstraint.I1)]
    public partial Value Condition { get; }

    [Operand(Name = "trueDestOperands")]
    public partial System.ReadOnlySpan<OpOperand> TrueDestOperands { get; }

    [Operand(Name = "falseDestOperands")]
    public partial System.ReadOnlySpan<OpOperand> FalseDestOperands { get; }

    [Successor]
    public partial Block TrueDest { get; }

    [Successor]
    public partial Block FalseDest { get; }

    /// <summary>Optional branch weights, one i32 per successor (<c>weights([3, 5])</c>).</summary>
    [Property(Name = "branch_weights")]
    public partial DenseArrayAttr? BranchWeights { get; }

    // `%c (weights([a, b]))?, ^t(ops : types)?, ^f(ops : types)? attr-dict`
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var context = parser.Context;
        var props = new System.Collections.Generic.List<NamedAttribute>();
        var condition = parser.ParseOperand();
        if (parser.ParseOptionalKeyword("weights"))
        {
            parser.ParseLParen();
            parser.ParseLSquare();
            var weights = new System.Collections.Generic.List<long>();
            if (!parser.ParseOptionalRSquare())
            {
                do
                    weights.Add(parser.ParseInteger());
                while (parser.ParseOptionalComma());
                parser.ParseRSquare();
            }
            parser.ParseRParen();
            props.Add(new NamedAttribute("branch_weights", DenseArrayAttr.Get(context.I(32), weights.ToArray())));
        }
        parser.ParseComma();
        var trueOperands = new System.Collections.Generic.List<UnresolvedOperand>();
        var trueTypes = new System.Collections.Generic.List<Type>();
        if (!parser.ParseSuccessorAndUseList(out var trueDest, trueOperands, trueTypes))
            return false;
        parser.ParseComma();
        var falseOperands = new System.Collections.Generic.List<UnresolvedOperand>();
        var falseTypes = new System.Collections.Generic.List<Type>();
        if (!parser.ParseSuccessorAndUseList(out var falseDest, falseOperands, falseTypes))
            return false;
        parser.ParseOptionalAttrDict();
        state.Operands.Add(parser.ResolveOperand(condition, context.I(1)));
        for (int i = 0; i < trueOperands.Count; i++)
            state.Operands.Add(parser.ResolveOperand(trueOperands[i], trueTypes[i]));
        for (int i = 0; i < falseOperands.Count; i++)
            state.Operands.Add(parser.ResolveOperand(falseOperands[i], falseTypes[i]));
        state.Successors.Add(trueDest);
        state.Successors.Add(falseDest);
        props.Add(new NamedAttribute(OperandSegments.OperandSegmentSizes,
            DenseArrayAttr.Get(context.I(32), [1, trueOperands.Count, falseOperands.Count])));
        GeneratedSyntax.SetProperties(state, props, Info.InherentAttributes);
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

    private bool Verify() =>
        LlvmBranches.VerifySuccessor(this, 0, TrueDestOperands)
        && LlvmBranches.VerifySuccessor(this, 1, FalseDestOperands);

    /// <summary>Operands 1.. of each destination, as the segment sizes say.</summary>
    public SuccessorOperands GetSuccessorOperands(int index)
    {
        int trueCount = TrueDestOperands.Length;
        return index == 0
            ? new SuccessorOperands(this, 1, trueCount, new OperandSegment(OperandSegments.OperandSegmentSizes, 1))
            : new SuccessorOperands(this, 1 + trueCount, FalseDestOperands.Length, new OperandSegment(OperandSegments.OperandSegmentSizes, 2));
    }
}
