using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using LlvmGlobalOp = Dialectic.Dialects.Llvm.GlobalOp;
using MemRefGlobalOp = Dialectic.Dialects.MemRef.GlobalOp;

namespace Dialectic.Passes.Conversion.MemRefToLlvm;

/// <summary>
/// <c>memref.global</c> -&gt; <c>llvm.mlir.global</c> of nested arrays of the element type (MLIR's
/// <c>GlobalMemrefOpLowering</c>): public globals external, others private; the dense initial value kept (its
/// single element at rank 0); an uninitialized definition gets an initializer returning <c>llvm.mlir.undef</c>.
/// </summary>
internal sealed class GlobalOpLowering(LlvmTypeConverter converter) : ConvertOpToLlvmPattern<MemRefGlobalOp>(converter)
{
    public override bool MatchAndRewrite(MemRefGlobalOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var type = op.MemRefType;
        if (!IsConvertibleAndHasIdentityMaps(type))
            return rewriter.NotifyMatchFailure(op, "incompatible memref type");
        if (!LlvmTypeConverter.TryGetMemRefAddressSpace(type, out uint addressSpace))
        {
            op.EmitOpError("memory space cannot be converted to an integer address space");
            return rewriter.NotifyMatchFailure(op, "memory space cannot be converted to an integer address space");
        }
        var context = rewriter.Context;
        var globalType = MemRefLlvmHelpers.GlobalType(LlvmTypeConverter, type);
        bool isPublic = op.SymVisibility == null || op.SymVisibility.Value == "public";
        var linkage = LinkageAttr.Get(context, isPublic ? Linkage.External : Linkage.Private);
        Attribute? initialValue = null;
        if (!op.IsExternal && !op.IsUninitialized)
        {
            if (op.InitialValue is not DenseElementsAttr elements)
                return rewriter.NotifyMatchFailure(op, "initial value is not a dense elements attribute");
            initialValue = elements;
            if (type.Rank == 0)
            {
                if (SplatValue(elements) is not { } scalar)
                    return rewriter.NotifyMatchFailure(op, "unsupported scalar initial value");
                initialValue = scalar;
            }
        }
        var global = LlvmGlobalOp.Create(rewriter, op.Location, TypeAttr.Get(globalType), op.SymName, linkage,
            constant: op.Constant, value: initialValue,
            alignment: op.Alignment is { } a ? IntegerAttr.Get(context.I(64), a.Value) : null,
            addrSpace: IntegerAttr.Get(context.I(32), addressSpace));
        if (!op.IsExternal && op.IsUninitialized)
        {
            var saved = rewriter.InsertionPoint;
            rewriter.CreateBlock(global.Initializer);
            var undef = UndefOp.Create(rewriter, global.Location, globalType).Res;
            ReturnOp.Create(rewriter, global.Location, undef);
            if (saved != null)
                rewriter.SetInsertionPoint(saved);
        }
        rewriter.EraseOp(op);
        return true;
    }

    // The element of a splat (or one-element) integer or float elements attribute.
    private static Attribute? SplatValue(DenseElementsAttr elements)
    {
        if (elements is not DenseIntOrFPElementsAttr dense || dense.IsComplex)
            return null;
        var bits = dense.ReadBits(0);
        return dense.ScalarType switch
        {
            FloatType f => FloatAttr.Get(f, (System.UInt128)bits),
            var t => IntegerAttr.Get(t, bits),
        };
    }
}
