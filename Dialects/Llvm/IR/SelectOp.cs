using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.select %c, %a, %b : i1, i32</c>: picks <see cref="TrueValue"/> where the condition is set,
/// else <see cref="FalseValue"/> (per element with a vector condition).</summary>
[Op("llvm", "select", Summary = "LLVM select operation")]
[Traits(OpTraits.Pure)]
public sealed partial class SelectOp : Operation
{
    [Operand(Name = "condition", ConstraintMethod = nameof(IsI1Like), ConstraintSummary = "1-bit signless integer or LLVM dialect-compatible vector of 1-bit signless integer")]
    public partial Value Condition { get; }

    [Operand(Name = "trueValue")]
    public partial Value TrueValue { get; }

    [Operand(Name = "falseValue")]
    public partial Value FalseValue { get; }

    [Result(Name = "res")]
    public partial Value Res { get; }

    /// <summary>The fast-math flags; none by default.</summary>
    [Property(Name = "fastmathFlags", Default = "#llvm.fastmath<none>")]
    public partial FastmathFlagsAttr FastmathFlags { get; }

    private static bool IsI1Like(Type type) => LlvmConstraints.IsI1Like(type);

    // `%c, %a, %b attr-dict : type($condition), type($res)`
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var c = parser.ParseOperand();
        parser.ParseComma();
        var a = parser.ParseOperand();
        parser.ParseComma();
        var b = parser.ParseOperand();
        parser.ParseOptionalAttrDict();
        var conditionType = parser.ParseColonType();
        parser.ParseComma();
        var type = parser.ParseType();
        state.Operands.Add(parser.ResolveOperand(c, conditionType));
        state.Operands.Add(parser.ResolveOperand(a, type));
        state.Operands.Add(parser.ResolveOperand(b, type));
        state.ResultTypes.Add(type);
        GeneratedSyntax.SetProperties(state, new List<NamedAttribute>(), Info.InherentAttributes);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(Condition);
        printer.Write(", ");
        printer.PrintOperand(TrueValue);
        printer.Write(", ");
        printer.PrintOperand(FalseValue);
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, [], [("fastmathFlags", "#llvm.fastmath<none>")]);
        printer.Write(" : ");
        printer.PrintType(Condition.Type);
        printer.Write(", ");
        printer.PrintType(Res.Type);
    }

    private bool Verify() =>
        (TrueValue.Type == Res.Type && FalseValue.Type == Res.Type)
        || EmitOpError("failed to verify that all of {trueValue, falseValue, res} have same type");
}
