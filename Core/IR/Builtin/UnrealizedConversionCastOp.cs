using System.Collections.Generic;
using Dialectic.Core.Syntax;

namespace Dialectic.Core.IR.Builtin;

/// <summary>
/// <c>builtin.unrealized_conversion_cast</c>: a placeholder conversion between type systems, produced and
/// removed by dialect conversion. Custom form: <c>%r = builtin.unrealized_conversion_cast %a : t0 to t1</c>.
/// </summary>
public sealed class UnrealizedConversionCastOp : Operation
{
    public const string OperationName = "builtin.unrealized_conversion_cast";

    internal static readonly OperationInfo Info = new(OperationName, OpTraits.Pure)
    {
        Factory = static () => new UnrealizedConversionCastOp(),
        Summary = "An unrealized conversion from one set of types to another",
        Description = "An `unrealized_conversion_cast` operation represents an unrealized conversion from one "
            + "set of types to another, used to enable the inter-mixing of different type systems. It has no "
            + "semantics of its own and is expected to be removed by the end of a conversion.",
        Parse = ParseCast,
        Print = PrintCast,
        Verify = VerifyCast,
    };

    private UnrealizedConversionCastOp() { }

    // Without a result the custom form (`... to <types>`) would print unparseable text.
    private static bool VerifyCast(Operation op) =>
        op.NumResults > 0 || op.EmitOpError("expected at least one result for cast operation");

    // custom ::= (operand (`,` operand)* `:` type-list)? `to` type-list attr-dict
    private static bool ParseCast(OpAsmParser parser, OperationState state)
    {
        var operands = new List<UnresolvedOperand>();
        while (parser.IsOperandNext)
        {
            operands.Add(parser.ParseOperand());
            if (!parser.ParseOptionalComma())
                break;
        }
        if (operands.Count > 0)
        {
            var typeLoc = parser.CurrentLocation;
            parser.ParseColonType(out var first);
            var types = new List<Type> { first };
            while (parser.ParseOptionalComma())
                types.Add(parser.ParseType());
            if (types.Count != operands.Count)
                return parser.EmitError($"custom op '{OperationName}' number of operands and types do not match: got {operands.Count} operands and {types.Count} types");
            for (int i = 0; i < operands.Count; i++)
                state.Operands.Add(parser.ResolveOperand(operands[i], types[i]));
        }
        parser.ParseKeyword("to");
        do
        {
            state.ResultTypes.Add(parser.ParseType());
        }
        while (parser.ParseOptionalComma());
        parser.ParseOptionalAttrDict();
        return true;
    }

    private static void PrintCast(Operation op, OpAsmPrinter p)
    {
        for (int i = 0; i < op.NumOperands; i++)
        {
            p.Write(i == 0 ? " " : ", ");
            p.PrintOperand(op.GetOperand(i));
        }
        if (op.NumOperands > 0)
        {
            p.Write(" : ");
            for (int i = 0; i < op.NumOperands; i++)
            {
                if (i > 0)
                    p.Write(", ");
                p.PrintType(op.GetOperand(i).Type);
            }
        }
        p.Write(" to ");
        for (int i = 0; i < op.NumResults; i++)
        {
            if (i > 0)
                p.Write(", ");
            p.PrintType(op.GetResult(i).Type);
        }
        p.PrintOptionalAttrDict(op.Attributes);
    }
}
