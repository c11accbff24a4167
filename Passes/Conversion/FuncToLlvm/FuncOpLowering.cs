using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Builtin;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using FuncOp = Dialectic.Dialects.Func.FuncOp;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.FuncToLlvm;

/// <summary>
/// <c>func.func @f(%m: memref&lt;?xf32&gt;) -&gt; T</c> -&gt; <c>llvm.func @f(%alloc: !llvm.ptr, %aligned: !llvm.ptr,
/// %offset: i64, %size: i64, %stride: i64) -&gt; T'</c> (MLIR's <c>FuncOpConversion</c>): memref arguments expanded
/// into their descriptor fields and repacked into a descriptor at the start of the entry block (bare pointers under
/// the bare-pointer convention, wrapped into a static descriptor), several results packed into a struct,
/// <c>llvm.linkage</c> read as the linkage, the visibility and the discardable attributes kept, and with
/// <c>llvm.emit_c_interface</c> a <c>_mlir_ciface_</c> wrapper taking descriptors by pointer. Only the entry block's
/// arguments are converted; the other blocks are cf-to-llvm's.
/// </summary>
internal sealed class FuncOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<FuncOp>(converter)
{
    public const string EmitCInterfaceAttrName = "llvm.emit_c_interface";
    public const string BarePtrAttrName = "llvm.bareptr";
    private const string LinkageAttrName = "llvm.linkage";
    private const string VarargsAttrName = "func.varargs";
    private const string ReadnoneAttrName = "llvm.readnone";

    public override bool MatchAndRewrite(FuncOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var signature = op.Signature;
        bool barePtr = UsesBarePtrCallConv(op, LlvmTypeConverter);
        bool isVarArg = op.GetAttr(VarargsAttrName) is IntegerAttr { Value.IsZero: false };
        var conversion = new SignatureConversion(signature.Inputs.Length);
        if (LlvmTypeConverter.ConvertFunctionSignature(signature, isVarArg, barePtr, conversion) is not { } llvmType)
            return rewriter.NotifyMatchFailure(op, "signature conversion failed");
        var linkage = Linkage.External;
        if (op.GetAttr(LinkageAttrName) is { } linkageAttr)
        {
            if (linkageAttr is not LinkageAttr typed)
            {
                op.EmitError($"Contains {LinkageAttrName} attribute not of type LLVM::LinkageAttr");
                return rewriter.NotifyMatchFailure(op, "Contains linkage attribute not of type LLVM::LinkageAttr");
            }
            linkage = typed.Value;
        }
        bool emitCWrapper = !barePtr && op.GetAttr(EmitCInterfaceAttrName) is UnitAttr;
        if (emitCWrapper && isVarArg)
        {
            op.EmitError("C interface for variadic functions is not supported yet.");
            return rewriter.NotifyMatchFailure(op, "C interface for variadic functions is not supported yet.");
        }
        FunctionType? cWrapperType = null;
        LlvmFunctionType? wrapperType = null;
        if (emitCWrapper)
        {
            wrapperType = LlvmTypeConverter.ConvertFunctionTypeCWrapper(signature);
            if (wrapperType == null)
                return rewriter.NotifyMatchFailure(op, "C wrapper signature conversion failed");
            cWrapperType = signature;
        }

        var location = op.Location;
        var newFunc = CreateLlvmFunc(rewriter, location, op, op.SymName.Value, llvmType, linkage);
        CopyArgAndResultAttrs(op, newFunc, conversion);
        var body = newFunc.Body;
        bool external = op.Body.IsEmpty;
        rewriter.InlineRegionBefore(op.Body, body, null);
        if (!body.IsEmpty)
        {
            var entry = rewriter.ApplySignatureConversion(body.FirstBlock!, conversion, LlvmTypeConverter.Converter);
            RepackArguments(rewriter, entry, signature, conversion, barePtr);
            rewriter.SetInsertionPoint(op);
        }

        if (emitCWrapper)
        {
            if (external)
                CInterfaceWrappers.WrapExternalFunction(rewriter, location, LlvmTypeConverter, op, cWrapperType!, wrapperType!, newFunc);
            else
                CInterfaceWrappers.WrapForExternalCallers(rewriter, location, LlvmTypeConverter, op, cWrapperType!, wrapperType!, newFunc);
        }
        rewriter.EraseOp(op);
        return true;
    }

    /// <summary>True when the function passes memrefs as bare pointers: the pass option or <c>llvm.bareptr</c>.</summary>
    public static bool UsesBarePtrCallConv(Operation func, LlvmTypeConverter converter) =>
        converter.Options.UseBarePtrCallConv || func.GetAttr(BarePtrAttrName) != null;

    /// <summary>An <c>llvm.func</c> before the rewriter's insertion point with <paramref name="source"/>'s visibility
    /// and discardable attributes (less the ones the lowering consumes).</summary>
    public static LlvmFuncOp CreateLlvmFunc(OpBuilder builder, LocationAttr location, FuncOp source, string name,
        LlvmFunctionType type, Linkage linkage)
    {
        var context = builder.Context;
        var func = LlvmFuncOp.Create(builder, location, StringAttr.Get(context, name), TypeAttr.Get(type),
            symVisibility: source.SymVisibility,
            linkage: linkage == Linkage.External ? null : LinkageAttr.Get(context, linkage));
        foreach (var attr in source.Attributes.Entries)
        {
            string key = attr.Name;
            if (key is LinkageAttrName or VarargsAttrName or ReadnoneAttrName)
                continue;
            func.SetAttr(key, attr.Value);
        }
        return func;
    }

    // MLIR keeps the attribute dictionaries of arguments mapped 1:1 and gives expanded ones empty dictionaries;
    // result attributes are kept for a single result.
    private static void CopyArgAndResultAttrs(FuncOp op, LlvmFuncOp newFunc, SignatureConversion conversion)
    {
        var context = op.Context;
        if (op.ArgAttrs is { } argAttrs)
        {
            var empty = DictionaryAttr.Get(context, []);
            var converted = new Attribute[conversion.ConvertedTypes.Count];
            System.Array.Fill(converted, empty);
            for (int i = 0; i < argAttrs.Count && i < conversion.NumOriginalInputs; i++)
                if (conversion.GetInputMapping(i) is { Replacement: null, Size: 1 } mapping)
                    converted[mapping.InputNo] = argAttrs[i];
            newFunc.Properties = WithProperty(newFunc, "arg_attrs", ArrayAttr.Get(context, converted));
        }
        if (op.ResAttrs is { Count: 1 } resAttrs)
            newFunc.Properties = WithProperty(newFunc, "res_attrs", resAttrs);
    }

    private static Attribute WithProperty(Operation op, string name, Attribute value)
    {
        var properties = op.Properties as DictionaryAttr ?? DictionaryAttr.Get(op.Context, []);
        return properties.With(name, value);
    }

    /// <summary>
    /// Rebuilds each memref argument from its expanded fields (or bare pointer) in the entry block, as MLIR's
    /// materializations do: per argument in order, its ops go to the start of the block, so they end up in reverse
    /// argument order, and the casts of the other converted arguments (index -&gt; iN) move there likewise.
    /// </summary>
    private void RepackArguments(ConversionPatternRewriter rewriter, Block entry, FunctionType signature,
        SignatureConversion conversion, bool barePtr)
    {
        var inputs = signature.Inputs;
        for (int i = 0; i < inputs.Length; i++)
        {
            if (conversion.GetInputMapping(i) is not { Replacement: null } mapping || mapping.Size == 0)
                continue;
            // The source materialization the conversion left for this argument, if it is used.
            var first = entry.GetArgument(mapping.InputNo);
            if (first.FirstUse?.Owner is not UnrealizedConversionCastOp cast || cast.NumOperands != mapping.Size
                || !ReferenceEquals(cast.GetOperand(0), first))
                continue;
            var location = cast.Location;
            var fields = new Value[mapping.Size];
            for (int j = 0; j < fields.Length; j++)
                fields[j] = entry.GetArgument(mapping.InputNo + j);
            Value? packed = null;
            rewriter.SetInsertionPointToStart(entry);
            var firstOp = entry.FirstOp;
            switch (inputs[i])
            {
                case MemRefType memref when barePtr && fields.Length == 1:
                    packed = MemRefDescriptor.FromStaticShape(rewriter, location, LlvmTypeConverter, memref, fields[0], fields[0]).Value;
                    break;
                case MemRefType memref when !barePtr:
                    packed = MemRefDescriptor.Pack(rewriter, location, LlvmTypeConverter.ConvertMemRefType(memref)!, fields).Value;
                    break;
                case UnrankedMemRefType unranked when !barePtr:
                    packed = UnrankedMemRefDescriptor.Pack(rewriter, location, LlvmTypeConverter.ConvertUnrankedMemRefType(unranked)!, fields).Value;
                    break;
            }
            if (packed == null)
            {
                // A 1:1 conversion (index -> iN): its cast moves to the front like the packed ones.
                if (firstOp != null && !ReferenceEquals(firstOp, cast))
                    cast.MoveBefore(firstOp);
                continue;
            }
            rewriter.ReplaceAllUsesWith(cast.GetResult(0), packed);
            if (packed.FirstUse?.Owner is UnrealizedConversionCastOp repacked && packed.DefiningOp is { } last)
                repacked.MoveAfter(last);
        }
    }
}
