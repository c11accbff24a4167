using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Math;

/// <summary>
/// What the four float classification ops (<c>isfinite</c>, <c>isinf</c>, <c>isnan</c>, <c>isnormal</c>) share:
/// their result type is the operand's shape with <c>i1</c> elements (upstream's <c>TypesMatchWith</c>), which the
/// syntax <c>$operand attr-dict `:` type($operand)</c> leaves out. Fast-math flags go in the attribute dictionary.
/// </summary>
internal static class FloatClassification
{
    private static readonly (string Name, string Default)[] Defaults = [("fastmath", "#arith.fastmath<none>")];

    /// <summary><paramref name="type"/> with <c>i1</c> elements (scalar, vector or tensor of the same shape).</summary>
    public static Type I1SameShape(Type type)
    {
        var i1 = type.Context.I(1);
        return type switch
        {
            VectorType v => VectorType.Get(v.Shape, i1, v.ScalableDims),
            RankedTensorType t => RankedTensorType.Get(t.Shape, i1, t.Encoding),
            UnrankedTensorType => UnrankedTensorType.Get(i1),
            _ => i1,
        };
    }

    /// <summary>Checks the result type against the operand's (MLIR's <c>TypesMatchWith</c> wording).</summary>
    public static bool Verify(Operation op)
    {
        if (!ReferenceEquals(op.GetResult(0).Type, I1SameShape(op.GetOperand(0).Type)))
            return op.EmitOpError("failed to verify that result type has i1 element type and same shape as operands");
        return true;
    }

    /// <summary>Parses <c>%x attr-dict : type</c>, inferring the result type.</summary>
    public static bool Parse(OpAsmParser parser, OperationState state, OperationInfo info)
    {
        var operand = parser.ParseOperand();
        parser.ParseOptionalAttrDict();
        if (!parser.ParseOptionalColon())
            return parser.EmitError("expected ':'");
        var type = parser.ParseType();
        state.Operands.Add(parser.ResolveOperand(operand, type));
        state.ResultTypes.Add(I1SameShape(type));
        GeneratedSyntax.SetProperties(state, new List<NamedAttribute>(), info.InherentAttributes);
        return true;
    }

    /// <summary>Prints <c>%x attr-dict : type</c>; the default fast-math flags are left out.</summary>
    public static void Print(Operation op, OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(op.GetOperand(0));
        GeneratedSyntax.PrintOptionalAttrDict(printer, op, [], Defaults);
        printer.Write(" : ");
        printer.PrintType(op.GetOperand(0).Type);
    }
}
