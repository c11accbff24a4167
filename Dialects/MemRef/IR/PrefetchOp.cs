using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Interfaces;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>memref.prefetch %m[%i, %j], read, locality&lt;3&gt;, data : memref&lt;400x400xi32&gt;</c>: a cache
/// hint for one element.</summary>
[Op("memref", "prefetch", Summary = "prefetch operation",
    Description = "Hints that the element of a memref at the given indices will be read or written soon: the access "
        + "kind (`read` or `write`), a locality from 0 (none) to 3 (keep in cache), and the cache (`data` or "
        + "`instr`).")]
public sealed partial class PrefetchOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsRankedMemRef), ConstraintSummary = "memref of any type values")]
    public partial Value Memref { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial System.ReadOnlySpan<OpOperand> Indices { get; }

    [Property(Name = "isWrite", ConstraintMethod = nameof(IsBool), ConstraintSummary = "bool attribute")]
    public partial IntegerAttr IsWrite { get; }

    [Property(Name = "localityHint", ConstraintMethod = nameof(IsLocality),
        ConstraintSummary = "32-bit signless integer attribute whose minimum value is 0 whose maximum value is 3")]
    public partial IntegerAttr LocalityHint { get; }

    [Property(Name = "isDataCache", ConstraintMethod = nameof(IsBool), ConstraintSummary = "bool attribute")]
    public partial IntegerAttr IsDataCache { get; }

    private static bool IsRankedMemRef(Type t) => MemRefConstraints.IsRankedMemRef(t);

    private static bool IsBool(Attribute a) => MemRefConstraints.IsBool(a);

    private static bool IsLocality(Attribute a) =>
        a is IntegerAttr { Type: IntegerType { Width: 32, IsSignless: true } } i && i.SignedValue >= 0 && i.SignedValue <= 3;

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var context = parser.Context;
        var memref = parser.ParseOperand();
        var indices = DmaStartOp.ParseIndexList(parser);
        parser.ParseComma();
        if (!parser.ParseOptionalKeyword(out string readOrWrite))
            return parser.EmitError("expected valid keyword");
        parser.ParseComma();
        parser.ParseKeyword("locality");
        parser.ParseLess();
        var localityLoc = parser.CurrentLocation;
        long localityValue = parser.ParseInteger();
        if (localityValue < int.MinValue || localityValue > uint.MaxValue)
        {
            context.EmitError(localityLoc, "integer constant out of range for attribute");
            return false;
        }
        var locality = IntegerAttr.Get(context.I(32), localityValue);
        parser.ParseGreater();
        parser.ParseComma();
        if (!parser.ParseOptionalKeyword(out string cacheType))
            return parser.EmitError("expected valid keyword");
        // MLIR prints discardable attributes here but does not read them back; they are accepted.
        parser.ParseOptionalAttrDict();
        var type = parser.ParseColonType();
        state.Operands.Add(parser.ResolveOperand(memref, type));
        foreach (var i in indices)
            state.Operands.Add(parser.ResolveOperand(i, context.IndexType));
        if (readOrWrite is not ("read" or "write"))
            return CustomParseErrors.AtName(parser, "rw specifier has to be 'read' or 'write'");
        if (cacheType is not ("data" or "instr"))
            return CustomParseErrors.AtName(parser, "cache type has to be 'data' or 'instr'");
        GeneratedSyntax.SetProperties(state, new List<NamedAttribute>
        {
            new("localityHint", locality),
            new("isWrite", IntegerAttr.GetBool(context, readOrWrite == "write")),
            new("isDataCache", IntegerAttr.GetBool(context, cacheType == "data")),
        }, Info.InherentAttributes);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(Memref);
        printer.Write('[');
        GeneratedSyntax.PrintOperands(printer, Indices);
        printer.Write("], ");
        printer.Write(IsWrite.Value.IsZero ? "read" : "write");
        printer.Write(", locality<");
        printer.Write(LocalityHint.SignedValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        printer.Write(">, ");
        printer.Write(IsDataCache.Value.IsZero ? "instr" : "data");
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, ["localityHint", "isWrite", "isDataCache"], null);
        printer.Write(" : ");
        printer.PrintType(Memref.Type);
    }

    private bool Verify()
    {
        if (NumOperands != 1 + ((MemRefType)Memref.Type).Rank)
            return EmitOpError("too few indices");
        return true;
    }

    // prefetch(memref.cast(x)) -> prefetch(x)
    private bool Fold(System.ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results) =>
        MemRefFolding.FoldMemRefCast(this);

    // MemWrite on the memref, as upstream declares it (a prefetch must not be dropped or reordered freely).
    public void GetEffects(List<MemoryEffectInstance> effects) =>
        effects.Add(new MemoryEffectInstance(MemoryEffectKind.Write, OpOperands[0]));
}
