using Dialectic.Core.IR;

namespace Dialectic.Dialects.Arith;

/// <summary>Small IR matchers the arith folders share (MLIR's <c>m_Op</c>/<c>m_Val</c> combinations).</summary>
internal static class FoldMatchers
{
    /// <summary>
    /// <c>(a * b) / b -> a</c>: the factor of <paramref name="lhs"/> = <c>muli(a, b)</c> other than
    /// <paramref name="rhs"/>, when the multiplication carries all of <paramref name="flags"/>; else null.
    /// </summary>
    public static Value? DivOfMul(Value lhs, Value rhs, IntegerOverflowFlags flags)
    {
        if (lhs.DefiningOp is not MulIOp mul || (mul.OverflowFlags.Value & flags) != flags)
            return null;
        if (mul.Lhs == rhs)
            return mul.Rhs;
        if (mul.Rhs == rhs)
            return mul.Lhs;
        return null;
    }

    /// <summary>Whether <paramref name="value"/> is <c>xori(<paramref name="x"/>, c)</c> with c all ones (not
    /// x).</summary>
    public static bool IsNotOf(Value value, Value x) =>
        value.DefiningOp is XOrIOp xor && xor.Lhs == x && ConstFold.IsAllOnes(Operation.GetConstantValue(xor.Rhs));
}
