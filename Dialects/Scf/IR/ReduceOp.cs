using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Scf;

/// <summary>
/// <c>scf.reduce(%a, %b : f32, i32) { ^bb0(%l: f32, %r: f32): ... scf.reduce.return %x : f32 }, { ... }</c>: ends the
/// body of <c>scf.parallel</c>; reduction <c>i</c> combines operand <c>i</c> into result <c>i</c> of the loop with
/// region <c>i</c>, whose block takes two values of the operand's type.
/// </summary>
[Op("scf", "reduce", Summary = "reduce operation for scf.parallel",
    Description = "The `scf.reduce` operation is the terminator for `scf.parallel` operations. It can model an "
        + "arbitrary number of reductions. It has one region per reduction. Each region has one block with two "
        + "arguments which have the same type as the corresponding operand of `scf.reduce`. The operands of the op "
        + "are the values that should be reduce; one value per reduction.")]
[Traits(OpTraits.IsTerminator, OpTraits.RecursiveMemoryEffects)]
public sealed partial class ReduceOp : Operation
{
    [Operand]
    public partial System.ReadOnlySpan<OpOperand> Operands { get; }

    [Region]
    public partial IReadOnlyList<Region> Reductions { get; }

    // `(`(` $operands^ `:` type($operands) `)`)? $reductions attr-dict` (regions print with a space before them,
    // even when there are none).
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        if (parser.ParseOptionalLParen())
        {
            var loc = parser.CurrentLocation;
            var operands = new List<UnresolvedOperand>();
            var types = new List<Type>();
            do
                operands.Add(parser.ParseOperand());
            while (parser.ParseOptionalComma());
            types.Add(parser.ParseColonType());
            while (parser.ParseOptionalComma())
                types.Add(parser.ParseType());
            parser.ParseRParen();
            if (operands.Count != types.Count)
            {
                parser.Context.EmitError(loc, $"custom op 'scf.reduce' number of operands and types do not match: got {operands.Count} operands and {types.Count} types");
                return false;
            }
            for (int i = 0; i < operands.Count; i++)
                state.Operands.Add(parser.ResolveOperand(operands[i], types[i]));
        }
        var first = new Region();
        if (parser.ParseOptionalRegion(first))
        {
            state.Regions.Add(first);
            while (parser.ParseOptionalComma())
                parser.ParseRegion(state.AddRegion());
        }
        parser.ParseOptionalAttrDict();
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        var operands = Operands;
        if (operands.Length > 0)
        {
            printer.Write('(');
            ScfSyntax.PrintOperands(printer, operands);
            printer.Write(" : ");
            ScfSyntax.PrintOperandTypes(printer, operands);
            printer.Write(')');
        }
        printer.Write(' ');
        for (int i = 0; i < NumRegions; i++)
        {
            if (i > 0)
                printer.Write(", ");
            printer.PrintRegion(Regions[i]);
        }
        printer.PrintOptionalAttrDict(Attributes);
    }

    private bool Verify()
    {
        // ODS's VariadicRegion<SizedRegion<1>>.
        for (int i = 0; i < NumRegions; i++)
            if (Regions[i].BlockCount != 1)
                return EmitOpError($"region #{i} ('reductions') failed to verify constraint: region with 1 blocks");
        // MLIR's HasParent trait.
        if (ParentOp is not ParallelOp)
            return EmitOpError("expects parent op 'scf.parallel'");
        return VerifyRegions();
    }

    /// <summary>MLIR's region verifier: one region per operand, each block taking two values of the operand's
    /// type and ending with <c>scf.reduce.return</c>.</summary>
    private bool VerifyRegions()
    {
        var operands = Operands;
        if (NumRegions != operands.Length)
            return NestedOps.RegionError(this, $"expects number of reduction regions: {NumRegions} to be the same as number of reduction operands: {operands.Length}");
        for (int i = 0; i < NumRegions; i++)
        {
            var type = operands[i].Value.Type;
            var block = Regions[i].FirstBlock!;
            if (block.IsEmpty)
                return NestedOps.RegionError(this, $"{i}-th reduction has an empty body");
            bool argsOk = block.NumArguments == 2;
            for (int a = 0; argsOk && a < 2; a++)
                argsOk = ReferenceEquals(block.GetArgument(a).Type, type);
            if (!argsOk)
                return NestedOps.RegionError(this, $"expected two block arguments with type '{type}' in the {i}-th reduction region");
            if (block.LastOp is not ReduceReturnOp)
                return NestedOps.RegionError(this, "reduction bodies must be terminated with an 'scf.reduce.return' op");
        }
        return true;
    }
}
