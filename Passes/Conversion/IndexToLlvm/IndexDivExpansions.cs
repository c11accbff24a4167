using Dialectic.Core.IR;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Index;
using Dialectic.Dialects.Llvm;
using LlvmAdd = Dialectic.Dialects.Llvm.AddOp;
using LlvmAnd = Dialectic.Dialects.Llvm.AndOp;
using LlvmSub = Dialectic.Dialects.Llvm.SubOp;
using Dialectic.Passes.Conversion.ArithToLlvm;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.IndexToLlvm;

/// <summary>
/// <c>index.ceildivs(n, m)</c> in llvm ops:
/// <code>x = m &gt; 0 ? -1 : 1; (n != 0 &amp;&amp; (n &gt; 0) == (m &gt; 0)) ? (n + x) / m + 1 : -(-n / m)</code>
/// </summary>
internal sealed class CeilDivSLowering(LlvmTypeConverter converter)
    : OpConversionPattern<CeilDivSOp>(converter.Converter, converter.Context)
{
    public override bool MatchAndRewrite(CeilDivSOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var b = new LlvmOpBuilder(rewriter, op.Location);
        Value n = adaptor[0], m = adaptor[1];
        var type = n.Type;
        var zero = b.IntConstant(type, 0);
        var posOne = b.IntConstant(type, 1);
        var negOne = b.IntConstant(type, -1);
        var mPositive = b.ICmp(ICmpPredicate.Sgt, m, zero);
        var x = b.Select(mPositive, negOne, posOne);
        var nPlusX = b.Binary(LlvmAdd.OperationName, n, x);
        var nPlusXDivM = b.Binary(SDivOp.OperationName, nPlusX, m);
        var positive = b.Binary(LlvmAdd.OperationName, nPlusXDivM, posOne);
        var minusN = b.Binary(LlvmSub.OperationName, zero, n);
        var minusNDivM = b.Binary(SDivOp.OperationName, minusN, m);
        var negative = b.Binary(LlvmSub.OperationName, zero, minusNDivM);
        var nPositive = b.ICmp(ICmpPredicate.Sgt, n, zero);
        var sameSign = b.ICmp(ICmpPredicate.Eq, nPositive, mPositive);
        var nNonZero = b.ICmp(ICmpPredicate.Ne, n, zero);
        var usePositive = b.Binary(LlvmAnd.OperationName, sameSign, nNonZero);
        rewriter.ReplaceOp(op, [b.Select(usePositive, positive, negative)]);
        return true;
    }
}

/// <summary>
/// <c>index.ceildivu(n, m)</c> in llvm ops:
/// <code>n == 0 ? 0 : (n - 1) / m + 1</code>
/// </summary>
internal sealed class CeilDivULowering(LlvmTypeConverter converter)
    : OpConversionPattern<CeilDivUOp>(converter.Converter, converter.Context)
{
    public override bool MatchAndRewrite(CeilDivUOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var b = new LlvmOpBuilder(rewriter, op.Location);
        Value n = adaptor[0], m = adaptor[1];
        var type = n.Type;
        var zero = b.IntConstant(type, 0);
        var one = b.IntConstant(type, 1);
        var minusOne = b.Binary(LlvmSub.OperationName, n, one);
        var quotient = b.Binary(UDivOp.OperationName, minusOne, m);
        var plusOne = b.Binary(LlvmAdd.OperationName, quotient, one);
        var isZero = b.ICmp(ICmpPredicate.Eq, n, zero);
        rewriter.ReplaceOp(op, [b.Select(isZero, zero, plusOne)]);
        return true;
    }
}

/// <summary>
/// <c>index.floordivs(n, m)</c> in llvm ops:
/// <code>x = m &lt; 0 ? 1 : -1; (n != 0 &amp;&amp; (n &lt; 0) != (m &lt; 0)) ? -1 - (x - n) / m : n / m</code>
/// </summary>
internal sealed class FloorDivSLowering(LlvmTypeConverter converter)
    : OpConversionPattern<FloorDivSOp>(converter.Converter, converter.Context)
{
    public override bool MatchAndRewrite(FloorDivSOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var b = new LlvmOpBuilder(rewriter, op.Location);
        Value n = adaptor[0], m = adaptor[1];
        var type = n.Type;
        var zero = b.IntConstant(type, 0);
        var posOne = b.IntConstant(type, 1);
        var negOne = b.IntConstant(type, -1);
        var mNegative = b.ICmp(ICmpPredicate.Slt, m, zero);
        var x = b.Select(mNegative, posOne, negOne);
        var xMinusN = b.Binary(LlvmSub.OperationName, x, n);
        var xMinusNDivM = b.Binary(SDivOp.OperationName, xMinusN, m);
        var negative = b.Binary(LlvmSub.OperationName, negOne, xMinusNDivM);
        var positive = b.Binary(SDivOp.OperationName, n, m);
        var nNegative = b.ICmp(ICmpPredicate.Slt, n, zero);
        var signsDiffer = b.ICmp(ICmpPredicate.Ne, nNegative, mNegative);
        var nNonZero = b.ICmp(ICmpPredicate.Ne, n, zero);
        var useNegative = b.Binary(LlvmAnd.OperationName, signsDiffer, nNonZero);
        rewriter.ReplaceOp(op, [b.Select(useNegative, negative, positive)]);
        return true;
    }
}
