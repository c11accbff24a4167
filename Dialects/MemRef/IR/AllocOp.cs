using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Interfaces;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>%alloc = memref.alloc(%d)[%s] {alignment = 8} : memref&lt;8x?xf32, #map&gt;</c>: heap allocation.</summary>
[Op("memref", "alloc", Summary = "memory allocation operation",
    Description = "Allocates a buffer on the heap for the memref type of its result. The operands in parentheses give "
        + "the dynamic sizes, in order; the operands in square brackets give the symbols of the layout map. "
        + "`alignment` asks for a byte alignment of the buffer.")]
[Traits(OpTraits.AttrSizedOperandSegments)]
[AssemblyFormat("`(`$dynamicSizes`)` (`` `[` $symbolOperands^ `]`)? attr-dict `:` type($memref)")]
public sealed partial class AllocOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index, Name = "dynamicSizes")]
    public partial System.ReadOnlySpan<OpOperand> DynamicSizes { get; }

    [Operand(Constraint = TypeConstraint.Index, Name = "symbolOperands")]
    public partial System.ReadOnlySpan<OpOperand> SymbolOperands { get; }

    [Property(ConstraintMethod = nameof(IsAlignment),
        ConstraintSummary = "64-bit signless integer attribute whose value is positive and whose value is a power of two > 0")]
    public partial IntegerAttr? Alignment { get; }

    [Result(ConstraintMethod = nameof(IsRankedMemRef), ConstraintSummary = "memref of any type values")]
    public partial Value Memref { get; }

    private static bool IsAlignment(Attribute a) => MemRefConstraints.IsPositivePowerOf2I64(a);

    private static bool IsRankedMemRef(Type t) => MemRefConstraints.IsRankedMemRef(t);

    /// <summary>The allocated type.</summary>
    public MemRefType Type => (MemRefType)Memref.Type;

    private void GetAsmResultNames(AsmSetValueName setName) => setName(Memref, "alloc");

    private bool Verify() => AllocLike.Verify(this, Type, DynamicSizes.Length, SymbolOperands.Length);

    // MemAlloc<DefaultResource, 0, FullEffect> on the result.
    public void GetEffects(List<MemoryEffectInstance> effects) =>
        effects.Add(new MemoryEffectInstance(MemoryEffectKind.Allocate, Memref, SideEffectResource.Default, effectOnFullRegion: true));

    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context)
    {
        patterns.Add<AllocOp>(static (op, rewriter) => AllocPatterns.SimplifyAllocConst(
            op, op.Type, op.DynamicSizes, op.SymbolOperands, op.Alignment, rewriter), debugName: "SimplifyAllocConst");
        patterns.Add<AllocOp>(static (op, rewriter) => AllocPatterns.SimplifyDeadAlloc(op, rewriter), debugName: "SimplifyDeadAlloc");
    }
}
