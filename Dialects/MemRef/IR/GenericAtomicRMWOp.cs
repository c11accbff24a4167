using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Interfaces;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// <c>%x = memref.generic_atomic_rmw %m[%i] : memref&lt;10xf32&gt; { ^bb0(%cur: f32): ... memref.atomic_yield %new : f32 }</c>:
/// an atomic read-modify-write whose modification is the region; the entry block's argument is the stored value.
/// </summary>
[Op("memref", "generic_atomic_rmw", Summary = "atomic read-modify-write operation with a region",
    Description = "Atomically replaces the element of a memref at the given indices with the value its region computes "
        + "from the element's current value (the entry block's single argument), and returns the stored value. "
        + "The region may only contain ops without side effects and ends in `memref.atomic_yield`.")]
[Traits(OpTraits.SingleBlock)]
public sealed partial class GenericAtomicRMWOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsIntOrFloatMemRef), ConstraintSummary = "memref of signless integer or floating-point values")]
    public partial Value Memref { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial System.ReadOnlySpan<OpOperand> Indices { get; }

    [Result(ConstraintMethod = nameof(IsIntOrFloat), ConstraintSummary = "signless integer or floating-point")]
    public partial Value Result { get; }

    [Region(Name = "atomic_body")]
    public partial Region AtomicBody { get; }

    private static bool IsIntOrFloat(Type t) => MemRefConstraints.IsSignlessIntOrFloat(t);

    private static bool IsIntOrFloatMemRef(Type t) => MemRefConstraints.IsIntOrFloatMemRef(t);

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var memref = parser.ParseOperand();
        var indices = DmaStartOp.ParseIndexList(parser);
        var typeLoc = parser.CurrentLocation;
        var type = parser.ParseColonType();
        if (type is not MemRefType memrefType)
        {
            parser.Context.EmitError(typeLoc, $"expected a memref type, but got '{type}'");
            return false;
        }
        state.Operands.Add(parser.ResolveOperand(memref, type));
        foreach (var i in indices)
            state.Operands.Add(parser.ResolveOperand(i, parser.Context.IndexType));
        parser.ParseRegion(state.AddRegion());
        parser.ParseOptionalAttrDict();
        state.ResultTypes.Add(memrefType.ElementType);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(Memref);
        printer.Write('[');
        GeneratedSyntax.PrintOperands(printer, Indices);
        printer.Write("] : ");
        printer.PrintType(Memref.Type);
        printer.Write(' ');
        printer.PrintRegion(AtomicBody);
        printer.PrintOptionalAttrDict(Attributes);
    }

    private bool Verify()
    {
        if (!ReferenceEquals(Result.Type, ((MemRefType)Memref.Type).ElementType))
            return EmitOpError("failed to verify that result type matches element type of memref");
        var entry = AtomicBody.FirstBlock;
        if (entry == null || entry.NumArguments != 1)
            return EmitOpError("expected single number of entry block arguments");
        if (!ReferenceEquals(Result.Type, entry.GetArgument(0).Type))
            return EmitOpError("expected block argument of the same type result type");
        // Post-order, as MLIR's region walk: nested ops before the op holding them.
        foreach (var nested in entry.Operations)
            if (FirstWithEffects(nested) is { } offender)
            {
                offender.EmitError($"body of '{OperationName}' should contain only operations with no side effects");
                return false;
            }
        // SingleBlockImplicitTerminator<"AtomicYieldOp">; MLIR checks region traits last.
        if (entry.LastOp is not AtomicYieldOp)
            return EmitOpError($"expects regions to end with '{AtomicYieldOp.OperationName}', found '{entry.LastOp?.Name.Name ?? "nothing"}'")
                .AttachNote($"in custom textual format, the absence of terminator implies '{AtomicYieldOp.OperationName}'");
        return true;
    }

    private static Operation? FirstWithEffects(Operation op)
    {
        var stack = new Stack<(Operation Op, bool Expanded)>();
        stack.Push((op, false));
        while (stack.Count > 0)
        {
            var (current, expanded) = stack.Pop();
            if (expanded)
            {
                if (!MemoryEffects.IsMemoryEffectFree(current))
                    return current;
                continue;
            }
            stack.Push((current, true));
            var nested = new List<Operation>();
            foreach (var region in current.Regions)
                foreach (var b in region.Blocks)
                    foreach (var n in b.Operations)
                        nested.Add(n);
            for (int i = nested.Count - 1; i >= 0; i--)
                stack.Push((nested[i], false));
        }
        return null;
    }

    // MemRead and MemWrite on the memref (the body itself must be effect free).
    public void GetEffects(List<MemoryEffectInstance> effects)
    {
        effects.Add(new MemoryEffectInstance(MemoryEffectKind.Read, OpOperands[0]));
        effects.Add(new MemoryEffectInstance(MemoryEffectKind.Write, OpOperands[0]));
    }
}
