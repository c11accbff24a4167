using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Interfaces;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>%alloca = memref.alloca(%d) : memref&lt;8x?xf32&gt;</c>: stack allocation, freed when control leaves
/// the nearest automatic allocation scope.</summary>
[Op("memref", "alloca", Summary = "stack memory allocation operation",
    Description = "Allocates a buffer on the stack for the memref type of its result; it is freed when control leaves "
        + "the region of the nearest enclosing op that is an automatic allocation scope (a function, or "
        + "`memref.alloca_scope`). Operands and `alignment` are as for `memref.alloc`.")]
[Traits(OpTraits.AttrSizedOperandSegments)]
[AssemblyFormat("`(`$dynamicSizes`)` (`` `[` $symbolOperands^ `]`)? attr-dict `:` type($memref)")]
public sealed partial class AllocaOp : Operation
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

    private void GetAsmResultNames(AsmSetValueName setName) => setName(Memref, "alloca");

    private bool Verify()
    {
        if (!AllocationScopes.HasScopeAncestor(this))
            return EmitOpError("requires an ancestor op with AutomaticAllocationScope trait");
        return AllocLike.Verify(this, Type, DynamicSizes.Length, SymbolOperands.Length);
    }

    // MemAlloc<AutomaticAllocationScopeResource, 0, FullEffect> on the result.
    public void GetEffects(List<MemoryEffectInstance> effects) =>
        effects.Add(new MemoryEffectInstance(MemoryEffectKind.Allocate, Memref, SideEffectResource.AutomaticAllocationScope, effectOnFullRegion: true));

    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context)
    {
        patterns.Add<AllocaOp>(static (op, rewriter) => AllocPatterns.SimplifyAllocConst(
            op, op.Type, op.DynamicSizes, op.SymbolOperands, op.Alignment, rewriter), debugName: "SimplifyAllocConst");
        patterns.Add<AllocaOp>(static (op, rewriter) => AllocPatterns.SimplifyDeadAlloc(op, rewriter), debugName: "SimplifyDeadAlloc");
    }
}
