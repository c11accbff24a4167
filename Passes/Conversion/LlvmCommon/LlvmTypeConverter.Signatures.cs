using System;
using System.Collections.Generic;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.LlvmCommon;

public sealed partial class LlvmTypeConverter
{
    /// <summary>
    /// The type a function argument or result of <paramref name="type"/> is passed as (MLIR's
    /// <c>convertCallingConventionType</c>): under the bare-pointer convention a memref is a bare pointer (null when
    /// it cannot be one), otherwise the usual conversion (a memref is its descriptor struct).
    /// </summary>
    public Type? ConvertCallingConventionType(Type type, bool useBarePtrCallConv)
    {
        if (useBarePtrCallConv && type is MemRefType or UnrankedMemRefType)
            return ConvertMemRefToBarePtr((ShapedType)type);
        return ConvertType(type);
    }

    /// <summary>
    /// Appends the types a function argument of <paramref name="type"/> expands to: a ranked memref to its unpacked
    /// descriptor fields (or a bare pointer under the bare-pointer convention), an unranked one to (rank, pointer),
    /// anything else to its conversion. False when it has none.
    /// </summary>
    public bool ConvertFunctionArgument(Type type, bool useBarePtrCallConv, List<Type> results)
    {
        if (useBarePtrCallConv && type is MemRefType or UnrankedMemRefType)
        {
            if (ConvertMemRefToBarePtr((ShapedType)type) is not { } ptr)
                return false;
            results.Add(ptr);
            return true;
        }
        switch (type)
        {
            case MemRefType memref:
                if (GetMemRefDescriptorFields(memref, unpackAggregates: true) is not { } fields)
                    return false;
                results.AddRange(fields);
                return true;
            case UnrankedMemRefType unranked:
                if (ConvertUnrankedMemRefType(unranked) is null || GetUnrankedMemRefDescriptorFields(unranked) is not { } ufields)
                    return false;
                results.AddRange(ufields);
                return true;
            default:
                if (ConvertType(type) is not { } converted)
                    return false;
                results.Add(converted);
                return true;
        }
    }

    /// <summary>
    /// The single type function results are returned as (MLIR's <c>packFunctionResults</c>): each converted with
    /// <see cref="ConvertCallingConventionType"/>, one result as it is, several packed into a literal struct; null
    /// when there are none or one has no conversion.
    /// </summary>
    public Type? PackFunctionResults(ReadOnlySpan<Type> results, bool useBarePtrCallConv = false)
    {
        if (results.Length == 0)
            return null;
        if (results.Length == 1)
            return ConvertCallingConventionType(results[0], useBarePtrCallConv);
        var converted = new Type[results.Length];
        for (int i = 0; i < results.Length; i++)
        {
            if (ConvertCallingConventionType(results[i], useBarePtrCallConv) is not { } t)
                return null;
            converted[i] = t;
        }
        return LlvmStructType.GetLiteral(Context, converted);
    }

    /// <summary>
    /// The llvm function type of a function of <paramref name="type"/> (MLIR's <c>convertFunctionSignature</c>):
    /// arguments expanded as <see cref="ConvertFunctionArgument"/> says, recorded per original argument in
    /// <paramref name="conversion"/> (for the entry block), results packed (<c>!llvm.void</c> for none). Null when a
    /// type has no conversion.
    /// </summary>
    public LlvmFunctionType? ConvertFunctionSignature(FunctionType type, bool isVariadic, bool useBarePtrCallConv,
        SignatureConversion conversion)
    {
        ArgumentNullException.ThrowIfNull(conversion);
        var inputs = type.Inputs;
        var expanded = new List<Type>();
        for (int i = 0; i < inputs.Length; i++)
        {
            expanded.Clear();
            if (!ConvertFunctionArgument(inputs[i], useBarePtrCallConv, expanded))
                return null;
            conversion.AddInputs(i, expanded.ToArray());
        }
        Type result;
        if (type.Results.Length == 0)
            result = LlvmPrimitiveType.GetVoid(Context);
        else if (PackFunctionResults(type.Results, useBarePtrCallConv) is { } packed)
            result = packed;
        else
            return null;
        var parameters = conversion.ConvertedTypes;
        var array = new Type[parameters.Count];
        for (int i = 0; i < array.Length; i++)
            array[i] = parameters[i];
        return LlvmFunctionType.Get(result, array, isVariadic);
    }

    /// <summary>
    /// The type of the <c>_mlir_ciface_</c> wrapper of a function of <paramref name="type"/> (MLIR's
    /// <c>convertFunctionTypeCWrapper</c>): memref arguments become pointers to descriptors, and a struct result
    /// (several results, or a memref descriptor) is returned through a pointer passed as the first argument.
    /// Null when a type has no conversion.
    /// </summary>
    public LlvmFunctionType? ConvertFunctionTypeCWrapper(FunctionType type)
    {
        Type? result = type.Results.Length == 0 ? LlvmPrimitiveType.GetVoid(Context) : PackFunctionResults(type.Results);
        if (result == null)
            return null;
        var ptr = GetPointerType();
        var inputs = new List<Type>(type.Inputs.Length + 1);
        if (result is LlvmStructType)
        {
            inputs.Add(ptr);
            result = LlvmPrimitiveType.GetVoid(Context);
        }
        foreach (var input in type.Inputs)
        {
            if (ConvertType(input) is not { } converted)
                return null;
            inputs.Add(input is MemRefType or UnrankedMemRefType ? ptr : converted);
        }
        return LlvmFunctionType.Get(result, inputs.ToArray());
    }

    /// <summary>True when the C wrapper of <paramref name="type"/> returns its result through a pointer argument.</summary>
    public bool CWrapperReturnsThroughPointer(FunctionType type) =>
        type.Results.Length > 0 && PackFunctionResults(type.Results) is LlvmStructType;
}
