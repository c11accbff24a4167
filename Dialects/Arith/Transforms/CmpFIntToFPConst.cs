using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite;
using Dialectic.Core.Support.Float;

namespace Dialectic.Dialects.Arith.Transforms;

/// <summary>
/// A float comparison of a converted integer with a float constant becomes an integer comparison, or a constant
/// when the result is known (MLIR's <c>CmpFIntToFPConst</c>, from LLVM's InstCombine). Only when the conversion is
/// exact for every value the comparison can tell apart: an integer wider than the float's precision is taken only
/// when the constant's magnitude keeps the lost bits irrelevant.
/// </summary>
internal sealed class CmpFIntToFPConst(Context context) : OpRewritePattern<CmpFOp>(context)
{
    // cmpf(pred, sitofp(x), c) -> cmpi(pred', x, int(c)), or a constant i1 when c lies outside x's range or
    // between two integers and the answer follows (uitofp alike, with unsigned predicates)
    public override bool MatchAndRewrite(CmpFOp op, PatternRewriter rewriter)
    {
        if (Operation.GetConstantValue(op.Rhs) is not FloatAttr constant)
            return false;
        var s = FloatSemantics.Of(constant.FloatType.Kind);
        var rhs = constant.Bits;
        if (SoftFloat.IsNaN(s, rhs))
            return false;
        bool isUnsigned;
        Value intValue;
        switch (op.Lhs.DefiningOp)
        {
            case SIToFPOp si:
                isUnsigned = false;
                intValue = si.In;
                break;
            case UIToFPOp ui:
                isUnsigned = true;
                intValue = ui.In;
                break;
            default:
                return false;
        }
        if (intValue.Type is not IntegerType intType)
            return false;
        int intWidth = intType.Width;
        int valueBits = isUnsigned ? intWidth : intWidth - 1;
        // The most negative value needs every mantissa bit too, so the signed width is not reduced here.
        if (intWidth > s.Precision)
        {
            // The conversion rounds: only safe when the constant is below the rounding's reach or above the range.
            if (SoftFloat.IsInfinity(s, rhs))
            {
                if (s.MaxExponent < valueBits)
                    return false; // the conversion itself could give infinity
            }
            else if (!SoftFloat.IsZero(s, rhs))
            {
                int exponent = BinaryExponent(s, rhs);
                if (s.Precision <= exponent && exponent <= valueBits)
                    return false;
            }
        }
        CmpIPredicate predicate;
        switch (op.PredicateValue)
        {
            case CmpFPredicate.Ord:
                return ReplaceWithBool(rewriter, op, true); // a converted integer is never NaN
            case CmpFPredicate.Uno:
                return ReplaceWithBool(rewriter, op, false);
            case CmpFPredicate.AlwaysFalse: // upstream reaches an unreachable here (mlir-opt-22 crashes)
                return ReplaceWithBool(rewriter, op, false);
            case CmpFPredicate.AlwaysTrue:
                return ReplaceWithBool(rewriter, op, true);
            default:
                predicate = IntegerPredicate(op.PredicateValue, isUnsigned);
                break;
        }
        // A constant above the largest or below the smallest integer decides the comparison.
        var max = isUnsigned ? (BigInteger.One << intWidth) - 1 : (BigInteger.One << (intWidth - 1)) - 1;
        var min = isUnsigned ? BigInteger.Zero : -(BigInteger.One << (intWidth - 1));
        if (SoftFloat.Compare(s, SoftFloat.FromInteger(s, max), rhs) == FloatOrder.Less)
            return ReplaceWithBool(rewriter, op, predicate is CmpIPredicate.Ne or CmpIPredicate.Slt or CmpIPredicate.Sle
                or CmpIPredicate.Ult or CmpIPredicate.Ule);
        if (SoftFloat.Compare(s, SoftFloat.FromInteger(s, min), rhs) == FloatOrder.Greater)
            return ReplaceWithBool(rewriter, op, predicate is CmpIPredicate.Ne or CmpIPredicate.Sgt or CmpIPredicate.Sge
                or CmpIPredicate.Ugt or CmpIPredicate.Uge);
        // In range; the constant truncated toward zero, and the predicate adjusted when it had a fraction.
        if (!SoftFloat.TryToInteger(s, rhs, intWidth, !isUnsigned, out var rhsInt))
            return false;
        if (!SoftFloat.IsZero(s, rhs)
            && SoftFloat.Compare(s, SoftFloat.FromInteger(s, rhsInt), rhs) != FloatOrder.Equal)
        {
            bool negative = SoftFloat.IsNegative(s, rhs);
            switch (predicate)
            {
                case CmpIPredicate.Ne: // (float)x != 4.4 -> true
                    return ReplaceWithBool(rewriter, op, true);
                case CmpIPredicate.Eq: // (float)x == 4.4 -> false
                    return ReplaceWithBool(rewriter, op, false);
                case CmpIPredicate.Ule: // (float)x <= -4.4 -> false; <= 4.4 -> x <= 4
                    if (negative)
                        return ReplaceWithBool(rewriter, op, false);
                    break;
                case CmpIPredicate.Sle: // (float)x <= -4.4 -> x < -4
                    if (negative)
                        predicate = CmpIPredicate.Slt;
                    break;
                case CmpIPredicate.Ult: // (float)x < -4.4 -> false; < 4.4 -> x <= 4
                    if (negative)
                        return ReplaceWithBool(rewriter, op, false);
                    predicate = CmpIPredicate.Ule;
                    break;
                case CmpIPredicate.Slt: // (float)x < 4.4 -> x <= 4
                    if (!negative)
                        predicate = CmpIPredicate.Sle;
                    break;
                case CmpIPredicate.Ugt: // (float)x > -4.4 -> true; > 4.4 -> x > 4
                    if (negative)
                        return ReplaceWithBool(rewriter, op, true);
                    break;
                case CmpIPredicate.Sgt: // (float)x > -4.4 -> x >= -4
                    if (negative)
                        predicate = CmpIPredicate.Sge;
                    break;
                case CmpIPredicate.Uge: // (float)x >= -4.4 -> true; >= 4.4 -> x > 4
                    if (negative)
                        return ReplaceWithBool(rewriter, op, true);
                    predicate = CmpIPredicate.Ugt;
                    break;
                case CmpIPredicate.Sge: // (float)x >= 4.4 -> x > 4
                    if (!negative)
                        predicate = CmpIPredicate.Sgt;
                    break;
            }
        }
        var bound = ConstantOp.CreateInt(rewriter, op.Location, intType, rhsInt);
        var cmp = CmpIOp.Create(rewriter, op.Location, op.Result.Type, intValue, bound.Result,
            IntegerAttr.Get(rewriter.Context.I(64), (long)predicate));
        rewriter.ReplaceOp(op, cmp);
        return true;
    }

    /// <summary>The float predicate's integer counterpart (ordered and unordered alike: the operand is never NaN).</summary>
    private static CmpIPredicate IntegerPredicate(CmpFPredicate predicate, bool isUnsigned) => predicate switch
    {
        CmpFPredicate.Oeq or CmpFPredicate.Ueq => CmpIPredicate.Eq,
        CmpFPredicate.One or CmpFPredicate.Une => CmpIPredicate.Ne,
        CmpFPredicate.Ogt or CmpFPredicate.Ugt => isUnsigned ? CmpIPredicate.Ugt : CmpIPredicate.Sgt,
        CmpFPredicate.Oge or CmpFPredicate.Uge => isUnsigned ? CmpIPredicate.Uge : CmpIPredicate.Sge,
        CmpFPredicate.Olt or CmpFPredicate.Ult => isUnsigned ? CmpIPredicate.Ult : CmpIPredicate.Slt,
        _ => isUnsigned ? CmpIPredicate.Ule : CmpIPredicate.Sle, // ole, ule
    };

    /// <summary>The exponent of a finite non-zero value's leading bit (C's <c>ilogb</c>).</summary>
    private static int BinaryExponent(FloatSemantics s, System.UInt128 bits)
    {
        var d = FloatBits.Decode(s, bits);
        return d.Exponent + (int)d.Significand.GetBitLength() - 1;
    }

    private static bool ReplaceWithBool(PatternRewriter rewriter, CmpFOp op, bool value)
    {
        var constant = ConstantOp.CreateInt(rewriter, op.Location, rewriter.Context.I(1), value ? BigInteger.One : BigInteger.Zero);
        rewriter.ReplaceOp(op, constant);
        return true;
    }
}
