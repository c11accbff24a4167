using Dialectic.Core.Rewrite;
using Dialectic.Dialects.Arith;

namespace Dialectic.Passes.Conversion.ArithToLlvm;

/// <summary>
/// <c>arith.ceildivsi(a, b)</c> in ops LLVM has:
/// <code>q = a / b; (a != q * b &amp;&amp; (a &lt; 0) == (b &lt; 0)) ? q + 1 : q</code>
/// </summary>
internal sealed class CeilDivSIExpansion(Core.IR.Context context) : OpRewritePattern<CeilDivSIOp>(context)
{
    public override bool MatchAndRewrite(CeilDivSIOp op, PatternRewriter rewriter)
    {
        var b = new ArithOpBuilder(rewriter, op.Location);
        var type = op.Result.Type;
        var zero = b.Constant(type, 0);
        var one = b.Constant(type, 1);
        var quotient = b.Binary(DivSIOp.OperationName, op.Lhs, op.Rhs);
        var product = b.Binary(MulIOp.OperationName, quotient, op.Rhs);
        var inexact = b.CmpI(CmpIPredicate.Ne, op.Lhs, product);
        var lhsNegative = b.CmpI(CmpIPredicate.Slt, op.Lhs, zero);
        var rhsNegative = b.CmpI(CmpIPredicate.Slt, op.Rhs, zero);
        var sameSign = b.CmpI(CmpIPredicate.Eq, lhsNegative, rhsNegative);
        var roundUp = b.Binary(AndIOp.OperationName, inexact, sameSign);
        var plusOne = b.Binary(AddIOp.OperationName, quotient, one);
        ArithOpBuilder.Replace(rewriter, op, b.Select(roundUp, plusOne, quotient));
        return true;
    }
}

/// <summary>
/// <c>arith.ceildivui(a, b)</c> in ops LLVM has:
/// <code>a == 0 ? 0 : (a - 1) / b + 1</code>
/// </summary>
internal sealed class CeilDivUIExpansion(Core.IR.Context context) : OpRewritePattern<CeilDivUIOp>(context)
{
    public override bool MatchAndRewrite(CeilDivUIOp op, PatternRewriter rewriter)
    {
        var b = new ArithOpBuilder(rewriter, op.Location);
        var type = op.Result.Type;
        var zero = b.Constant(type, 0);
        var isZero = b.CmpI(CmpIPredicate.Eq, op.Lhs, zero);
        var one = b.Constant(type, 1);
        var minusOne = b.Binary(SubIOp.OperationName, op.Lhs, one);
        var quotient = b.Binary(DivUIOp.OperationName, minusOne, op.Rhs);
        var plusOne = b.Binary(AddIOp.OperationName, quotient, one);
        ArithOpBuilder.Replace(rewriter, op, b.Select(isZero, zero, plusOne));
        return true;
    }
}

/// <summary>
/// <c>arith.floordivsi(a, b)</c> in ops LLVM has:
/// <code>q = a / b; (a != q * b &amp;&amp; (a &lt; 0) != (b &lt; 0)) ? q - 1 : q</code>
/// </summary>
internal sealed class FloorDivSIExpansion(Core.IR.Context context) : OpRewritePattern<FloorDivSIOp>(context)
{
    public override bool MatchAndRewrite(FloorDivSIOp op, PatternRewriter rewriter)
    {
        var b = new ArithOpBuilder(rewriter, op.Location);
        var type = op.Result.Type;
        var quotient = b.Binary(DivSIOp.OperationName, op.Lhs, op.Rhs);
        var product = b.Binary(MulIOp.OperationName, quotient, op.Rhs);
        var inexact = b.CmpI(CmpIPredicate.Ne, op.Lhs, product);
        var zero = b.Constant(type, 0);
        var lhsNegative = b.CmpI(CmpIPredicate.Slt, op.Lhs, zero);
        var rhsNegative = b.CmpI(CmpIPredicate.Slt, op.Rhs, zero);
        var signsDiffer = b.CmpI(CmpIPredicate.Ne, lhsNegative, rhsNegative);
        var roundDown = b.Binary(AndIOp.OperationName, inexact, signsDiffer);
        var minusOne = b.Constant(type, -1);
        var minusOneAdded = b.Binary(AddIOp.OperationName, quotient, minusOne);
        ArithOpBuilder.Replace(rewriter, op, b.Select(roundDown, minusOneAdded, quotient));
        return true;
    }
}
