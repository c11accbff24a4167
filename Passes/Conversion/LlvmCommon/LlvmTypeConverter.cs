using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Dialects.MemRef;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.LlvmCommon;

/// <summary>
/// The type conversion every lowering to the llvm dialect shares (MLIR's <c>LLVMTypeConverter</c>):
/// <list type="bullet">
/// <item><c>index</c> -&gt; <c>iN</c> (N = <see cref="LowerToLlvmOptions.IndexBitwidth"/>, 64 by default);
/// signed/unsigned integers -&gt; signless; floats LLVM has stay, the others (f8, f6, f4, tf32) -&gt; <c>iW</c>.</item>
/// <item><c>vector&lt;4xT&gt;</c> -&gt; <c>vector&lt;4xT'&gt;</c>; n-D vectors -&gt; nested <c>!llvm.array</c>s of
/// 1-D vectors; 0-D vectors -&gt; <c>vector&lt;1xT'&gt;</c>.</item>
/// <item><c>complex&lt;T&gt;</c> -&gt; <c>!llvm.struct&lt;(T', T')&gt;</c>; function types -&gt; <c>!llvm.ptr</c>.</item>
/// <item>a strided <c>memref&lt;...xT&gt;</c> of rank N -&gt; its descriptor
/// <c>!llvm.struct&lt;(ptr, ptr, iN, array&lt;N x iN&gt;, array&lt;N x iN&gt;)&gt;</c> (allocated pointer, aligned
/// pointer, offset, sizes, strides; rank 0 has no arrays), pointers in the memory space's address space (an
/// integer memory space; another one has no conversion);
/// <c>memref&lt;*xT&gt;</c> -&gt; <c>!llvm.struct&lt;(iN, ptr)&gt;</c> (rank, pointer to a ranked descriptor, in address
/// space 0).</item>
/// <item>llvm dialect types stay, with the builtin types nested in literal structs, arrays and function types
/// converted.</item>
/// </list>
/// Other types (tensors, unknown dialect types, <c>none</c>) have no conversion. Values whose type changed are
/// bridged with <c>builtin.unrealized_conversion_cast</c> (the conversion driver's default materialization), which
/// <c>--reconcile-unrealized-casts</c> removes once both sides are lowered.
/// <para>
/// <see cref="TypeConverter"/> is sealed, so this class holds one: hand <see cref="Converter"/> to conversion
/// patterns and the conversion driver, and keep this object for the llvm-specific questions (descriptor fields,
/// function signatures, C wrappers). The results are cached by the inner converter; conversions may run on several
/// threads.
/// </para>
/// </summary>
public sealed partial class LlvmTypeConverter
{
    /// <summary>A converter with <paramref name="options"/> (default: 64-bit index, descriptor calling
    /// convention).</summary>
    public LlvmTypeConverter(Context context, LowerToLlvmOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        Context = context;
        Options = options ?? new LowerToLlvmOptions();
        IndexType = context.I(Options.EffectiveIndexBitwidth);
        Converter = new TypeConverter();
        // Tried last added first: the catch-all for types already LLVM-compatible goes first.
        Converter.AddConversion(type => IsLlvmCompatibleType(type) ? type : null);
        Converter.AddConversion((Core.IR.Types.IndexType _) => IndexType);
        Converter.AddConversion((IntegerType t) => t.IsSignless ? t : context.I(t.Width));
        Converter.AddConversion((FloatType t) => IsLlvmFloat(t) ? t : context.I(t.Width));
        Converter.AddConversion((VectorType t) => ConvertVectorType(t));
        Converter.AddConversion((ComplexType t) => ConvertComplexType(t));
        Converter.AddConversion((FunctionType _) => LlvmPointerType.Get(context));
        Converter.AddConversion((MemRefType t) => ConvertMemRefType(t));
        Converter.AddConversion((UnrankedMemRefType t) => ConvertUnrankedMemRefType(t));
        Converter.AddConversion((LlvmStructType t) => ConvertLlvmStructType(t));
        Converter.AddConversion((LlvmArrayType t) => ConvertType(t.ElementType) is { } e ? (ReferenceEquals(e, t.ElementType) ? t : LlvmArrayType.Get(e, t.NumElements)) : null);
        Converter.AddConversion((LlvmFunctionType t) => ConvertLlvmFunctionType(t));
    }

    public Context Context { get; }

    public LowerToLlvmOptions Options { get; }

    /// <summary>The type converter to give conversion patterns and the driver.</summary>
    public TypeConverter Converter { get; }

    /// <summary>The integer type <c>index</c> lowers to.</summary>
    public IntegerType IndexType { get; }

    /// <summary>The width of <see cref="IndexType"/>.</summary>
    public int IndexBitwidth => IndexType.Width;

    /// <summary><c>!llvm.ptr</c> in <paramref name="addressSpace"/>.</summary>
    public LlvmPointerType GetPointerType(uint addressSpace = 0) => LlvmPointerType.Get(Context, addressSpace);

    /// <summary>The 1:1 conversion of <paramref name="type"/>; null when it has none.</summary>
    public Type? ConvertType(Type type) => Converter.ConvertType(type);

    /// <summary>True when <paramref name="type"/> converts to itself.</summary>
    public bool IsLegal(Type type) => Converter.IsLegal(type);

    // ---- memrefs ----

    /// <summary>
    /// The LLVM address space of a memref's memory space (MLIR's <c>getMemRefAddressSpace</c>): 0 without one, the
    /// value of an integer memory space; false for any other memory space.
    /// </summary>
    public static bool TryGetMemRefAddressSpace(ShapedType type, out uint addressSpace)
    {
        addressSpace = 0;
        var memorySpace = type switch
        {
            MemRefType m => m.MemorySpace,
            UnrankedMemRefType u => u.MemorySpace,
            _ => null,
        };
        if (memorySpace == null)
            return true;
        if (memorySpace is not IntegerAttr { } attr || attr.Value < 0 || attr.Value > uint.MaxValue)
            return false;
        addressSpace = (uint)attr.Value;
        return true;
    }

    /// <summary>
    /// The fields of the descriptor of <paramref name="type"/> (MLIR's <c>getMemRefDescriptorFields</c>): allocated
    /// and aligned pointers, offset, then, when <paramref name="unpackAggregates"/>, N sizes and N strides (the
    /// expanded calling convention), else two <c>!llvm.array&lt;N x index&gt;</c> (the struct body; none at rank 0).
    /// Null when the memref is not strided or its element type or memory space has no conversion.
    /// </summary>
    public List<Type>? GetMemRefDescriptorFields(MemRefType type, bool unpackAggregates)
    {
        if (!MemRefLayouts.IsStrided(type) || ConvertType(type.ElementType) is null
            || !TryGetMemRefAddressSpace(type, out uint addressSpace))
            return null;
        var ptr = GetPointerType(addressSpace);
        var fields = new List<Type>(3 + 2 * type.Rank) { ptr, ptr, IndexType };
        int rank = type.Rank;
        if (unpackAggregates)
        {
            for (int i = 0; i < 2 * rank; i++)
                fields.Add(IndexType);
        }
        else if (rank > 0)
        {
            var array = LlvmArrayType.Get(IndexType, (ulong)rank);
            fields.Add(array);
            fields.Add(array);
        }
        return fields;
    }

    /// <summary>The number of fields <see cref="GetMemRefDescriptorFields"/> unpacks a rank-<paramref name="rank"/>
    /// descriptor into.</summary>
    public static int GetUnpackedDescriptorSize(int rank) => 3 + 2 * rank;

    /// <summary>The fields of an unranked descriptor: the rank (index) and a pointer (address space 0, whatever the
    /// memory space: the ranked descriptor lives on the stack) to a ranked descriptor.</summary>
    public List<Type>? GetUnrankedMemRefDescriptorFields(UnrankedMemRefType type) => [IndexType, GetPointerType()];

    /// <summary>The descriptor struct of <paramref name="type"/>; null when it has no conversion.</summary>
    public LlvmStructType? ConvertMemRefType(MemRefType type) =>
        GetMemRefDescriptorFields(type, unpackAggregates: false) is { } fields
            ? LlvmStructType.GetLiteral(Context, fields.ToArray())
            : null;

    /// <summary><c>!llvm.struct&lt;(index, ptr)&gt;</c>; null when the element type has no conversion.</summary>
    public LlvmStructType? ConvertUnrankedMemRefType(UnrankedMemRefType type) =>
        ConvertType(type.ElementType) is not null && GetUnrankedMemRefDescriptorFields(type) is { } fields
            ? LlvmStructType.GetLiteral(Context, fields.ToArray())
            : null;

    /// <summary>
    /// True when a memref can be passed as a bare pointer (MLIR's <c>canConvertToBarePtr</c>): statically shaped,
    /// strided, with static strides and offset.
    /// </summary>
    public static bool CanConvertToBarePtr(ShapedType type)
    {
        if (type is not MemRefType { HasStaticShape: true } memref
            || !MemRefLayouts.TryGetStridesAndOffset(memref, out var strides, out long offset))
            return false;
        foreach (long stride in strides)
            if (stride == ShapedType.Dynamic)
                return false;
        return offset != ShapedType.Dynamic;
    }

    /// <summary>The bare pointer a memref is passed as under the bare-pointer convention; null when it cannot be
    /// (see <see cref="CanConvertToBarePtr"/>).</summary>
    public LlvmPointerType? ConvertMemRefToBarePtr(ShapedType type)
    {
        if (!CanConvertToBarePtr(type) || ConvertType(type.ElementType) is null || !TryGetMemRefAddressSpace(type, out uint addressSpace))
            return null;
        return GetPointerType(addressSpace);
    }

    // ---- the other builtin types ----

    /// <summary>MLIR's <c>convertVectorType</c>: 1-D vectors keep their shape over the converted element type,
    /// n-D ones become arrays of 1-D vectors, 0-D ones one-element vectors; scalable dimensions other than the
    /// innermost have no conversion.</summary>
    private Type? ConvertVectorType(VectorType type)
    {
        if (ConvertType(type.ElementType) is not { } element || !IsVectorElement(element))
            return null;
        var shape = type.Shape;
        var scalable = type.ScalableDims;
        if (shape.Length == 0)
            return VectorType.Get([1], element);
        for (int i = 0; i < shape.Length - 1; i++)
            if (i < scalable.Length && scalable[i])
                return null;
        bool innerScalable = scalable.Length == shape.Length && scalable[^1];
        Type result = VectorType.Get([shape[^1]], element, innerScalable ? [true] : default);
        for (int i = shape.Length - 2; i >= 0; i--)
            result = LlvmArrayType.Get(result, (ulong)shape[i]);
        return result;
    }

    private static bool IsVectorElement(Type type) =>
        type is IntegerType or FloatType or Core.IR.Types.IndexType or LlvmPointerType;

    private LlvmStructType? ConvertComplexType(ComplexType type) =>
        ConvertType(type.ElementType) is { } element ? LlvmStructType.GetLiteral(Context, [element, element]) : null;

    private Type? ConvertLlvmStructType(LlvmStructType type)
    {
        if (type.IsIdentified)
            return type;
        var body = type.Body;
        Type[]? converted = null;
        for (int i = 0; i < body.Length; i++)
        {
            if (ConvertType(body[i]) is not { } element)
                return null;
            if (!ReferenceEquals(element, body[i]))
            {
                converted ??= body.ToArray();
                converted[i] = element;
            }
        }
        return converted == null ? type : LlvmStructType.GetLiteral(Context, converted, type.IsPacked);
    }

    private Type? ConvertLlvmFunctionType(LlvmFunctionType type)
    {
        if (ConvertType(type.ReturnType) is not { } result)
            return null;
        var parameters = type.Params;
        bool changed = !ReferenceEquals(result, type.ReturnType);
        var converted = new Type[parameters.Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            if (ConvertType(parameters[i]) is not { } p)
                return null;
            converted[i] = p;
            changed |= !ReferenceEquals(p, parameters[i]);
        }
        return changed ? LlvmFunctionType.Get(result, converted, type.IsVarArg) : type;
    }

    /// <summary>The float types LLVM has: f16, bf16, f32, f64, f80, f128.</summary>
    public static bool IsLlvmFloat(FloatType type) => type.Kind is FloatKind.F16 or FloatKind.BF16 or FloatKind.F32
        or FloatKind.F64 or FloatKind.F80 or FloatKind.F128;

    /// <summary>
    /// True for the types the llvm dialect takes as they are (MLIR's <c>LLVM::isCompatibleType</c>, shallow):
    /// signless integers, LLVM floats, 1-D vectors of those or pointers, and llvm dialect types other than the
    /// aggregates, which <see cref="ConvertType"/> checks element by element.
    /// </summary>
    public static bool IsLlvmCompatibleType(Type type) => type switch
    {
        IntegerType i => i.IsSignless,
        FloatType f => IsLlvmFloat(f),
        VectorType v => v.Rank == 1 && v.ElementType is IntegerType { IsSignless: true } or LlvmPointerType
            || v.Rank == 1 && v.ElementType is FloatType ef && IsLlvmFloat(ef),
        LlvmStructType or LlvmArrayType or LlvmFunctionType => false,
        LlvmType => true,
        _ => false,
    };
}
