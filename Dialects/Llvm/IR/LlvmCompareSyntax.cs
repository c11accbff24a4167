using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Llvm;

/// <summary>The syntax of <c>llvm.icmp</c>/<c>llvm.fcmp</c> after the predicate:
/// <c>%lhs, %rhs attr-dict : type</c>, the result being i1 in the operands' shape.</summary>
internal static class LlvmCompareSyntax
{
    public static bool ParseOperands(OpAsmParser parser, OperationState state, List<NamedAttribute> props, string[] inherent)
    {
        var lhs = parser.ParseOperand();
        parser.ParseComma();
        var rhs = parser.ParseOperand();
        parser.ParseOptionalAttrDict();
        var type = parser.ParseColonType();
        state.Operands.Add(parser.ResolveOperand(lhs, type));
        state.Operands.Add(parser.ResolveOperand(rhs, type));
        state.ResultTypes.Add(LlvmConstraints.I1SameShape(type));
        GeneratedSyntax.SetProperties(state, props, inherent);
        return true;
    }

    public static void Print(OpAsmPrinter printer, Operation op, string predicate, string[] elided,
        (string Name, string Default) fastmath = default)
    {
        printer.Write(" \"");
        printer.Write(predicate);
        printer.Write("\" ");
        printer.PrintOperand(op.GetOperand(0));
        printer.Write(", ");
        printer.PrintOperand(op.GetOperand(1));
        if (fastmath.Name != null)
            GeneratedSyntax.PrintOptionalAttrDict(printer, op, elided, [fastmath]);
        else
            GeneratedSyntax.PrintOptionalAttrDict(printer, op, elided, null);
        printer.Write(" : ");
        printer.PrintType(op.GetOperand(0).Type);
    }
}
