using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.extractelement %v[%i : i32] : vector&lt;4xf32&gt;</c>: one element of a vector at a dynamic
/// index.</summary>
[Op("llvm", "extractelement", Summary = "Extract an element from an LLVM vector.")]
[Traits(OpTraits.Pure)]
public sealed partial class ExtractElementOp : Operation
{
    [Operand(Name = "vector", ConstraintMethod = nameof(IsVector), ConstraintSummary = "LLVM dialect-compatible vector type")]
    public partial Value Vector { get; }

    [Operand(Name = "position", ConstraintMethod = nameof(IsInt), ConstraintSummary = "signless integer")]
    public partial Value Position { get; }

    [Result(Name = "res")]
    public partial Value Res { get; }

    private static bool IsVector(Type type) => type is VectorType;

    private static bool IsInt(Type type) => LlvmConstraints.IsSignlessInt(type);

    // `%vector[%position : type] attr-dict : type($vector)`
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var vector = parser.ParseOperand();
        parser.ParseLSquare();
        var position = parser.ParseOperand();
        var positionType = parser.ParseColonType();
        parser.ParseRSquare();
        parser.ParseOptionalAttrDict();
        var at = parser.CurrentPosition;
        var type = parser.ParseColonType();
        if (type is not VectorType v)
            return parser.EmitError(at, $"expected LLVM dialect-compatible vector type for operand #1");
        state.Operands.Add(parser.ResolveOperand(vector, type));
        state.Operands.Add(parser.ResolveOperand(position, positionType));
        state.ResultTypes.Add(v.ElementType);
        GeneratedSyntax.SetProperties(state, new List<NamedAttribute>(), Info.InherentAttributes);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(Vector);
        printer.Write('[');
        printer.PrintOperand(Position);
        printer.Write(" : ");
        printer.PrintType(Position.Type);
        printer.Write(']');
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, [], null);
        printer.Write(" : ");
        printer.PrintType(Vector.Type);
    }

    private bool Verify() =>
        Vector.Type is not VectorType v || v.ElementType == Res.Type
        || EmitOpError("failed to verify that result type matches vector element type");
}
