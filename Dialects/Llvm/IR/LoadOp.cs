using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.load volatile %p atomic acquire {alignment = 4 : i64} : !llvm.ptr -&gt; i32</c>: reads a value
/// of the result type from memory.</summary>
[Op("llvm", "load", Summary = "LLVM load operation")]
public sealed partial class LoadOp : Operation
{
    [Operand(Name = "addr", ConstraintMethod = nameof(IsPtr), ConstraintSummary = "LLVM pointer type")]
    public partial Value Addr { get; }

    [Result(Name = "res")]
    public partial Value Res { get; }

    [Property(Name = "alignment", ValueType = "i64")]
    public partial IntegerAttr? Alignment { get; }

    [Property(Name = "volatile_")]
    public partial UnitAttr? Volatile { get; }

    [Property(Name = "nontemporal")]
    public partial UnitAttr? Nontemporal { get; }

    [Property(Name = "invariant")]
    public partial UnitAttr? Invariant { get; }

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
        var addr = parser.ParseOperand();
        if (!LlvmMemorySyntax.ParseAtomic(parser, props))
            return false;
        if (parser.ParseOptionalKeyword("invariant"))
            props.Add(new NamedAttribute("invariant", context.UnitAttr));
        if (parser.ParseOptionalKeyword("invariant_group"))
            props.Add(new NamedAttribute("invariantGroup", context.UnitAttr));
        parser.ParseOptionalAttrDict();
        var addrType = parser.ParseColonType();
        parser.ParseArrow();
        var type = parser.ParseType();
        state.Operands.Add(parser.ResolveOperand(addr, addrType));
        state.ResultTypes.Add(type);
        GeneratedSyntax.SetProperties(state, props, Info.InherentAttributes);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(Volatile != null ? " volatile " : " ");
        printer.PrintOperand(Addr);
        LlvmMemorySyntax.PrintAtomic(printer, Ordering, Syncscope);
        if (Invariant != null)
            printer.Write(" invariant");
        if (InvariantGroup != null)
            printer.Write(" invariant_group");
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, LlvmMemorySyntax.Elided, null);
        printer.Write(" : ");
        printer.PrintType(Addr.Type);
        printer.Write(" -> ");
        printer.PrintType(Res.Type);
    }

    /// <summary>Reads the address; volatile and atomic loads also count as writes, so they are neither removed nor
    /// reordered (upstream's rule).</summary>
    public void GetEffects(List<Core.Interfaces.MemoryEffectInstance> effects)
    {
        effects.Add(new Core.Interfaces.MemoryEffectInstance(Core.Interfaces.MemoryEffectKind.Read, OpOperands[0]));
        if (Volatile != null || (long)Ordering.SignedValue is not (0 or 1))
            effects.Add(new Core.Interfaces.MemoryEffectInstance(Core.Interfaces.MemoryEffectKind.Write, OpOperands[0]));
    }
}
