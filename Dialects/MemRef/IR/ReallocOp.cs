using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Interfaces;

namespace Dialectic.Dialects.MemRef;

/// <summary><c>%0 = memref.realloc %m(%d) : memref&lt;?xf32&gt; to memref&lt;?xf32&gt;</c>: resizes a 1-D buffer,
/// keeping its contents up to the smaller size.</summary>
[Op("memref", "realloc", Summary = "memory reallocation operation",
    Description = "Resizes a 1-D buffer to the size of the result type (with one index operand when that size is "
        + "dynamic), in the same memory space and with the same element type. Contents up to the smaller size "
        + "are kept; the old value must not be used afterwards. `alignment` asks for a byte alignment.")]
[AssemblyFormat("$source (`(` $dynamicResultSize^ `)`)? attr-dict `:` type($source) `to` type(results)")]
public sealed partial class ReallocOp : Operation
{
    [Operand(ConstraintMethod = nameof(Is1DMemRef), ConstraintSummary = "1D memref of any type values")]
    public partial Value Source { get; }

    [Operand(Constraint = TypeConstraint.Index, Name = "dynamicResultSize")]
    public partial Value? DynamicResultSize { get; }

    [Property(ConstraintMethod = nameof(IsAlignment),
        ConstraintSummary = "64-bit signless integer attribute whose value is positive and whose value is a power of two > 0")]
    public partial IntegerAttr? Alignment { get; }

    [Result(ConstraintMethod = nameof(Is1DMemRef), ConstraintSummary = "1D memref of any type values")]
    public partial Value Result { get; }

    private static bool Is1DMemRef(Type t) => MemRefConstraints.Is1DMemRef(t);

    private static bool IsAlignment(Attribute a) => MemRefConstraints.IsPositivePowerOf2I64(a);

    private bool Verify()
    {
        var sourceType = (MemRefType)Source.Type;
        var resultType = (MemRefType)Result.Type;
        if (!MemRefLayouts.IsIdentityLayout(sourceType))
            return EmitError($"unsupported layout for source memref type '{sourceType}'");
        if (!MemRefLayouts.IsIdentityLayout(resultType))
            return EmitError($"unsupported layout for result memref type '{resultType}'");
        if (!Equals(sourceType.MemorySpace, resultType.MemorySpace))
            return EmitError($"different memory spaces specified for source memref type '{sourceType}' and result memref type '{resultType}'");
        if (!ReferenceEquals(sourceType.ElementType, resultType.ElementType))
            return EmitError($"different element types specified for source memref type '{sourceType}' and result memref type '{resultType}'");
        int dynamic = MemRefLayouts.CountDynamic(resultType.Shape);
        if (dynamic != 0 && DynamicResultSize == null)
            return EmitError($"missing dimension operand for result type '{resultType}'");
        if (dynamic == 0 && DynamicResultSize != null)
            return EmitError($"unnecessary dimension operand for result type '{resultType}'");
        return true;
    }

    // MemFreeAt<0, FullEffect> on the source, then MemAlloc<DefaultResource, 1, FullEffect> on the result.
    public void GetEffects(List<MemoryEffectInstance> effects)
    {
        effects.Add(new MemoryEffectInstance(MemoryEffectKind.Free, OpOperands[0], SideEffectResource.Default, effectOnFullRegion: true));
        effects.Add(new MemoryEffectInstance(MemoryEffectKind.Allocate, Result, SideEffectResource.Default, stage: 1, effectOnFullRegion: true));
    }

    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        patterns.Add<ReallocOp>(static (op, rewriter) => AllocPatterns.SimplifyDeadAlloc(op, rewriter), debugName: "SimplifyDeadAlloc");
}
