using System.Collections.Generic;
using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Interfaces;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.ControlFlow;

/// <summary>
/// <c>cf.switch %flag : i32, [ default: ^bb1(%a : i32), 42: ^bb2, ... ]</c>: branches to the case whose value
/// equals the flag, else to the default. Case <c>i</c>'s operands are segment <c>i</c> of <see cref="CaseOperands"/>
/// (MLIR's VariadicOfVariadic, sized by <c>case_operand_segments</c>). Case values print as MLIR prints them: the
/// unsigned value of their bits (<c>-3 : i32</c> prints <c>4294967293</c>).
/// </summary>
[Op("cf", "switch", Summary = "Switch operation",
    Description = "The `cf.switch` terminator operation represents a switch on a signless integer value. If the flag "
        + "matches one of the specified cases, then the corresponding destination is jumped to. If the flag does not "
        + "match any of the cases, the default destination is jumped to. The count and types of operands must "
        + "align with the arguments in the corresponding target blocks.")]
[Traits(OpTraits.AttrSizedOperandSegments, OpTraits.Pure, OpTraits.IsTerminator)]
public sealed partial class SwitchOp : Operation
{
    private const string CaseValuesName = "case_values";
    private const string CaseOperandSegmentsName = "case_operand_segments";

    [Operand(Constraint = TypeConstraint.AnyInteger)]
    public partial Value Flag { get; }

    [Operand(Name = "defaultOperands")]
    public partial System.ReadOnlySpan<OpOperand> DefaultOperands { get; }

    /// <summary>The operands of all cases, case after case.</summary>
    [Operand(Name = "caseOperands")]
    public partial System.ReadOnlySpan<OpOperand> CaseOperands { get; }

    [Property(Name = CaseValuesName, ConstraintMethod = nameof(IsIntElements), ConstraintSummary = "integer elements attribute")]
    public partial Attribute? CaseValues { get; }

    [Property(Name = CaseOperandSegmentsName, ConstraintMethod = nameof(IsI32Array), ConstraintSummary = "i32 dense array attribute")]
    public partial DenseArrayAttr CaseOperandSegments { get; }

    [Successor]
    public partial Block DefaultDestination { get; }

    [Successor]
    public partial IReadOnlyList<Block> CaseDestinations { get; }

    private static bool IsIntElements(Attribute attr) =>
        attr is DenseIntOrFPElementsAttr { ShapedType.ElementType: IntegerType or IndexType };

    private static bool IsI32Array(Attribute attr) => attr is DenseArrayAttr { ElementType: IntegerType { Width: 32, IsSignless: true } };

    /// <summary>The number of case values (0 without <c>case_values</c>).</summary>
    public int NumCaseValues => CaseValues is DenseIntOrFPElementsAttr v ? (int)v.NumElements : 0;

    /// <summary>Case value <paramref name="index"/> as the unsigned value of its bits.</summary>
    public BigInteger GetCaseValueBits(int index)
    {
        var values = (DenseIntOrFPElementsAttr)CaseValues!;
        return values.ReadBits(values.IsSplat ? 0 : index);
    }

    /// <summary>The operands passed to case <paramref name="index"/>; empty when the segments do not cover it.</summary>
    public System.ReadOnlySpan<OpOperand> GetCaseOperands(int index)
    {
        var all = CaseOperands;
        if (GetInherentAttr(CaseOperandSegmentsName) is not DenseArrayAttr segments || index >= segments.Count)
            return default;
        var raw = segments.Raw;
        long start = 0;
        for (int i = 0; i < index; i++)
            start += raw[i];
        long length = raw[index];
        if (start < 0 || length < 0 || start + length > all.Length)
            return default;
        return all.Slice((int)start, (int)length);
    }

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var context = parser.Context;
        var flag = parser.ParseOperand();
        parser.ParseColon();
        var typeLoc = parser.CurrentLocation;
        var flagType = parser.ParseType();
        if (flagType is not IntegerType intType)
        {
            context.EmitError(typeLoc, $"custom op 'cf.switch' invalid kind of type specified: expected builtin.integer, but found '{flagType}'");
            return false;
        }
        parser.ParseComma();
        parser.ParseLSquare();

        // custom<SwitchOpCases>: operand/type count mismatches are reported where the cases begin.
        var casesLoc = parser.CurrentLocation;
        parser.ParseKeyword("default");
        parser.ParseColon();
        var defaultOperands = new List<UnresolvedOperand>();
        var defaultTypes = new List<Type>();
        if (!parser.ParseSuccessorAndUseList(out var defaultDest, defaultOperands, defaultTypes, casesLoc))
            return false;
        var values = new List<long>();
        var caseDests = new List<Block>();
        var caseOperands = new List<UnresolvedOperand>();
        var caseTypes = new List<Type>();
        var segments = new List<long>();
        while (parser.ParseOptionalComma())
        {
            values.Add(parser.ParseInteger());
            parser.ParseColon();
            int before = caseOperands.Count;
            if (!parser.ParseSuccessorAndUseList(out var dest, caseOperands, caseTypes, casesLoc))
                return false;
            caseDests.Add(dest);
            segments.Add(caseOperands.Count - before);
        }
        parser.ParseRSquare();
        parser.ParseOptionalAttrDict();

        state.Operands.Add(parser.ResolveOperand(flag, flagType));
        BranchSyntax.Resolve(parser, state, defaultOperands, defaultTypes);
        BranchSyntax.Resolve(parser, state, caseOperands, caseTypes);
        state.Successors.Add(defaultDest);
        state.Successors.AddRange(caseDests);
        var props = new List<NamedAttribute>
        {
            new(CaseOperandSegmentsName, DenseArrayAttr.Get(context.I(32), segments.ToArray())),
            new(OperandSegments.OperandSegmentSizes, DenseArrayAttr.Get(context.I(32), [1, defaultOperands.Count, caseOperands.Count])),
        };
        if (values.Count > 0)
            props.Add(new NamedAttribute(CaseValuesName, BuildCaseValues(intType, values)));
        GeneratedSyntax.SetProperties(state, props, Info.InherentAttributes);
        return true;
    }

    /// <summary><c>dense&lt;...&gt; : vector&lt;N x type&gt;</c> of the values truncated to the flag's width (as
    /// MLIR's APInt does); a splat when all are equal, as MLIR stores it.</summary>
    private static DenseIntOrFPElementsAttr BuildCaseValues(IntegerType type, List<long> values)
    {
        var vectorType = VectorType.Get([values.Count], type);
        int storageBits = DenseIntOrFPElementsAttr.StorageBits(type);
        var bits = new BigInteger[values.Count];
        bool splat = true;
        for (int i = 0; i < bits.Length; i++)
        {
            bits[i] = IntegerAttr.Truncate(values[i], type.Width);
            splat &= bits[i] == bits[0];
        }
        int stored = splat ? 1 : bits.Length;
        var data = new byte[DenseIntOrFPElementsAttr.StorageBytes(storageBits, stored)];
        for (int i = 0; i < stored; i++)
            DenseIntOrFPElementsAttr.WriteBits(data, storageBits, i, bits[i]);
        return DenseIntOrFPElementsAttr.GetRaw(vectorType, data, splat);
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(Flag);
        printer.Write(" : ");
        printer.PrintType(Flag.Type);
        printer.Write(", [");
        printer.PrintNewline();
        printer.Write("  default: ");
        printer.PrintSuccessorAndUseList(DefaultDestination, DefaultOperands);
        int numCases = NumCaseValues;
        if (numCases > 0)
        {
            var dests = CaseDestinations;
            for (int i = 0; i < numCases; i++)
            {
                printer.Write(',');
                printer.PrintNewline();
                printer.Write("  ");
                // MLIR prints APInt::getLimitedValue(): the bits as unsigned, capped at 2^64-1.
                var value = GetCaseValueBits(i);
                printer.Write(value > ulong.MaxValue ? ulong.MaxValue.ToString() : ((ulong)value).ToString());
                printer.Write(": ");
                if (i < dests.Count)
                    printer.PrintSuccessorAndUseList(dests[i], GetCaseOperands(i));
            }
            printer.PrintNewline();
        }
        printer.Write(']');
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, [OperandSegments.OperandSegmentSizes, CaseValuesName, CaseOperandSegmentsName], null);
    }

    private bool Verify()
    {
        // ODS's VariadicOfVariadic check on caseOperands.
        long total = 0;
        foreach (long s in CaseOperandSegments.Raw)
            total += s;
        if (total != CaseOperands.Length)
            return EmitOpError($"caseOperands count ({CaseOperands.Length}) does not match with the total size ({total}) specified in attribute 'case_operand_segments'");
        // MLIR's BranchOpInterface: each successor's operands match its block arguments.
        if (!SuccessorOperandsVerifier.Verify(this, 0, DefaultOperands))
            return false;
        var dests = CaseDestinations;
        for (int i = 0; i < dests.Count; i++)
            if (!SuccessorOperandsVerifier.Verify(this, i + 1, GetCaseOperands(i)))
                return false;
        if (CaseValues is not DenseIntOrFPElementsAttr values)
        {
            // MLIR reads the missing attribute here (undefined behaviour); report the count mismatch instead.
            return dests.Count == 0
                || EmitOpError($"number of case values (0) should match number of case destinations ({dests.Count})");
        }
        var valueType = values.ShapedType.ElementType;
        if (!ReferenceEquals(valueType, Flag.Type))
            return EmitOpError($"'flag' type ('{Flag.Type}') should match case value type ('{valueType}')");
        if (values.NumElements != dests.Count)
            return EmitOpError($"number of case values ({values.NumElements}) should match number of case destinations ({dests.Count})");
        return true;
    }

    /// <summary>Successor 0 (the default) gets the default operands; successor <c>i + 1</c> the operands of case
    /// <c>i</c>, a slice of the case operands given by <c>case_operand_segments</c>.</summary>
    public SuccessorOperands GetSuccessorOperands(int index)
    {
        int defaultCount = DefaultOperands.Length;
        if (index == 0)
            return new SuccessorOperands(this, 1, defaultCount, new OperandSegment(OperandSegments.OperandSegmentSizes, 1));
        int start = 1 + defaultCount;
        int length = 0;
        if (GetInherentAttr(CaseOperandSegmentsName) is DenseArrayAttr segments && index - 1 < segments.Count)
        {
            var raw = segments.Raw;
            for (int i = 0; i < index - 1; i++)
                start += (int)raw[i];
            length = (int)raw[index - 1];
        }
        return new SuccessorOperands(this, start, length,
            new OperandSegment(OperandSegments.OperandSegmentSizes, 2), new OperandSegment(CaseOperandSegmentsName, index - 1));
    }

    public static void GetCanonicalizationPatterns(RewritePatternSet patterns, Context context) =>
        SwitchCanonicalization.Add(patterns);
}
