using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Index;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;
using IndexConstantOp = Dialectic.Dialects.Index.ConstantOp;
using LlvmConstantOp = Dialectic.Dialects.Llvm.ConstantOp;

namespace Dialectic.Passes.Conversion.IndexToLlvm;

/// <summary><c>index.casts</c> / <c>index.castu</c>: the value itself between equal widths, <c>llvm.trunc</c> to a
/// narrower type, else <c>llvm.sext</c> (casts) or <c>llvm.zext</c> (castu).</summary>
internal sealed class IndexCastLowering : ConversionPattern
{
    private readonly LlvmTypeConverter _converter;
    private readonly bool _unsigned;

    public IndexCastLowering(LlvmTypeConverter converter, string sourceName, bool isUnsigned)
        : base(sourceName, 1, converter.Context, converter.Converter)
    {
        _converter = converter;
        _unsigned = isUnsigned;
    }

    public override bool MatchAndRewrite(Operation op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var source = adaptor[0];
        if (_converter.ConvertType(op.GetResult(0).Type) is not IntegerType target || source.Type is not IntegerType from)
            return rewriter.NotifyMatchFailure(op, "expected integer types");
        if (target.Width == from.Width)
        {
            rewriter.ReplaceOp(op, [source]);
            return true;
        }
        // cast(x : iN to iM) -> trunc(x) when M < N, else sext/zext(x)
        Operation cast = target.Width < from.Width
            ? TruncOp.Create(rewriter, op.Location, target, source)
            : _unsigned
                ? ZExtOp.Create(rewriter, op.Location, target, source)
                : SExtOp.Create(rewriter, op.Location, target, source);
        rewriter.ReplaceOp(op, cast);
        return true;
    }
}

/// <summary><c>index.cmp pred(a, b) -> llvm.icmp "pred" a', b'</c> (both enums number their cases alike).</summary>
internal sealed class CmpLowering(LlvmTypeConverter converter)
    : OpConversionPattern<CmpOp>(converter.Converter, converter.Context)
{
    public override bool MatchAndRewrite(CmpOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var b = new ArithToLlvm.LlvmOpBuilder(rewriter, op.Location);
        rewriter.ReplaceOp(op, [b.ICmp((ICmpPredicate)(long)op.Pred.Value, adaptor[0], adaptor[1])]);
        return true;
    }
}

/// <summary><c>index.constant V -> llvm.mlir.constant(V : iN) : iN</c>, the value wrapped to the index width;
/// <c>index.bool.constant</c> to an i1 constant.</summary>
internal sealed class ConstantLowering(LlvmTypeConverter converter)
    : OpConversionPattern<IndexConstantOp>(converter.Converter, converter.Context)
{
    public override bool MatchAndRewrite(IndexConstantOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var type = converter.IndexType;
        var value = IntegerAttr.Get(type, IntegerAttr.ToSigned(IntegerAttr.Truncate(op.Value.Bits, type.Width), type.Width));
        rewriter.ReplaceOp(op, LlvmConstantOp.Create(rewriter, op.Location, type, value));
        return true;
    }
}

/// <summary><c>index.bool.constant V -> llvm.mlir.constant(V) : i1</c>.</summary>
internal sealed class BoolConstantLowering(LlvmTypeConverter converter)
    : OpConversionPattern<BoolConstantOp>(converter.Converter, converter.Context)
{
    public override bool MatchAndRewrite(BoolConstantOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var value = IntegerAttr.GetBool(op.Context, op.Value);
        rewriter.ReplaceOp(op, LlvmConstantOp.Create(rewriter, op.Location, op.Context.I(1), value));
        return true;
    }
}

/// <summary><c>index.sizeof -> llvm.mlir.constant(N : iN) : iN</c>, N the index width.</summary>
internal sealed class SizeOfLowering(LlvmTypeConverter converter)
    : OpConversionPattern<SizeOfOp>(converter.Converter, converter.Context)
{
    public override bool MatchAndRewrite(SizeOfOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var type = converter.IndexType;
        rewriter.ReplaceOp(op, LlvmConstantOp.Create(rewriter, op.Location, type, IntegerAttr.Get(type, type.Width)));
        return true;
    }
}
