namespace Dialectic.Core.IR.Affine;

/// <summary>
/// MLIR 22's construction-time simplification rules for binary affine expressions. Each method returns the
/// simplified expression, or null when no rule applies (the caller then uniques the binary node as given).
/// Rules run in MLIR's order; order matters because the rules are not confluent. Recursion here only re-enters
/// the factories on strictly smaller or already-canonical operands, so its depth is a small constant.
/// </summary>
internal static class AffineSimplifier
{
    public static AffineExpr? SimplifyAdd(AffineExpr lhs, AffineExpr rhs)
    {
        var lhsConst = lhs as AffineConstantExpr;
        var rhsConst = rhs as AffineConstantExpr;

        // c1 + c2 -> (c1 + c2), unless the sum overflows (then the node is kept unfolded).
        if (lhsConst is not null && rhsConst is not null)
        {
            long sum = unchecked(lhsConst.Value + rhsConst.Value);
            bool overflow = ((lhsConst.Value ^ sum) & (rhsConst.Value ^ sum)) < 0;
            return overflow ? null : AffineExpr.Constant(lhs.Context, sum);
        }

        // d_j + d_i -> d_i + d_j and s_j + s_i -> s_i + s_j   (i < j)
        if (IsOutOfOrder(lhs, rhs))
            return rhs + lhs;

        // c + x -> x + c;  sym + dimExpr -> dimExpr + sym (constants, then symbolic terms, go right).
        if (lhsConst is not null || (lhs.IsSymbolicOrConstant && !rhs.IsSymbolicOrConstant))
            return rhs + lhs;

        // x + 0 -> x
        if (rhsConst is not null && rhsConst.Value == 0)
            return lhs;

        // (x + c1) + c2 -> x + (c1 + c2)   (the constant sum wraps, as in mlir-opt)
        var lBin = lhs as AffineBinaryOpExpr;
        if (lBin is not null && rhsConst is not null && lBin.Kind == AffineExprKind.Add
            && lBin.Rhs is AffineConstantExpr lrhsConst)
            return lBin.Lhs + unchecked(lrhsConst.Value + rhsConst.Value);

        // x * c1 + x * c2 -> x * (c1 + c2)   (a bare x counts as x * 1)
        long c1 = 1, c2 = 1;
        AffineExpr firstExpr = lhs, secondExpr = rhs;
        if (lBin is not null && lBin.Kind == AffineExprKind.Mul && lBin.Rhs is AffineConstantExpr lMulConst)
        {
            c1 = lMulConst.Value;
            firstExpr = lBin.Lhs;
        }
        var rBin = rhs as AffineBinaryOpExpr;
        if (rBin is not null && rBin.Kind == AffineExprKind.Mul && rBin.Rhs is AffineConstantExpr rMulConst)
        {
            c2 = rMulConst.Value;
            secondExpr = rBin.Lhs;
        }
        if (ReferenceEquals(firstExpr, secondExpr))
            return firstExpr * unchecked(c1 + c2);

        // (x + c) + y -> (x + y) + c
        if (lBin is not null && lBin.Kind == AffineExprKind.Add && lBin.Rhs is AffineConstantExpr lAddConst)
            return lBin.Lhs + rhs + lAddConst;

        if (rBin is null)
            return null;

        // x + ((x floordiv q) * q) * -1 -> x mod q   (q may be symbolic)
        var rhsMulConst = rBin.Rhs as AffineConstantExpr;
        if (rhsMulConst is not null && rhsMulConst.Value == -1 && rBin.Lhs is AffineBinaryOpExpr inner
            && inner.Kind == AffineExprKind.Mul)
        {
            if (inner.Lhs is not AffineBinaryOpExpr div || div.Kind != AffineExprKind.FloorDiv)
                return null;
            if (ReferenceEquals(div.Rhs, inner.Rhs) && ReferenceEquals(lhs, div.Lhs))
                return lhs.Mod(inner.Rhs);
        }

        // x + (x floordiv c) * -c -> x mod c   (c > 0)
        if (rBin.Kind != AffineExprKind.Mul || rBin.Lhs is not AffineBinaryOpExpr floorDiv
            || floorDiv.Kind != AffineExprKind.FloorDiv)
            return null;
        if (floorDiv.Rhs is AffineConstantExpr q && q.Value > 0 && ReferenceEquals(lhs, floorDiv.Lhs)
            && rhsMulConst is not null && rhsMulConst.Value == unchecked(-q.Value))
            return lhs.Mod(q);

        // (a + b) + (e floordiv q) * k -> a + (b + (e floordiv q) * k)   when the inner sum simplifies
        // (this is how mlir-opt 22 finds "b - (b floordiv c) * c" inside a longer sum).
        if (lBin is not null && lBin.Kind == AffineExprKind.Add && SimplifyAdd(lBin.Rhs, rhs) is { } inner2)
            return lBin.Lhs + inner2;
        return null;
    }

    public static AffineExpr? SimplifyMul(AffineExpr lhs, AffineExpr rhs)
    {
        var lhsConst = lhs as AffineConstantExpr;
        var rhsConst = rhs as AffineConstantExpr;

        // c1 * c2 -> (c1 * c2), unless the product overflows (then the node is kept unfolded).
        if (lhsConst is not null && rhsConst is not null)
        {
            long a = lhsConst.Value, b = rhsConst.Value;
            long high = System.Math.BigMul(a, b, out long product);
            bool overflow = high != (product >> 63);
            return overflow ? null : AffineExpr.Constant(lhs.Context, product);
        }

        // d_j * d_i -> d_i * d_j and s_j * s_i -> s_i * s_j   (i < j)
        if (IsOutOfOrder(lhs, rhs))
            return rhs * lhs;

        // Semi-affine dim * dim: nothing to simplify.
        if (!lhs.IsSymbolicOrConstant && !rhs.IsSymbolicOrConstant)
            return null;

        // c * x -> x * c;  sym * dimExpr -> dimExpr * sym
        if (!rhs.IsSymbolicOrConstant || lhsConst is not null)
            return rhs * lhs;

        if (rhsConst is not null)
        {
            // x * 1 -> x
            if (rhsConst.Value == 1)
                return lhs;
            // x * 0 -> 0
            if (rhsConst.Value == 0)
                return rhsConst;
        }

        // (x * c1) * c2 -> x * (c1 * c2)   (the constant product wraps, as in mlir-opt)
        if (lhs is AffineBinaryOpExpr lBin && lBin.Kind == AffineExprKind.Mul
            && lBin.Rhs is AffineConstantExpr lrhs)
        {
            if (rhsConst is not null)
                return lBin.Lhs * unchecked(lrhs.Value * rhsConst.Value);
            // (x * c) * y -> (x * y) * c
            return lBin.Lhs * rhs * lrhs;
        }
        return null;
    }

    // True when both operands are dimensions, or both symbols, and the left one has the larger position.
    private static bool IsOutOfOrder(AffineExpr lhs, AffineExpr rhs) =>
        (lhs is AffineDimExpr ld && rhs is AffineDimExpr rd && ld.Position > rd.Position)
        || (lhs is AffineSymbolExpr ls && rhs is AffineSymbolExpr rs && ls.Position > rs.Position);

    public static AffineExpr? SimplifyFloorDiv(AffineExpr lhs, AffineExpr rhs)
    {
        if (rhs is not AffineConstantExpr rhsConst || rhsConst.Value == 0)
            return null;
        long c = rhsConst.Value;

        // c1 floordiv c2 -> floor(c1 / c2), unless it overflows.
        if (lhs is AffineConstantExpr lhsConst)
        {
            if (AffineMath.DivideWouldOverflow(lhsConst.Value, c))
                return null;
            return AffineExpr.Constant(lhs.Context, AffineMath.FloorDiv(lhsConst.Value, c));
        }

        // x floordiv 1 -> x
        if (c == 1)
            return lhs;

        var lBin = lhs as AffineBinaryOpExpr;
        // (x * k) floordiv c -> x * (k / c)   when c divides k
        if (lBin is not null && lBin.Kind == AffineExprKind.Mul && lBin.Rhs is AffineConstantExpr k
            && AffineMath.Rem(k.Value, c) == 0)
            return lBin.Lhs * AffineMath.Quot(k.Value, c);

        // (a + b) floordiv c -> a floordiv c + b floordiv c   when c is known to divide a or b
        if (lBin is not null && lBin.Kind == AffineExprKind.Add
            && (AffineMath.Rem(lBin.Lhs.LargestKnownDivisor, c) == 0
                || AffineMath.Rem(lBin.Rhs.LargestKnownDivisor, c) == 0))
            return lBin.Lhs.FloorDiv(c) + lBin.Rhs.FloorDiv(c);
        return null;
    }

    public static AffineExpr? SimplifyCeilDiv(AffineExpr lhs, AffineExpr rhs)
    {
        if (rhs is not AffineConstantExpr rhsConst || rhsConst.Value == 0)
            return null;
        long c = rhsConst.Value;

        // c1 ceildiv c2 -> ceil(c1 / c2), unless it overflows.
        if (lhs is AffineConstantExpr lhsConst)
        {
            if (AffineMath.DivideWouldOverflow(lhsConst.Value, c))
                return null;
            return AffineExpr.Constant(lhs.Context, AffineMath.CeilDiv(lhsConst.Value, c));
        }

        // x ceildiv 1 -> x
        if (c == 1)
            return lhs;

        // (x * k) ceildiv c -> x * (k / c)   when c divides k
        if (lhs is AffineBinaryOpExpr lBin && lBin.Kind == AffineExprKind.Mul && lBin.Rhs is AffineConstantExpr k
            && AffineMath.Rem(k.Value, c) == 0)
            return lBin.Lhs * AffineMath.Quot(k.Value, c);
        return null;
    }

    public static AffineExpr? SimplifyMod(AffineExpr lhs, AffineExpr rhs)
    {
        // Modulo by zero, a negative or a symbolic value is kept as is.
        if (rhs is not AffineConstantExpr rhsConst || rhsConst.Value < 1)
            return null;
        long c = rhsConst.Value;

        // c1 mod c2 -> c1 - c2 * floor(c1 / c2)   (never overflows)
        if (lhs is AffineConstantExpr lhsConst)
            return AffineExpr.Constant(lhs.Context, AffineMath.Mod(lhsConst.Value, c));

        // x mod c -> 0   when c is known to divide x (covers x mod 1)
        if (AffineMath.Rem(lhs.LargestKnownDivisor, c) == 0)
            return AffineExpr.Constant(lhs.Context, 0);

        var lBin = lhs as AffineBinaryOpExpr;
        if (lBin is not null && lBin.Kind == AffineExprKind.Add)
        {
            // (a + b) mod c -> b mod c   when c is known to divide a
            if (AffineMath.Rem(lBin.Lhs.LargestKnownDivisor, c) == 0)
                return lBin.Rhs.Mod(c);
            // (a + b) mod c -> a mod c   when c is known to divide b
            if (AffineMath.Rem(lBin.Rhs.LargestKnownDivisor, c) == 0)
                return lBin.Lhs.Mod(c);
        }

        // (x mod k) mod c -> x mod c   when c divides k (k >= 1)
        if (lBin is not null && lBin.Kind == AffineExprKind.Mod && lBin.Rhs is AffineConstantExpr k
            && k.Value >= 1 && AffineMath.Mod(k.Value, c) == 0)
            return lBin.Lhs.Mod(c);
        return null;
    }
}
