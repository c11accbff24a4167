using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;
using Dialectic.Dialects.Arith;

namespace Dialectic.Passes.Conversion.ArithToLlvm;

/// <summary>
/// The float min/max ops as compare and select (MLIR's <c>MaximumMinimumFOpConverter</c> and
/// <c>MaxNumMinNumFOpConverter</c>); the fast-math flags are dropped, as upstream:
/// <code>
/// // maximumf(a, b) -> isnan(b) ? b : (a ugt b ? a : b)     (minimumf: ult)
/// // maxnumf(a, b)  -> isnan(a) ? b : (a ugt b ? a : b)     (minnumf: ult)
/// </code>
/// </summary>
internal sealed class MinMaxFExpansion : RewritePattern
{
    private readonly CmpFPredicate _predicate;
    private readonly bool _propagateNaN;

    /// <param name="isMax">maximumf/maxnumf (ugt) rather than minimumf/minnumf (ult).</param>
    /// <param name="propagateNaN">maximumf/minimumf (a NaN operand gives NaN) rather than maxnumf/minnumf (a NaN
    /// operand gives the other one).</param>
    public MinMaxFExpansion(Context context, string sourceName, bool isMax, bool propagateNaN)
        : base(sourceName, 1, context)
    {
        _predicate = isMax ? CmpFPredicate.Ugt : CmpFPredicate.Ult;
        _propagateNaN = propagateNaN;
    }

    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        var b = new ArithOpBuilder(rewriter, op.Location);
        Value lhs = op.GetOperand(0), rhs = op.GetOperand(1);
        // A NaN in either operand makes the unordered compare true, so the select picks lhs.
        var ordered = b.CmpF(_predicate, lhs, rhs);
        var select = b.Select(ordered, lhs, rhs);
        var nanOperand = _propagateNaN ? rhs : lhs;
        var isNaN = b.CmpF(CmpFPredicate.Uno, nanOperand, nanOperand);
        ArithOpBuilder.Replace(rewriter, op, b.Select(isNaN, rhs, select));
        return true;
    }
}
