using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Interfaces;
using Dialectic.Dialects.Arith;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>%x = memref.atomic_rmw addf %v, %m[%i] : (f32, memref&lt;10xf32&gt;) -&gt; f32</c>: an atomic
/// read-modify-write of one element; the result is the value stored before.</summary>
[Op("memref", "atomic_rmw", Summary = "atomic read-modify-write operation",
    Description = "Atomically reads the element of the memref at the given indices, combines it with the value operand "
        + "according to `kind` (add, max, or, assign, ...), and stores the outcome, without data races. The "
        + "result is the element's previous value.")]
[AllTypesMatch("value", "result")]
[AssemblyFormat("$kind $value `,` $memref `[` $indices `]` attr-dict `:` `(` type($value) `,` type($memref) `)` `->` type($result)")]
public sealed partial class AtomicRMWOp : Operation
{
    [Property(Enum = typeof(AtomicRMWKind))]
    public partial IntegerAttr Kind { get; }

    [Operand(ConstraintMethod = nameof(IsIntOrFloat), ConstraintSummary = "signless integer or floating-point")]
    public partial Value Value { get; }

    [Operand(ConstraintMethod = nameof(IsIntOrFloatMemRef), ConstraintSummary = "memref of signless integer or floating-point values")]
    public partial Value Memref { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial System.ReadOnlySpan<OpOperand> Indices { get; }

    [Result(ConstraintMethod = nameof(IsIntOrFloat), ConstraintSummary = "signless integer or floating-point")]
    public partial Value Result { get; }

    private static bool IsIntOrFloat(Type t) => MemRefConstraints.IsSignlessIntOrFloat(t);

    private static bool IsIntOrFloatMemRef(Type t) => MemRefConstraints.IsIntOrFloatMemRef(t);

    /// <summary>The modification performed.</summary>
    public AtomicRMWKind KindValue => (AtomicRMWKind)(long)Kind.SignedValue;

    private bool Verify()
    {
        var memrefType = (MemRefType)Memref.Type;
        if (!ReferenceEquals(Value.Type, memrefType.ElementType))
            return EmitOpError("failed to verify that value type matches element type of memref");
        if (memrefType.Rank != NumOperands - 2)
            return EmitOpError("expects the number of subscripts to be equal to memref rank");
        switch (KindValue)
        {
            case AtomicRMWKind.Addf:
            case AtomicRMWKind.Maximumf:
            case AtomicRMWKind.Minimumf:
            case AtomicRMWKind.Mulf:
                if (Value.Type is not FloatType)
                    return EmitOpError($"with kind '{AtomicRMWKindSyntax.ToKeyword(KindValue)}' expects a floating-point type");
                break;
            case AtomicRMWKind.Addi:
            case AtomicRMWKind.Maxs:
            case AtomicRMWKind.Maxu:
            case AtomicRMWKind.Mins:
            case AtomicRMWKind.Minu:
            case AtomicRMWKind.Muli:
            case AtomicRMWKind.Ori:
            case AtomicRMWKind.Xori:
            case AtomicRMWKind.Andi:
                if (Value.Type is not IntegerType)
                    return EmitOpError($"with kind '{AtomicRMWKindSyntax.ToKeyword(KindValue)}' expects an integer type");
                break;
        }
        return true;
    }

    // atomic_rmw(memref.cast(x)) -> atomic_rmw(x)
    private bool Fold(System.ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results) =>
        MemRefFolding.FoldMemRefCast(this, Value);

    // MemRead and MemWrite on the memref.
    public void GetEffects(List<MemoryEffectInstance> effects)
    {
        effects.Add(new MemoryEffectInstance(MemoryEffectKind.Read, OpOperands[1]));
        effects.Add(new MemoryEffectInstance(MemoryEffectKind.Write, OpOperands[1]));
    }
}
