using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>%0:2 = memref.distinct_objects %a, %b : memref&lt;4xf32&gt;, memref&lt;8xf32&gt;</c>: the same memrefs,
/// with the promise that accesses through different results never alias.</summary>
[Op("memref", "distinct_objects", Summary = "memrefs whose accesses never alias each other",
    Description = "Returns its memref operands unchanged, with the added assumption that accesses through different "
        + "results never touch the same memory, so that they may be reordered.")]
[Traits(OpTraits.Pure)]
public sealed partial class DistinctObjectsOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsRankedMemRef), ConstraintSummary = "memref of any type values")]
    public partial System.ReadOnlySpan<OpOperand> Operands { get; }

    [Result(ConstraintMethod = nameof(IsRankedMemRef), ConstraintSummary = "memref of any type values", Name = "results")]
    public partial System.ReadOnlySpan<OpResult> Outputs { get; }

    private static bool IsRankedMemRef(Type t) => MemRefConstraints.IsRankedMemRef(t);

    // `$operands attr-dict : type($operands)`; the result types are the operand types (InferTypeOpInterface).
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var operands = new List<UnresolvedOperand>();
        if (parser.IsOperandNext)
        {
            do
                operands.Add(parser.ParseOperand());
            while (parser.ParseOptionalComma());
        }
        parser.ParseOptionalAttrDict();
        parser.ParseColon();
        var types = new List<Type>();
        GeneratedSyntax.ParseTypeList(parser, types);
        if (operands.Count != types.Count)
            return parser.EmitError($"{operands.Count} operands present, but expected {types.Count}");
        for (int i = 0; i < operands.Count; i++)
            state.Operands.Add(parser.ResolveOperand(operands[i], types[i]));
        state.ResultTypes.AddRange(types);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        GeneratedSyntax.PrintOperands(printer, OpOperands);
        printer.PrintOptionalAttrDict(Attributes);
        printer.Write(" : ");
        GeneratedSyntax.PrintTypes(printer, GeneratedSyntax.TypesOf(OpOperands));
    }

    private bool Verify()
    {
        bool same = NumOperands == NumResults;
        for (int i = 0; same && i < NumOperands; i++)
            same = ReferenceEquals(GetOperand(i).Type, GetResult(i).Type);
        if (!same)
            return EmitOpError("operand types and result types must match");
        if (NumOperands == 0)
            return EmitOpError("expected at least one operand");
        return true;
    }
}
