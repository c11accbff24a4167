using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite;

namespace Dialectic.Dialects.Arith.Transforms;

/// <summary>A select between the integer constants one and zero is the condition zero-extended (MLIR's
/// <c>SelectToExtUI</c>); scalar integers wider than i1 only.</summary>
internal sealed class SelectToExtUI(Context context) : OpRewritePattern<SelectOp>(context)
{
    // select(c, 1, 0) -> extui(c);  select(c, 0, 1) -> extui(xori(c, true))
    public override bool MatchAndRewrite(SelectOp op, PatternRewriter rewriter)
    {
        if (op.Result.Type is not IntegerType { Width: > 1 } type)
            return false;
        if (IsConstant(op.TrueValue, BigInteger.One) && IsConstant(op.FalseValue, BigInteger.Zero))
        {
            rewriter.ReplaceOp(op, ExtUIOp.Create(rewriter, op.Location, type, op.Condition));
            return true;
        }
        if (IsConstant(op.TrueValue, BigInteger.Zero) && IsConstant(op.FalseValue, BigInteger.One))
        {
            var condition = op.Condition;
            var one = ConstantOp.CreateInt(rewriter, op.Location, condition.Type, BigInteger.One);
            var not = XOrIOp.Create(rewriter, op.Location, condition, one.Result);
            rewriter.ReplaceOp(op, ExtUIOp.Create(rewriter, op.Location, type, not.Result));
            return true;
        }
        return false;
    }

    private static bool IsConstant(Value value, BigInteger expected) =>
        Operation.GetConstantValue(value) is IntegerAttr attr && attr.Bits == expected;
}
