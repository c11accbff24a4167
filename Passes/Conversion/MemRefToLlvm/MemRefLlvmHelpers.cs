using System.Collections.Generic;
using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary>Pieces the memref lowerings share (MLIR's <c>AllocLikeOpLLVMLowering</c> and MemRefToLLVM helpers).</summary>
internal static class MemRefLlvmHelpers
{
    /// <summary>
    /// A descriptor of a fresh identity-layout buffer: the pointers, a constant zero offset, then all sizes and all
    /// strides (MLIR's <c>createMemRefDescriptor</c>).
    /// </summary>
    public static Value CreateMemRefDescriptor(OpBuilder builder, LocationAttr location, LlvmTypeConverter converter, MemRefType type,
        Value allocated, Value aligned, List<Value> sizes, List<Value> strides)
    {
        var descriptor = MemRefDescriptor.Poison(builder, location, converter.ConvertMemRefType(type)!);
        descriptor.SetAllocatedPtr(builder, location, allocated);
        descriptor.SetAlignedPtr(builder, location, aligned);
        descriptor.SetOffset(builder, location, LlvmCommonBuilders.IndexConstant(builder, location, converter.IndexType, 0));
        for (int i = 0; i < sizes.Count; i++)
            descriptor.SetSize(builder, location, i, sizes[i]);
        for (int i = 0; i < strides.Count; i++)
            descriptor.SetStride(builder, location, i, strides[i]);
        return descriptor.Value;
    }

    /// <summary><c>input</c> rounded up to a multiple of <paramref name="alignment"/>:
    /// <c>bumped = input + (alignment - 1); bumped - bumped urem alignment</c> (MLIR's <c>createAligned</c>).</summary>
    public static Value CreateAligned(OpBuilder builder, LocationAttr location, LlvmTypeConverter converter, Value input, Value alignment)
    {
        var one = LlvmCommonBuilders.IndexConstant(builder, location, converter.IndexType, 1);
        var bump = SubOp.Create(builder, location, alignment, one).Res;
        var bumped = AddOp.Create(builder, location, input, bump).Res;
        var mod = URemOp.Create(builder, location, bumped, alignment).Res;
        return SubOp.Create(builder, location, bumped, mod).Res;
    }

    /// <summary>
    /// The type of the <c>llvm.mlir.global</c> of a memref global: the converted element type nested in one
    /// <c>!llvm.array</c> per dimension (the element type itself at rank 0).
    /// </summary>
    public static Type GlobalType(LlvmTypeConverter converter, MemRefType type)
    {
        Type result = converter.ConvertType(type.ElementType)!;
        var shape = type.Shape;
        for (int i = shape.Length - 1; i >= 0; i--)
            result = LlvmArrayType.Get(result, (ulong)shape[i]);
        return result;
    }

    /// <summary>
    /// The allocation size in bytes of a (converted) type under the default data layout: integers round up to a
    /// power-of-two number of bytes, pointers and index are 8 bytes, vectors round their total size up to a power
    /// of two, arrays multiply, structs add their padded fields.
    /// </summary>
    public static long SizeInBytes(Type type) => type switch
    {
        IntegerType i => i.Width <= 8 ? 1 : (long)BitOperations.RoundUpToPowerOf2((ulong)((i.Width + 7) / 8)),
        FloatType { Width: 80 or 128 } => 16,
        FloatType f => (f.Width + 7) / 8,
        IndexType or LlvmPointerType => 8,
        VectorType v => (long)BitOperations.RoundUpToPowerOf2((ulong)System.Math.Max(1, v.NumElements * SizeInBytes(v.ElementType))),
        LlvmArrayType a => (long)a.NumElements * SizeInBytes(a.ElementType),
        LlvmStructType s => StructSize(s),
        _ => 8,
    };

    private static long AlignOf(Type type) => type switch
    {
        LlvmArrayType a => AlignOf(a.ElementType),
        LlvmStructType s => StructAlign(s),
        _ => System.Math.Min(16, SizeInBytes(type)),
    };

    private static long StructAlign(LlvmStructType s)
    {
        long align = 1;
        if (!s.IsPacked)
            foreach (var field in s.Body)
                align = System.Math.Max(align, AlignOf(field));
        return align;
    }

    private static long StructSize(LlvmStructType s)
    {
        long size = 0;
        foreach (var field in s.Body)
        {
            long a = s.IsPacked ? 1 : AlignOf(field);
            size = (size + a - 1) / a * a + SizeInBytes(field);
        }
        long align = StructAlign(s);
        return (size + align - 1) / align * align;
    }

    /// <summary>
    /// True when <paramref name="type"/>'s elements are laid out contiguously in row-major order: an identity layout,
    /// or a static, non-empty shape whose strides are the canonical ones (dimensions of size 1 may have any stride).
    /// </summary>
    public static bool IsContiguous(Type type)
    {
        if (type is not MemRefType memref)
            return false;
        if (Dialects.MemRef.MemRefLayouts.IsIdentityLayout(memref))
            return true;
        if (!memref.HasStaticShape || memref.NumElements <= 0
            || !Dialects.MemRef.MemRefLayouts.TryGetStridesAndOffset(memref, out var strides, out _))
            return false;
        var canonical = Dialects.MemRef.MemRefLayouts.CanonicalStrides(memref.Shape);
        var shape = memref.Shape;
        for (int i = 0; i < shape.Length; i++)
            if (shape[i] != 1 && strides[i] != canonical[i])
                return false;
        return true;
    }

    /// <summary>The alignment property of an llvm load/store/alloca, or null for none (0).</summary>
    public static IntegerAttr? Alignment(OpBuilder builder, IntegerAttr? alignment) =>
        alignment is { } a && !a.Value.IsZero ? IntegerAttr.Get(builder.Context.I(64), a.Value) : null;
}
