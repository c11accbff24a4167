using System.Collections.Generic;
using System.Numerics;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary>
/// <c>llvm.switch %v : i32, ^default [ 1: ^bb1(%a : i32), 2: ^bb2 ]</c>: a multi-way branch on an integer.
/// Successor 0 is the default; case <c>i</c> is successor <c>i + 1</c> with the operands of its segment.
/// </summary>
[Op("llvm", "switch", Summary = "LLVM switch operation")]
[Traits(OpTraits.AttrSizedOperandSegments, OpTraits.Pure, OpTraits.IsTerminator)]
public sealed partial class SwitchOp : Operation
{
    [Operand(Name = "value", ConstraintMethod = nameof(IsInt), ConstraintSummary = "signless integer")]
    public partial Value Value { get; }

    [Operand(Name = "defaultOperands")]
    public partial System.ReadOnlySpan<OpOperand> DefaultOperands { get; }

    [Operand(Name = "caseOperands")]
    public partial System.ReadOnlySpan<OpOperand> CaseOperands { get; }

    [Property(Name = "case_values")]
    public partial Attribute? CaseValues { get; }

    [Property(Name = "case_operand_segments")]
    public partial DenseArrayAttr CaseOperandSegments { get; }

    [Successor]
    public partial Block DefaultDestination { get; }

    [Successor]
    public partial IReadOnlyList<Block> CaseDestinations { get; }

    private static bool IsInt(Type type) => LlvmConstraints.IsSignlessInt(type);

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var context = parser.Context;
        var value = parser.ParseOperand();
        var typeAt = parser.CurrentPosition;
        var type = parser.ParseColonType();
        if (type is not IntegerType intType)
            return parser.EmitError(typeAt, $"expected integer type, got '{type}'");
        parser.ParseComma();
        var defaultOperands = new List<UnresolvedOperand>();
        var defaultTypes = new List<Type>();
        if (!parser.ParseSuccessorAndUseList(out var defaultDest, defaultOperands, defaultTypes))
            return false;
        var values = new List<BigInteger>();
        var dests = new List<Block>();
        var caseOperands = new List<UnresolvedOperand>();
        var caseTypes = new List<Type>();
        var segments = new List<long>();
        parser.ParseLSquare();
        if (!parser.ParseOptionalRSquare())
        {
            do
            {
                bool negative = parser.ParseOptionalKeyword("-");
                long v = parser.ParseInteger();
                values.Add(negative ? -v : v);
                parser.ParseColon();
                int before = caseOperands.Count;
                if (!parser.ParseSuccessorAndUseList(out var dest, caseOperands, caseTypes))
                    return false;
                dests.Add(dest);
                segments.Add(caseOperands.Count - before);
            }
            while (parser.ParseOptionalComma());
            parser.ParseRSquare();
        }
        parser.ParseOptionalAttrDict();
        state.Operands.Add(parser.ResolveOperand(value, type));
        for (int i = 0; i < defaultOperands.Count; i++)
            state.Operands.Add(parser.ResolveOperand(defaultOperands[i], defaultTypes[i]));
        for (int i = 0; i < caseOperands.Count; i++)
            state.Operands.Add(parser.ResolveOperand(caseOperands[i], caseTypes[i]));
        state.Successors.Add(defaultDest);
        state.Successors.AddRange(dests);
        var props = new List<NamedAttribute>
        {
            new("case_operand_segments", DenseArrayAttr.Get(context.I(32), segments.ToArray())),
            new(OperandSegments.OperandSegmentSizes, DenseArrayAttr.Get(context.I(32), [1, defaultOperands.Count, caseOperands.Count])),
        };
        if (values.Count > 0)
            props.Add(new NamedAttribute("case_values", BuildCaseValues(intType, values)));
        GeneratedSyntax.SetProperties(state, props, Info.InherentAttributes);
        return true;
    }

    /// <summary><c>dense&lt;...&gt; : vector&lt;N x type&gt;</c> of the values truncated to the value's width; a
    /// splat when all are equal, as MLIR stores it.</summary>
    private static DenseIntOrFPElementsAttr BuildCaseValues(IntegerType type, List<BigInteger> values)
    {
        var vectorType = VectorType.Get([values.Count], type);
        int storageBits = DenseIntOrFPElementsAttr.StorageBits(type);
        var bits = new BigInteger[values.Count];
        bool splat = true;
        var mask = (BigInteger.One << type.Width) - 1;
        for (int i = 0; i < bits.Length; i++)
        {
            bits[i] = values[i] & mask;
            splat &= bits[i] == bits[0];
        }
        int stored = splat ? 1 : bits.Length;
        var data = new byte[DenseIntOrFPElementsAttr.StorageBytes(storageBits, stored)];
        for (int i = 0; i < stored; i++)
            DenseIntOrFPElementsAttr.WriteBits(data, storageBits, i, bits[i]);
        return DenseIntOrFPElementsAttr.GetRaw(vectorType, data, splat);
    }

    /// <summary>The operands passed to case <paramref name="index"/>.</summary>
    public System.ReadOnlySpan<OpOperand> GetCaseOperands(int index)
    {
        var raw = CaseOperandSegments.Raw;
        long start = 0;
        for (int i = 0; i < index && i < raw.Length; i++)
            start += raw[i];
        if (index >= raw.Length || start + raw[index] > CaseOperands.Length)
            return default;
        return CaseOperands.Slice((int)start, (int)raw[index]);
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(Value);
        printer.Write(" : ");
        printer.PrintType(Value.Type);
        printer.Write(", ");
        printer.PrintSuccessorAndUseList(DefaultDestination, DefaultOperands);
        printer.Write(" [");
        var dests = CaseDestinations;
        if (CaseValues is DenseIntOrFPElementsAttr values && dests.Count > 0)
        {
            for (int i = 0; i < dests.Count; i++)
            {
                if (i > 0)
                    printer.Write(',');
                printer.PrintNewline();
                printer.Write("  ");
                var bits = values.ReadBits(values.IsSplat ? 0 : i);
                int width = Value.Type is IntegerType it ? it.Width : 64;
                if (width > 0 && bits >= BigInteger.One << (width - 1))
                    bits -= BigInteger.One << width;
                printer.Write(bits.ToString());
                printer.Write(": ");
                printer.PrintSuccessorAndUseList(dests[i], GetCaseOperands(i));
            }
        }
        printer.PrintNewline();
        printer.Write(']');
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, [OperandSegments.OperandSegmentSizes, "case_values", "case_operand_segments"], null);
    }

    private bool Verify()
    {
        int cases = CaseDestinations.Count;
        int count = CaseValues is DenseIntOrFPElementsAttr v ? (int)v.NumElements : 0;
        if (count != cases)
            return EmitOpError("expects number of case values to match number of case destinations");
        if (CaseOperandSegments.Raw.Length != cases)
            return EmitOpError("expects number of case operand segments to match number of case destinations");
        if (!LlvmBranches.VerifySuccessor(this, 0, DefaultOperands))
            return false;
        for (int i = 0; i < cases; i++)
            if (!LlvmBranches.VerifySuccessor(this, i + 1, GetCaseOperands(i)))
                return false;
        return true;
    }

    /// <summary>The default's operands for successor 0, the case's segment for the others; both segment attributes
    /// follow when a rewrite adds or removes successor operands.</summary>
    public SuccessorOperands GetSuccessorOperands(int index)
    {
        int defaultCount = DefaultOperands.Length;
        if (index == 0)
            return new SuccessorOperands(this, 1, defaultCount, new OperandSegment(OperandSegments.OperandSegmentSizes, 1));
        int start = 1 + defaultCount;
        var raw = CaseOperandSegments.Raw;
        for (int i = 0; i < index - 1 && i < raw.Length; i++)
            start += (int)raw[i];
        int length = index - 1 < raw.Length ? (int)raw[index - 1] : 0;
        return new SuccessorOperands(this, start, length,
            new OperandSegment(OperandSegments.OperandSegmentSizes, 2), new OperandSegment("case_operand_segments", index - 1));
    }
}
