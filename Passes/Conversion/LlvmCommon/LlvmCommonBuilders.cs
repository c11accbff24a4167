using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Builtin;
using Dialectic.Core.IR.Types;
using Dialectic.Dialects.Llvm;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.LlvmCommon;

/// <summary>
/// Small builders the lowerings to the llvm dialect share, each producing exactly the ops MLIR's helpers of the
/// same purpose produce (so that outputs match <c>mlir-opt</c>'s).
/// </summary>
public static class LlvmCommonBuilders
{
    /// <summary>GEP no-wrap flags: <c>inbounds</c> (inbounds_flag | nusw) and <c>nuw</c>.</summary>
    public const int GepInbounds = 3, GepNuw = 4;

    /// <summary>Integer overflow flags of llvm.add/sub/mul/shl: 1 nsw, 2 nuw.</summary>
    public const int OverflowNsw = 1, OverflowNuw = 2;

    /// <summary><c>llvm.mlir.constant(value : index) : iN</c> (MLIR's <c>createIndexAttrConstant</c>: the attribute
    /// is typed <c>index</c>, the result the converted index type).</summary>
    public static Value IndexConstant(OpBuilder builder, LocationAttr location, Type indexType, long value) =>
        ConstantOp.Create(builder, location, indexType, IntegerAttr.Get(builder.Context.IndexType, value)).Res;

    /// <summary><c>llvm.mlir.constant(value : iN) : iN</c>.</summary>
    public static Value IntConstant(OpBuilder builder, LocationAttr location, Type type, long value) =>
        ConstantOp.Create(builder, location, type, IntegerAttr.Get(type, value)).Res;

    /// <summary><c>llvm.getelementptr [flags] %base[%indices...] : (...) -&gt; ptr, elementType</c> with all indices
    /// dynamic.</summary>
    public static Value Gep(OpBuilder builder, LocationAttr location, Type resultType, Type elementType, Value basePtr,
        ReadOnlySpan<Value> indices, int flags = 0)
    {
        var raw = new long[indices.Length];
        Array.Fill(raw, GEPOp.DynamicIndex);
        return GEPOp.Create(builder, location, resultType, basePtr, indices, DenseArrayAttr.Get(builder.Context.I(32), raw),
            TypeAttr.Get(elementType), flags == 0 ? null : IntegerAttr.Get(builder.Context.I(32), flags)).Res;
    }

    /// <summary>A GEP whose indices are constants (<c>%p[0, 1]</c>).</summary>
    public static Value GepConstant(OpBuilder builder, LocationAttr location, Type resultType, Type elementType, Value basePtr,
        ReadOnlySpan<long> indices, int flags = 0) =>
        GEPOp.Create(builder, location, resultType, basePtr, ReadOnlySpan<Value>.Empty, DenseArrayAttr.Get(builder.Context.I(32), indices),
            TypeAttr.Get(elementType), flags == 0 ? null : IntegerAttr.Get(builder.Context.I(32), flags)).Res;

    /// <summary>A GEP mixing constant indices and values: <paramref name="rawIndices"/> holds the constants, with
    /// <see cref="GEPOp.DynamicIndex"/> where the next of <paramref name="dynamicIndices"/> goes.</summary>
    public static Value GepMixed(OpBuilder builder, LocationAttr location, Type resultType, Type elementType, Value basePtr,
        ReadOnlySpan<long> rawIndices, ReadOnlySpan<Value> dynamicIndices, int flags = 0) =>
        GEPOp.Create(builder, location, resultType, basePtr, dynamicIndices, DenseArrayAttr.Get(builder.Context.I(32), rawIndices),
            TypeAttr.Get(elementType), flags == 0 ? null : IntegerAttr.Get(builder.Context.I(32), flags)).Res;

    /// <summary><c>llvm.call @callee(args) : (...) -&gt; result</c>; <paramref name="resultType"/> null or
    /// <c>!llvm.void</c> for none.</summary>
    public static CallOp Call(OpBuilder builder, LocationAttr location, string callee, Type? resultType, ReadOnlySpan<Value> args) =>
        CallOp.Create(builder, location, resultType is LlvmPrimitiveType { IsVoid: true } ? null : resultType, args,
            ReadOnlySpan<Value>.Empty, callee: SymbolRefAttr.Get(builder.Context, callee));

    /// <summary><c>llvm.alloca %count x elementType : (iN) -&gt; !llvm.ptr</c>.</summary>
    public static Value Alloca(OpBuilder builder, LocationAttr location, Type ptrType, Type elementType, Value count, long alignment = 0) =>
        AllocaOp.Create(builder, location, ptrType, count, TypeAttr.Get(elementType),
            alignment: alignment == 0 ? null : IntegerAttr.Get(builder.Context.I(64), alignment)).Res;

    /// <summary>A <c>builtin.unrealized_conversion_cast</c> of <paramref name="input"/> to <paramref name="type"/>.</summary>
    public static Value UnrealizedCast(OpBuilder builder, LocationAttr location, Type type, Value input)
    {
        var state = new OperationState(location, UnrealizedConversionCastOp.OperationName);
        state.Operands.Add(input);
        state.ResultTypes.Add(type);
        return builder.Create(state).GetResult(0);
    }
}
