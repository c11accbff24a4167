using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.alloca %n x i32 {alignment = 4 : i64} : (i64) -&gt; !llvm.ptr</c>: stack memory for
/// <c>n</c> elements of the element type, freed when the function returns.</summary>
[Op("llvm", "alloca", Summary = "LLVM alloca operation")]
public sealed partial class AllocaOp : Operation
{
    [Operand(Name = "arraySize", ConstraintMethod = nameof(IsInt), ConstraintSummary = "signless integer")]
    public partial Value ArraySize { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsPtr), ConstraintSummary = "LLVM pointer type")]
    public partial Value Res { get; }

    [Property(Name = "alignment", ValueType = "i64")]
    public partial IntegerAttr? Alignment { get; }

    [Property(Name = "elem_type")]
    public partial TypeAttr ElemType { get; }

    [Property(Name = "inalloca")]
    public partial UnitAttr? Inalloca { get; }

    private static bool IsInt(Type type) => LlvmConstraints.IsSignlessInt(type);

    private static bool IsPtr(Type type) => LlvmConstraints.IsPtr(type);

    // `(inalloca)? %size x type attr-dict : (type($size)) -> type($res)`
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var context = parser.Context;
        var props = new List<NamedAttribute>();
        if (parser.ParseOptionalKeyword("inalloca"))
            props.Add(new NamedAttribute("inalloca", context.UnitAttr));
        var size = parser.ParseOperand();
        parser.ParseKeyword("x");
        var elem = parser.ParseType();
        props.Add(new NamedAttribute("elem_type", TypeAttr.Get(elem)));
        parser.ParseOptionalAttrDict();
        parser.ParseColon();
        var at = parser.CurrentPosition;
        var fn = parser.ParseType();
        if (fn is not Core.IR.Types.FunctionType { Inputs.Length: 1, Results.Length: 1 } type)
            return parser.EmitError(at, "expected trailing function type with one argument and one result");
        state.Operands.Add(parser.ResolveOperand(size, type.Inputs[0]));
        state.ResultTypes.Add(type.Results[0]);
        GeneratedSyntax.SetProperties(state, props, Info.InherentAttributes);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(Inalloca != null ? " inalloca " : " ");
        printer.PrintOperand(ArraySize);
        printer.Write(" x ");
        printer.PrintType(ElemType.Value);
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, ["elem_type", "inalloca"], null);
        printer.Write(" : (");
        printer.PrintType(ArraySize.Type);
        printer.Write(") -> ");
        printer.PrintType(Res.Type);
    }

    /// <summary>Allocates in the enclosing function's stack frame; an unused alloca can go.</summary>
    public void GetEffects(List<Core.Interfaces.MemoryEffectInstance> effects) =>
        effects.Add(new Core.Interfaces.MemoryEffectInstance(Core.Interfaces.MemoryEffectKind.Allocate, Res,
            Core.Interfaces.SideEffectResource.AutomaticAllocationScope, effectOnFullRegion: true));
}
