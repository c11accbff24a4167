using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.insertvalue %v, %s[1, 0] : !llvm.struct&lt;...&gt;</c>: the struct or array with the element at
/// a constant position replaced.</summary>
[Op("llvm", "insertvalue", Summary = "Insert a value into an LLVM struct.")]
[Traits(OpTraits.Pure)]
public sealed partial class InsertValueOp : Operation
{
    [Operand(Name = "container")]
    public partial Value Container { get; }

    [Operand(Name = "value")]
    public partial Value Value { get; }

    [Property(Name = "position")]
    public partial DenseArrayAttr Position { get; }

    [Result(Name = "res")]
    public partial Value Res { get; }

    // `%value, %container[pos] attr-dict : type($container)`; upstream's format leaves a space after the type.
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var value = parser.ParseOperand();
        parser.ParseComma();
        var container = parser.ParseOperand();
        var position = LlvmAggregates.ParsePosition(parser);
        parser.ParseOptionalAttrDict();
        var type = parser.ParseColonType();
        var element = LlvmAggregates.ElementType(type, position.Raw, out string? error);
        if (element == null)
            return parser.EmitError($"{error}");
        state.Operands.Add(parser.ResolveOperand(container, type));
        state.Operands.Add(parser.ResolveOperand(value, element));
        state.ResultTypes.Add(type);
        GeneratedSyntax.SetProperties(state, new List<NamedAttribute> { new("position", position) }, Info.InherentAttributes);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(Value);
        printer.Write(", ");
        printer.PrintOperand(Container);
        LlvmAggregates.PrintPosition(printer, Position);
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, ["position"], null);
        printer.Write(" : ");
        printer.PrintType(Container.Type);
        printer.Write(' ');
    }

    private bool Verify()
    {
        var element = LlvmAggregates.ElementType(Container.Type, Position.Raw, out string? error);
        if (element == null)
            return EmitOpError(error!);
        if (element != Value.Type)
            return EmitOpError($"Type mismatch: cannot insert {Value.Type} into {Container.Type}");
        if (Res.Type != Container.Type)
            return EmitOpError("failed to verify that result type matches the container type");
        return true;
    }
}
