using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Interfaces;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>%0 = memref.load %m[%i, %j] : memref&lt;8x?xi32&gt;</c>: reads one element; the result type is the
/// element type, so only the memref type is written.</summary>
[Op("memref", "load", Summary = "load operation",
    Description = "Reads the element of a memref at the given indices, one per dimension; the indices must be in "
        + "bounds. `nontemporal` hints that the data will not be reused soon, and `alignment` gives the byte "
        + "alignment of the access.")]
public sealed partial class LoadOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsRankedMemRef), ConstraintSummary = "memref of any type values")]
    public partial Value Memref { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial System.ReadOnlySpan<OpOperand> Indices { get; }

    // ODS DefaultValuedOptionalAttr<BoolAttr, "false">: absent unless written, printed unless false.
    [Property(ConstraintMethod = nameof(IsBool), ConstraintSummary = "bool attribute")]
    public partial IntegerAttr? Nontemporal { get; }

    /// <summary>The <c>nontemporal</c> hint (false when absent).</summary>
    public bool IsNontemporal => Nontemporal is { } n && !n.Value.IsZero;

    [Property(ConstraintMethod = nameof(IsAlignment),
        ConstraintSummary = "64-bit signless integer attribute whose value is positive and whose value is a power of two > 0")]
    public partial IntegerAttr? Alignment { get; }

    [Result]
    public partial Value Result { get; }

    private static bool IsRankedMemRef(Type t) => MemRefConstraints.IsRankedMemRef(t);

    private static bool IsBool(Attribute a) => MemRefConstraints.IsBool(a);

    private static bool IsAlignment(Attribute a) => MemRefConstraints.IsPositivePowerOf2I64(a);

    // $memref `[` $indices `]` attr-dict `:` type($memref); the result type is the element type.
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var memref = parser.ParseOperand();
        var indices = DmaStartOp.ParseIndexList(parser);
        parser.ParseOptionalAttrDict();
        var typeLoc = parser.CurrentLocation;
        var type = parser.ParseColonType();
        if (type is not MemRefType memrefType)
        {
            parser.Context.EmitError(typeLoc, $"'memref' must be memref of any type values, but got '{type}'");
            return false;
        }
        state.Operands.Add(parser.ResolveOperand(memref, type));
        foreach (var i in indices)
            state.Operands.Add(parser.ResolveOperand(i, parser.Context.IndexType));
        state.ResultTypes.Add(memrefType.ElementType);
        GeneratedSyntax.SetProperties(state, new List<NamedAttribute>(), Info.InherentAttributes);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(Memref);
        printer.Write('[');
        GeneratedSyntax.PrintOperands(printer, Indices);
        printer.Write(']');
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, [], [("nontemporal", "false")]);
        printer.Write(" : ");
        printer.PrintType(Memref.Type);
    }

    private bool Verify()
    {
        var type = (MemRefType)Memref.Type;
        if (!ReferenceEquals(Result.Type, type.ElementType))
            return EmitOpError("failed to verify that result type matches element type of 'memref'");
        if (Indices.Length != type.Rank)
            return EmitOpError($"incorrect number of indices for load, expected {type.Rank} but got {Indices.Length}");
        return true;
    }

    // load(memref.cast(x)) -> load(x)
    private bool Fold(System.ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results) =>
        MemRefFolding.FoldMemRefCast(this);

    // MemRead on the memref.
    public void GetEffects(List<MemoryEffectInstance> effects) =>
        effects.Add(new MemoryEffectInstance(MemoryEffectKind.Read, OpOperands[0]));
}
