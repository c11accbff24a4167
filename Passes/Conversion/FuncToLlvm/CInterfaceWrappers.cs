using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using FuncOp = Dialectic.Dialects.Func.FuncOp;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.FuncToLlvm;

/// <summary>
/// The <c>_mlir_ciface_&lt;name&gt;</c> functions of <c>llvm.emit_c_interface</c> (MLIR's <c>wrapForExternalCallers</c>
/// and <c>wrapExternalFunction</c>): C callers pass memrefs as pointers to descriptors and receive a struct result
/// (several results, or a descriptor) through a pointer passed first.
/// </summary>
internal static class CInterfaceWrappers
{
    public const string Prefix = "_mlir_ciface_";

    /// <summary>
    /// For a function with a body: a wrapper <c>_mlir_ciface_f(ptr...)</c> that loads the descriptors, unpacks them,
    /// calls <c>f</c> and returns (or stores) its result. Built at the rewriter's insertion point.
    /// </summary>
    public static void WrapForExternalCallers(ConversionPatternRewriter rewriter, LocationAttr location, LlvmTypeConverter converter,
        FuncOp func, FunctionType type, LlvmFunctionType wrapperType, LlvmFuncOp newFunc)
    {
        bool resultThroughPointer = converter.CWrapperReturnsThroughPointer(type);
        var wrapper = FuncOpLowering.CreateLlvmFunc(rewriter, location, func, Prefix + func.SymName.Value, wrapperType, Linkage.External);
        var saved = rewriter.InsertionPoint;
        var entry = AddEntryBlock(rewriter, wrapper, wrapperType, location);

        var args = new List<Value>();
        int argOffset = resultThroughPointer ? 1 : 0;
        var inputs = type.Inputs;
        for (int i = 0; i < inputs.Length; i++)
        {
            var arg = entry.GetArgument(i + argOffset);
            switch (inputs[i])
            {
                case MemRefType memref:
                {
                    var loaded = LoadOp.Create(rewriter, location, converter.ConvertType(memref)!, arg).Res;
                    new MemRefDescriptor(loaded).Unpack(rewriter, location, args);
                    break;
                }
                case UnrankedMemRefType unranked:
                {
                    var loaded = LoadOp.Create(rewriter, location, converter.ConvertType(unranked)!, arg).Res;
                    new UnrankedMemRefDescriptor(loaded).Unpack(rewriter, location, args);
                    break;
                }
                default:
                    args.Add(arg);
                    break;
            }
        }
        var newType = newFunc.Signature;
        var call = LlvmCommonBuilders.Call(rewriter, location, newFunc.SymName.Value, newType.ReturnType, args.ToArray());
        if (resultThroughPointer)
        {
            StoreOp.Create(rewriter, location, call.GetResult(0), entry.GetArgument(0));
            ReturnOp.Create(rewriter, location, null);
        }
        else
        {
            ReturnOp.Create(rewriter, location, call.NumResults > 0 ? call.GetResult(0) : null);
        }
        RestoreInsertionPoint(rewriter, saved, newFunc);
    }

    /// <summary>
    /// For a declaration: declares <c>_mlir_ciface_f(ptr...)</c> and gives <c>f</c> (now private) a body that packs
    /// its expanded arguments into descriptors on the stack and calls the wrapper, loading a struct result back.
    /// </summary>
    public static void WrapExternalFunction(ConversionPatternRewriter rewriter, LocationAttr location, LlvmTypeConverter converter,
        FuncOp func, FunctionType type, LlvmFunctionType wrapperType, LlvmFuncOp newFunc)
    {
        bool resultThroughPointer = converter.CWrapperReturnsThroughPointer(type);
        var resultStructType = resultThroughPointer ? converter.PackFunctionResults(type.Results) : null;
        var wrapper = FuncOpLowering.CreateLlvmFunc(rewriter, location, func, Prefix + func.SymName.Value, wrapperType, Linkage.External);
        // The function that forwards to the wrapper is visible only in this module.
        newFunc.Properties = ((DictionaryAttr?)newFunc.Properties ?? DictionaryAttr.Get(rewriter.Context, []))
            .With("linkage", LinkageAttr.Get(rewriter.Context, Linkage.Private));
        var newType = newFunc.Signature;
        var saved = rewriter.InsertionPoint;
        var entry = AddEntryBlock(rewriter, newFunc, newType, location);

        var args = new List<Value>();
        var ptr = converter.GetPointerType();
        if (resultStructType != null)
        {
            var one = LlvmCommonBuilders.IndexConstant(rewriter, location, converter.IndexType, 1);
            args.Add(LlvmCommonBuilders.Alloca(rewriter, location, wrapperType.Params[0], resultStructType, one));
        }
        int next = 0;
        foreach (var input in type.Inputs)
        {
            if (input is MemRefType or UnrankedMemRefType)
            {
                int count = input is MemRefType m ? LlvmTypeConverter.GetUnpackedDescriptorSize(m.Rank) : UnrankedMemRefDescriptor.NumUnpackedValues;
                var fields = new Value[count];
                for (int j = 0; j < count; j++)
                    fields[j] = entry.GetArgument(next + j);
                next += count;
                Value packed = input is MemRefType memref
                    ? MemRefDescriptor.Pack(rewriter, location, converter.ConvertMemRefType(memref)!, fields).Value
                    : UnrankedMemRefDescriptor.Pack(rewriter, location, converter.ConvertUnrankedMemRefType((UnrankedMemRefType)input)!, fields).Value;
                var one = LlvmCommonBuilders.IndexConstant(rewriter, location, converter.IndexType, 1);
                var allocated = LlvmCommonBuilders.Alloca(rewriter, location, ptr, packed.Type, one);
                StoreOp.Create(rewriter, location, packed, allocated);
                args.Add(allocated);
            }
            else
            {
                args.Add(entry.GetArgument(next++));
            }
        }
        var call = LlvmCommonBuilders.Call(rewriter, location, wrapper.SymName.Value, wrapperType.ReturnType, args.ToArray());
        if (resultStructType != null)
            ReturnOp.Create(rewriter, location, LoadOp.Create(rewriter, location, resultStructType, args[0]).Res);
        else
            ReturnOp.Create(rewriter, location, call.NumResults > 0 ? call.GetResult(0) : null);
        RestoreInsertionPoint(rewriter, saved, newFunc);
    }

    // Leaves the insertion point at the end of the new block.
    private static Block AddEntryBlock(OpBuilder builder, LlvmFuncOp func, LlvmFunctionType type, LocationAttr location)
    {
        var block = builder.CreateBlock(func.Body);
        foreach (var param in type.Params)
            block.AddArgument(param, location);
        return block;
    }

    // Back before the op being rewritten (after the functions created so far).
    private static void RestoreInsertionPoint(OpBuilder builder, Operation? saved, LlvmFuncOp newFunc)
    {
        if (saved != null)
            builder.SetInsertionPoint(saved);
        else if (newFunc.Block is { } block)
            builder.SetInsertionPointToEnd(block);
    }
}
