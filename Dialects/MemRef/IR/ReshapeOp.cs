using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>%reshape = memref.reshape %m(%shape) : (memref&lt;4x1xf32&gt;, memref&lt;1xi32&gt;) -&gt; memref&lt;4xf32&gt;</c>:
/// the same contiguous data under the shape held in a 1-D memref.</summary>
[Op("memref", "reshape", Summary = "memref reshape operation",
    Description = "Views a contiguous memref under the shape held in a 1-D memref of integers: a ranked result when "
        + "that shape has a static length, an unranked one otherwise. Element count, element type and memory "
        + "space are kept; the data is not moved.")]
[Traits(OpTraits.Pure)]
public sealed partial class ReshapeOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsMemRef), ConstraintSummary = "ranked or unranked memref of any type values")]
    public partial Value Source { get; }

    [Operand(ConstraintMethod = nameof(IsShape), ConstraintSummary = "1D memref of signless integer or index values")]
    public partial Value Shape { get; }

    [Result(ConstraintMethod = nameof(IsMemRef), ConstraintSummary = "ranked or unranked memref of any type values")]
    public partial Value Result { get; }

    private static bool IsMemRef(Type t) => MemRefConstraints.IsMemRef(t);

    private static bool IsShape(Type t) => MemRefConstraints.Is1DIntOrIndexMemRef(t);

    // $source `(` $shape `)` attr-dict `:` functional-type(operands, results)
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var source = parser.ParseOperand();
        parser.ParseLParen();
        var shape = parser.ParseOperand();
        parser.ParseRParen();
        parser.ParseOptionalAttrDict();
        parser.ParseColon();
        if (parser.ParseType() is not FunctionType type)
            return parser.EmitError("invalid kind of type specified");
        if (type.Inputs.Length != 2)
            return parser.EmitError($"expected 2 operand types, but got {type.Inputs.Length}");
        state.Operands.Add(parser.ResolveOperand(source, type.Inputs[0]));
        state.Operands.Add(parser.ResolveOperand(shape, type.Inputs[1]));
        foreach (var r in type.Results)
            state.ResultTypes.Add(r);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(Source);
        printer.Write('(');
        printer.PrintOperand(Shape);
        printer.Write(')');
        printer.PrintOptionalAttrDict(Attributes);
        printer.Write(" : ");
        GeneratedSyntax.PrintFunctionalType(printer, GeneratedSyntax.TypesOf(OpOperands), GeneratedSyntax.TypesOf(Results));
    }

    private void GetAsmResultNames(AsmSetValueName setName) => setName(Result, "reshape");

    private bool Verify()
    {
        if (!ReferenceEquals(((ShapedType)Source.Type).ElementType, ((ShapedType)Result.Type).ElementType))
            return EmitOpError("element types of source and destination memref types should be the same");
        if (Source.Type is MemRefType source && !MemRefLayouts.IsIdentityLayout(source))
            return EmitOpError("source memref type should have identity affine map");
        long shapeSize = ((MemRefType)Shape.Type).Shape[0];
        if (Result.Type is MemRefType result)
        {
            if (!MemRefLayouts.IsIdentityLayout(result))
                return EmitOpError("result memref type should have identity affine map");
            if (shapeSize == ShapedType.Dynamic)
                return EmitOpError("cannot use shape operand with dynamic length to reshape to statically-ranked memref type");
            if (shapeSize != result.Rank)
                return EmitOpError("length of shape operand differs from the result's memref rank");
        }
        return true;
    }
}
