using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.store volatile %v, %p atomic release {alignment = 4 : i64} : i32, !llvm.ptr</c>: writes a value
/// to memory.</summary>
[Op("llvm", "store", Summary = "LLVM store operation")]
public sealed partial class StoreOp : Operation
{
    [Operand(Name = "value")]
    public partial Value Value { get; }

    [Operand(Name = "addr", ConstraintMethod = nameof(IsPtr), ConstraintSummary = "LLVM pointer type")]
    public partial Value Addr { get; }

    [Property(Name = "alignment", ValueType = "i64")]
    public partial IntegerAttr? Alignment { get; }

    [Property(Name = "volatile_")]
    public partial UnitAttr? Volatile { get; }

    [Property(Name = "nontemporal")]
    public partial UnitAttr? Nontemporal { get; }

    [Property(Name = "invariantGroup")]
    public partial UnitAttr? InvariantGroup { get; }

    [Property(Name = "ordering", Default = "0 : i64", Enum = typeof(AtomicOrdering))]
    public partial IntegerAttr Ordering { get; }

    [Property(Name = "syncscope")]
    public partial StringAttr? Syncscope { get; }

    private static bool IsPtr(Type type) => LlvmConstraints.IsPtr(type);

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var context = parser.Context;
        var props = new List<NamedAttribute>();
        if (parser.ParseOptionalKeyword("volatile"))
            props.Add(new NamedAttribute("volatile_", context.UnitAttr));
        var value = parser.ParseOperand();
        parser.ParseComma();
        var addr = parser.ParseOperand();
        if (!LlvmMemorySyntax.ParseAtomic(parser, props))
            return false;
        if (parser.ParseOptionalKeyword("invariant_group"))
            props.Add(new NamedAttribute("invariantGroup", context.UnitAttr));
        parser.ParseOptionalAttrDict();
        var valueType = parser.ParseColonType();
        parser.ParseComma();
        var addrType = parser.ParseType();
        state.Operands.Add(parser.ResolveOperand(value, valueType));
        state.Operands.Add(parser.ResolveOperand(addr, addrType));
        GeneratedSyntax.SetProperties(state, props, Info.InherentAttributes);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(Volatile != null ? " volatile " : " ");
        printer.PrintOperand(Value);
        printer.Write(", ");
        printer.PrintOperand(Addr);
        LlvmMemorySyntax.PrintAtomic(printer, Ordering, Syncscope);
        if (InvariantGroup != null)
            printer.Write(" invariant_group");
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, LlvmMemorySyntax.Elided, null);
        printer.Write(" : ");
        printer.PrintType(Value.Type);
        printer.Write(", ");
        printer.PrintType(Addr.Type);
    }

    /// <summary>Writes the address; volatile and atomic stores also count as reads.</summary>
    public void GetEffects(List<Core.Interfaces.MemoryEffectInstance> effects)
    {
        effects.Add(new Core.Interfaces.MemoryEffectInstance(Core.Interfaces.MemoryEffectKind.Write, OpOperands[1]));
        if (Volatile != null || (long)Ordering.SignedValue is not (0 or 1))
            effects.Add(new Core.Interfaces.MemoryEffectInstance(Core.Interfaces.MemoryEffectKind.Read, OpOperands[1]));
    }
}
