using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using MemRefAllocOp = Dialectic.Dialects.MemRef.AllocOp;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary>
/// <c>memref.alloc(%n) {alignment = A}</c> -&gt; <c>malloc(bytes + A)</c>, the aligned pointer rounded up to A, and a
/// descriptor (MLIR's <c>AllocOpLowering</c>); with <c>use-aligned-alloc</c>, <c>aligned_alloc(A, bytes)</c> with
/// A at least 16 and the size rounded up to a multiple of A when not one already (<c>AlignedAllocOpLowering</c>).
/// Identity layouts only.
/// </summary>
internal sealed class AllocOpLowering(LlvmTypeConverter converter, bool useAlignedAlloc, bool useGenericFunctions)
    : ConvertOpToLlvmPattern<MemRefAllocOp>(converter)
{
    private const long MinAlignedAllocAlignment = 16;

    public override bool MatchAndRewrite(MemRefAllocOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var type = op.Type;
        var location = op.Location;
        if (!IsConvertibleAndHasIdentityMaps(type))
            return rewriter.NotifyMatchFailure(op, "incompatible memref type");
        if (!LlvmTypeConverter.TryGetMemRefAddressSpace(type, out uint addressSpace) || addressSpace != 0)
            return rewriter.NotifyMatchFailure(op, "memory spaces other than 0 are not supported");
        var ptr = LlvmTypeConverter.GetPointerType();
        var index = IndexType;
        string name = useAlignedAlloc
            ? (useGenericFunctions ? "_mlir_memref_to_llvm_aligned_alloc" : "aligned_alloc")
            : (useGenericFunctions ? "_mlir_memref_to_llvm_alloc" : "malloc");
        var allocFunc = useAlignedAlloc
            ? LlvmFunctionDeclarations.LookupOrCreate(rewriter, op, name, [index, index], ptr)
            : LlvmFunctionDeclarations.LookupOrCreate(rewriter, op, name, [index], ptr);
        if (allocFunc == null)
            return false;

        var dynamicSizes = new List<Value>(op.DynamicSizes.Length);
        for (int i = 0; i < op.DynamicSizes.Length; i++)
            dynamicSizes.Add(adaptor[i]);
        var sizes = new List<Value>();
        var strides = new List<Value>();
        GetMemRefDescriptorSizes(rewriter, location, type, dynamicSizes, sizes, strides, out var sizeBytes);
        var elementType = LlvmTypeConverter.ConvertType(type.ElementType)!;

        Value allocated, aligned;
        if (useAlignedAlloc)
        {
            long elementSize = MemRefLlvmHelpers.SizeInBytes(elementType);
            long alignment = op.Alignment is { } attr
                ? System.Math.Max(MinAlignedAllocAlignment, (long)attr.Value)
                : System.Math.Max(MinAlignedAllocAlignment, (long)System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)elementSize));
            var alignmentValue = CreateIndexAttrConstant(rewriter, location, alignment);
            if (!IsSizeMultipleOf(type, elementSize, alignment))
                sizeBytes = MemRefLlvmHelpers.CreateAligned(rewriter, location, LlvmTypeConverter, sizeBytes, alignmentValue);
            allocated = LlvmCommonBuilders.Call(rewriter, location, name, ptr, [alignmentValue, sizeBytes]).GetResult(0);
            aligned = allocated;
        }
        else
        {
            Value? alignment = null;
            if (op.Alignment is { } attr)
                alignment = CreateIndexAttrConstant(rewriter, location, (long)attr.Value);
            else if (type.ElementType is not (IntegerType { IsSignless: true } or Core.IR.Types.IndexType or FloatType))
                alignment = GetSizeInBytes(rewriter, location, type.ElementType);
            if (alignment != null)
                sizeBytes = AddOp.Create(rewriter, location, sizeBytes, alignment).Res;
            allocated = LlvmCommonBuilders.Call(rewriter, location, name, ptr, [sizeBytes]).GetResult(0);
            aligned = allocated;
            if (alignment != null)
            {
                var allocatedInt = PtrToIntOp.Create(rewriter, location, index, allocated).Res;
                var alignedInt = MemRefLlvmHelpers.CreateAligned(rewriter, location, LlvmTypeConverter, allocatedInt, alignment);
                aligned = IntToPtrOp.Create(rewriter, location, ptr, alignedInt).Res;
            }
        }
        var descriptor = MemRefLlvmHelpers.CreateMemRefDescriptor(rewriter, location, LlvmTypeConverter, type, allocated, aligned, sizes, strides);
        rewriter.ReplaceOp(op, [descriptor]);
        return true;
    }

    // MLIR's isMemRefSizeMultipleOf: the static part of the size (dynamic dimensions skipped) is a multiple.
    private static bool IsSizeMultipleOf(MemRefType type, long elementSize, long factor)
    {
        long divisor = elementSize;
        foreach (long dim in type.Shape)
            if (dim != ShapedType.Dynamic)
                divisor = unchecked(divisor * dim);
        return divisor % factor == 0;
    }
}
