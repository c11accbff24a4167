using System.Diagnostics.CodeAnalysis;
using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Dialects.MemRef;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.LlvmCommon;

/// <summary>
/// A conversion pattern lowering <typeparamref name="TOp"/> to the llvm dialect (MLIR's
/// <c>ConvertOpToLLVMPattern</c>): operands are converted by the <see cref="LlvmTypeConverter"/>, and the helpers
/// build the address and size computations the memref lowerings share, exactly as MLIR's do.
/// </summary>
public abstract class ConvertOpToLlvmPattern<[DynamicallyAccessedMembers(Operation.ClassMembers)] TOp> : OpConversionPattern<TOp>
    where TOp : Operation
{
    protected ConvertOpToLlvmPattern(LlvmTypeConverter converter, PatternBenefit? benefit = null)
        : base(converter.Converter, converter.Context, benefit) => LlvmTypeConverter = converter;

    public LlvmTypeConverter LlvmTypeConverter { get; }

    /// <summary>The integer type <c>index</c> lowers to.</summary>
    protected IntegerType IndexType => LlvmTypeConverter.IndexType;

    /// <summary><c>llvm.mlir.constant(value : index) : iN</c>.</summary>
    protected Value CreateIndexAttrConstant(OpBuilder builder, LocationAttr location, long value) =>
        LlvmCommonBuilders.IndexConstant(builder, location, IndexType, value);

    /// <summary>True when <paramref name="type"/> converts and has the identity layout (MLIR's
    /// <c>isConvertibleAndHasIdentityMaps</c>).</summary>
    protected bool IsConvertibleAndHasIdentityMaps(MemRefType type) =>
        LlvmTypeConverter.ConvertType(type) != null && MemRefLayouts.IsIdentityLayout(type);

    /// <summary>
    /// The address of element <paramref name="indices"/> of a strided memref (MLIR's <c>getStridedElementPtr</c>):
    /// <c>sum(index_i * stride_i)</c> (a stride of 1 multiplies nothing), with nsw/nuw overflow flags that mirror
    /// the GEP's nusw/nuw, as one GEP from <see cref="MemRefDescriptor.BufferPtr"/>; the buffer pointer itself for
    /// rank 0.
    /// </summary>
    protected Value GetStridedElementPtr(OpBuilder builder, LocationAttr location, MemRefType type, Value descriptor,
        IReadOnlyList<Value> indices, int gepFlags = 0)
    {
        var (strides, _) = MemRefLayouts.StridesAndOffset(type);
        var memref = new MemRefDescriptor(descriptor);
        var basePtr = memref.BufferPtr(builder, location, LlvmTypeConverter, type);
        int overflow = 0;
        if ((gepFlags & 2) != 0)
            overflow |= LlvmCommonBuilders.OverflowNsw;
        if ((gepFlags & LlvmCommonBuilders.GepNuw) != 0)
            overflow |= LlvmCommonBuilders.OverflowNuw;
        var flagsAttr = overflow == 0 ? null : IntegerAttr.Get(builder.Context.I(32), overflow);
        Value? index = null;
        for (int i = 0; i < indices.Count; i++)
        {
            var increment = indices[i];
            if (strides[i] != 1)
            {
                var stride = strides[i] == ShapedType.Dynamic
                    ? memref.Stride(builder, location, i)
                    : CreateIndexAttrConstant(builder, location, strides[i]);
                increment = MulOp.Create(builder, location, increment, stride, flagsAttr).Res;
            }
            index = index == null ? increment : AddOp.Create(builder, location, index, increment, flagsAttr).Res;
        }
        if (index == null)
            return basePtr;
        var element = LlvmTypeConverter.ConvertType(type.ElementType)!;
        return LlvmCommonBuilders.Gep(builder, location, memref.PointerType, element, basePtr, [index], gepFlags);
    }

    /// <summary>
    /// The sizes, strides and total element count of a new identity-layout memref (MLIR's
    /// <c>getMemRefDescriptorSizes</c>): static sizes as constants, dynamic ones from <paramref name="dynamicSizes"/>
    /// in order; strides as running products from the innermost dimension (a constant 1 first). When
    /// <paramref name="sizeInBytes"/>, also the byte size (<c>ptrtoint(gep null[count])</c>).
    /// </summary>
    protected void GetMemRefDescriptorSizes(OpBuilder builder, LocationAttr location, MemRefType type,
        IReadOnlyList<Value> dynamicSizes, List<Value> sizes, List<Value> strides, out Value size, bool sizeInBytes = true)
    {
        var shape = type.Shape;
        int nextDynamic = 0;
        for (int i = 0; i < shape.Length; i++)
            sizes.Add(shape[i] == ShapedType.Dynamic ? dynamicSizes[nextDynamic++] : CreateIndexAttrConstant(builder, location, shape[i]));

        // Strides from the innermost dimension: a running product that reuses the size value while the product is
        // still the size itself, is a constant while static, and an llvm.mul once dynamic.
        var stridesArray = new Value[shape.Length];
        long stride = 1;
        var runningStride = CreateIndexAttrConstant(builder, location, 1);
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            stridesArray[i] = runningStride;
            long staticSize = shape[i];
            bool useSizeAsStride = stride == 1;
            if (staticSize == ShapedType.Dynamic)
                stride = ShapedType.Dynamic;
            if (stride != ShapedType.Dynamic)
                stride = unchecked(stride * staticSize);
            if (useSizeAsStride)
                runningStride = sizes[i];
            else if (stride == ShapedType.Dynamic)
                runningStride = MulOp.Create(builder, location, runningStride, sizes[i]).Res;
            else
                runningStride = CreateIndexAttrConstant(builder, location, stride);
        }
        strides.AddRange(stridesArray);
        size = sizeInBytes
            ? GetSizeInBytes(builder, location, LlvmTypeConverter.ConvertType(type.ElementType)!, runningStride)
            : runningStride;
    }

    /// <summary><c>ptrtoint(gep null[count] : elementType)</c>: the size in bytes of <paramref name="count"/>
    /// elements of <paramref name="elementType"/> (the buffer size of <see cref="GetMemRefDescriptorSizes"/>).</summary>
    protected Value GetSizeInBytes(OpBuilder builder, LocationAttr location, Type elementType, Value count)
    {
        var ptr = LlvmTypeConverter.GetPointerType();
        var zero = ZeroOp.Create(builder, location, ptr).Res;
        var gep = LlvmCommonBuilders.Gep(builder, location, ptr, elementType, zero, [count]);
        return PtrToIntOp.Create(builder, location, IndexType, gep).Res;
    }

    /// <summary><c>ptrtoint(gep null[1] : T')</c>: the size in bytes of one <paramref name="type"/> (MLIR's
    /// <c>getSizeInBytes</c>; <paramref name="type"/> is converted first).</summary>
    protected Value GetSizeInBytes(OpBuilder builder, LocationAttr location, Type type)
    {
        var ptr = LlvmTypeConverter.GetPointerType();
        var zero = ZeroOp.Create(builder, location, ptr).Res;
        var gep = LlvmCommonBuilders.GepConstant(builder, location, ptr, LlvmTypeConverter.ConvertType(type)!, zero, [1]);
        return PtrToIntOp.Create(builder, location, IndexType, gep).Res;
    }
}
