using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Dialects.Llvm;
using MemRefLayouts = Dialectic.Dialects.MemRef.MemRefLayouts;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.LlvmCommon;

/// <summary>
/// A ranked memref descriptor value, <c>!llvm.struct&lt;(ptr, ptr, iN, array&lt;R x iN&gt;, array&lt;R x iN&gt;)&gt;</c>
/// (MLIR's <c>MemRefDescriptor</c>): field 0 the allocated pointer, 1 the aligned pointer, 2 the offset in
/// elements, [3, i] the size of dimension i, [4, i] its stride. Getters build <c>llvm.extractvalue</c>, setters
/// <c>llvm.insertvalue</c> and move <see cref="Value"/> to the new struct, at the builder's insertion point.
/// </summary>
public sealed class MemRefDescriptor
{
    private const int AllocatedPtrPos = 0;
    private const int AlignedPtrPos = 1;
    private const int OffsetPos = 2;
    private const int SizesPos = 3;
    private const int StridesPos = 4;

    /// <summary>Wraps a value of a descriptor struct type.</summary>
    public MemRefDescriptor(Value descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (descriptor.Type is not LlvmStructType { Body.Length: 3 or 5 } type)
            throw new ArgumentException($"'{descriptor.Type}' is not a memref descriptor type", nameof(descriptor));
        Value = descriptor;
        StructType = type;
        IndexType = type.Body[OffsetPos];
    }

    /// <summary>The current descriptor value (the latest insertvalue).</summary>
    public Value Value { get; private set; }

    public LlvmStructType StructType { get; }

    /// <summary>The integer type of offsets, sizes and strides.</summary>
    public Type IndexType { get; }

    /// <summary>The pointer type of the data (with the memref's address space).</summary>
    public Type PointerType => StructType.Body[AllocatedPtrPos];

    /// <summary>The rank (0 for a three-field descriptor).</summary>
    public int Rank => StructType.Body.Length == 5 && StructType.Body[SizesPos] is LlvmArrayType a ? (int)a.NumElements : 0;

    /// <summary><c>llvm.mlir.poison</c> of <paramref name="descriptorType"/>.</summary>
    public static MemRefDescriptor Poison(OpBuilder builder, LocationAttr location, Type descriptorType) =>
        new(PoisonOp.Create(builder, location, descriptorType).Res);

    /// <summary>
    /// A descriptor of a statically shaped, strided memref over <paramref name="allocated"/> /
    /// <paramref name="aligned"/>: constant offset, then each dimension's size and stride (MLIR's <c>fromStaticShape</c>).
    /// </summary>
    public static MemRefDescriptor FromStaticShape(OpBuilder builder, LocationAttr location, LlvmTypeConverter converter,
        MemRefType type, Value allocated, Value aligned)
    {
        var (strides, offset) = MemRefLayouts.StridesAndOffset(type);
        var descriptor = Poison(builder, location, converter.ConvertMemRefType(type)!);
        descriptor.SetAllocatedPtr(builder, location, allocated);
        descriptor.SetAlignedPtr(builder, location, aligned);
        descriptor.SetConstantOffset(builder, location, offset);
        var shape = type.Shape;
        for (int i = 0; i < shape.Length; i++)
        {
            descriptor.SetConstantSize(builder, location, i, shape[i]);
            descriptor.SetConstantStride(builder, location, i, strides[i]);
        }
        return descriptor;
    }

    /// <summary>
    /// Packs the unpacked fields (allocated, aligned, offset, sizes..., strides...) into a descriptor of
    /// <paramref name="descriptorType"/>: each dimension's size then its stride (MLIR's <c>pack</c>).
    /// </summary>
    public static MemRefDescriptor Pack(OpBuilder builder, LocationAttr location, Type descriptorType, IReadOnlyList<Value> values)
    {
        var descriptor = Poison(builder, location, descriptorType);
        int rank = descriptor.Rank;
        if (values.Count != LlvmTypeConverter.GetUnpackedDescriptorSize(rank))
            throw new ArgumentException($"{values.Count} values for a descriptor of rank {rank}", nameof(values));
        descriptor.SetAllocatedPtr(builder, location, values[0]);
        descriptor.SetAlignedPtr(builder, location, values[1]);
        descriptor.SetOffset(builder, location, values[2]);
        for (int i = 0; i < rank; i++)
        {
            descriptor.SetSize(builder, location, i, values[3 + i]);
            descriptor.SetStride(builder, location, i, values[3 + rank + i]);
        }
        return descriptor;
    }

    /// <summary>Appends the fields of the descriptor in unpacked order: allocated, aligned, offset, sizes...,
    /// strides... (MLIR's <c>unpack</c>).</summary>
    public void Unpack(OpBuilder builder, LocationAttr location, List<Value> results)
    {
        results.Add(AllocatedPtr(builder, location));
        results.Add(AlignedPtr(builder, location));
        results.Add(Offset(builder, location));
        int rank = Rank;
        for (int i = 0; i < rank; i++)
            results.Add(Size(builder, location, i));
        for (int i = 0; i < rank; i++)
            results.Add(Stride(builder, location, i));
    }

    // ---- fields ----

    public Value AllocatedPtr(OpBuilder builder, LocationAttr location) => Extract(builder, location, AllocatedPtrPos);

    public void SetAllocatedPtr(OpBuilder builder, LocationAttr location, Value ptr) => Insert(builder, location, ptr, AllocatedPtrPos);

    public Value AlignedPtr(OpBuilder builder, LocationAttr location) => Extract(builder, location, AlignedPtrPos);

    public void SetAlignedPtr(OpBuilder builder, LocationAttr location, Value ptr) => Insert(builder, location, ptr, AlignedPtrPos);

    public Value Offset(OpBuilder builder, LocationAttr location) => Extract(builder, location, OffsetPos);

    public void SetOffset(OpBuilder builder, LocationAttr location, Value offset) => Insert(builder, location, offset, OffsetPos);

    public void SetConstantOffset(OpBuilder builder, LocationAttr location, long offset) =>
        SetOffset(builder, location, LlvmCommonBuilders.IndexConstant(builder, location, IndexType, offset));

    public Value Size(OpBuilder builder, LocationAttr location, int dim) => Extract(builder, location, SizesPos, dim);

    public void SetSize(OpBuilder builder, LocationAttr location, int dim, Value size) => Insert(builder, location, size, SizesPos, dim);

    public void SetConstantSize(OpBuilder builder, LocationAttr location, int dim, long size) =>
        SetSize(builder, location, dim, LlvmCommonBuilders.IndexConstant(builder, location, IndexType, size));

    /// <summary>
    /// The size of the dimension <paramref name="position"/> holds (MLIR's <c>size(pos, rank)</c>): the sizes array
    /// is stored to a stack slot and the element at the position loaded back.
    /// </summary>
    public Value Size(OpBuilder builder, LocationAttr location, Value position, int rank)
    {
        var array = LlvmArrayType.Get(IndexType, (ulong)rank);
        var ptr = LlvmPointerType.Get(builder.Context);
        var one = LlvmCommonBuilders.IndexConstant(builder, location, IndexType, 1);
        var sizes = ExtractValueOp.Create(builder, location, array, Value, DenseArrayAttr.Get(builder.Context.I(64), [SizesPos])).Res;
        var slot = LlvmCommonBuilders.Alloca(builder, location, ptr, array, one);
        StoreOp.Create(builder, location, sizes, slot);
        var element = LlvmCommonBuilders.GepMixed(builder, location, ptr, array, slot, [0, GEPOp.DynamicIndex], [position]);
        return LoadOp.Create(builder, location, IndexType, element).Res;
    }

    public Value Stride(OpBuilder builder, LocationAttr location, int dim) => Extract(builder, location, StridesPos, dim);

    public void SetStride(OpBuilder builder, LocationAttr location, int dim, Value stride) => Insert(builder, location, stride, StridesPos, dim);

    public void SetConstantStride(OpBuilder builder, LocationAttr location, int dim, long stride) =>
        SetStride(builder, location, dim, LlvmCommonBuilders.IndexConstant(builder, location, IndexType, stride));

    /// <summary>
    /// The address of the first element, the aligned pointer advanced by the offset (a GEP over the converted
    /// element type, left out for a static zero offset), as MLIR's <c>bufferPtr</c>.
    /// </summary>
    public Value BufferPtr(OpBuilder builder, LocationAttr location, LlvmTypeConverter converter, MemRefType type)
    {
        var (_, offset) = MemRefLayouts.StridesAndOffset(type);
        var ptr = AlignedPtr(builder, location);
        if (offset == 0)
            return ptr;
        var offsetValue = offset == ShapedType.Dynamic
            ? Offset(builder, location)
            : LlvmCommonBuilders.IndexConstant(builder, location, IndexType, offset);
        var element = converter.ConvertType(type.ElementType)!;
        return LlvmCommonBuilders.Gep(builder, location, PointerType, element, ptr, [offsetValue]);
    }

    private Value Extract(OpBuilder builder, LocationAttr location, params long[] position)
    {
        var type = position.Length == 1 ? StructType.Body[(int)position[0]] : IndexType;
        return ExtractValueOp.Create(builder, location, type, Value, DenseArrayAttr.Get(builder.Context.I(64), position)).Res;
    }

    private void Insert(OpBuilder builder, LocationAttr location, Value value, params long[] position) =>
        Value = InsertValueOp.Create(builder, location, StructType, Value, value, DenseArrayAttr.Get(builder.Context.I(64), position)).Res;
}
