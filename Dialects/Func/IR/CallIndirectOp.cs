using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Func;

/// <summary><c>func.call_indirect %f(%a, %b) : (i32, i32) -> i32</c>; result types come from the callee's type,
/// so the syntax is written by hand.</summary>
[Op("func", "call_indirect", Summary = "indirect call operation",
    Description = "The `func.call_indirect` operation represents an indirect call to a value of function type. "
        + "The operands and result types of the call must match the specified function type.")]
public sealed partial class CallIndirectOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsFunctionType), ConstraintSummary = "function type")]
    public partial Value Callee { get; }

    [Operand]
    public partial System.ReadOnlySpan<OpOperand> CalleeOperands { get; }

    [Result]
    public partial System.ReadOnlySpan<OpResult> Outputs { get; }

    private static bool IsFunctionType(Type type) => type is FunctionType;

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var callee = parser.ParseOperand();
        parser.ParseLParen();
        var args = new List<UnresolvedOperand>();
        var argLoc = parser.CurrentLocation;
        if (!parser.ParseOptionalRParen())
        {
            do
                args.Add(parser.ParseOperand());
            while (parser.ParseOptionalComma());
            parser.ParseRParen();
        }
        parser.ParseOptionalAttrDict();
        if (parser.ParseColonType() is not FunctionType type)
            return parser.EmitError("expected function type");
        if (args.Count != type.Inputs.Length)
            return parser.Context.EmitError(argLoc,
                $"custom op 'func.call_indirect' number of operands and types do not match: got {args.Count} operands and {type.Inputs.Length} types");
        state.Operands.Add(parser.ResolveOperand(callee, type));
        for (int i = 0; i < args.Count; i++)
            state.Operands.Add(parser.ResolveOperand(args[i], type.Inputs[i]));
        foreach (var r in type.Results)
            state.ResultTypes.Add(r);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(Callee);
        printer.Write('(');
        var args = CalleeOperands;
        for (int i = 0; i < args.Length; i++)
        {
            if (i > 0)
                printer.Write(", ");
            printer.PrintOperand(args[i].Value);
        }
        printer.Write(')');
        printer.PrintOptionalAttrDict(Attributes);
        printer.Write(" : ");
        printer.PrintType(Callee.Type);
    }

    private bool Verify()
    {
        var type = (FunctionType)Callee.Type;
        if (type.Inputs.Length != CalleeOperands.Length)
            return EmitOpError("incorrect number of operands for callee");
        for (int i = 0; i < type.Inputs.Length; i++)
            if (!ReferenceEquals(type.Inputs[i], CalleeOperands[i].Value.Type))
                return EmitOpError($"operand type mismatch: expected operand type '{type.Inputs[i]}', but provided '{CalleeOperands[i].Value.Type}' for operand number {i}");
        if (type.Results.Length != NumResults)
            return EmitOpError("incorrect number of results for callee");
        for (int i = 0; i < NumResults; i++)
            if (!ReferenceEquals(type.Results[i], GetResult(i).Type))
                return EmitOpError($"result type mismatch at index {i}");
        return true;
    }

    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        patterns.Add<SimplifyIndirectCallWithKnownCallee>();
}
