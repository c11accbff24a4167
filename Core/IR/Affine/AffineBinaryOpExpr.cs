using System;

namespace Dialectic.Core.IR.Affine;

/// <summary>
/// A binary affine expression (<c>+</c>, <c>*</c>, <c>mod</c>, <c>floordiv</c>, <c>ceildiv</c>).
/// Instances are only created by <see cref="AffineExpr"/>'s factories after simplification failed, so a stored
/// tree is always in MLIR's canonical form (constants on the right, folded where possible).
/// Derived facts (symbolic-ness, pure-affine-ness, largest known divisor) are computed once from the operands'
/// cached facts, so they cost O(1) and never recurse over deep trees.
/// </summary>
public sealed class AffineBinaryOpExpr : AffineExpr
{
    internal AffineBinaryOpExpr(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs)
        : base(lhs.Context, kind, lhs.IsSymbolicOrConstant && rhs.IsSymbolicOrConstant,
            ComputePureAffine(kind, lhs, rhs), ComputeDivisor(kind, lhs, rhs))
    {
        Lhs = lhs;
        Rhs = rhs;
        Depth = Math.Max(lhs.Depth, rhs.Depth) + 1;
        MaxDimPosition = Math.Max(lhs.MaxDimPosition, rhs.MaxDimPosition);
        MaxSymbolPosition = Math.Max(lhs.MaxSymbolPosition, rhs.MaxSymbolPosition);
    }

    /// <summary>Left operand.</summary>
    public AffineExpr Lhs { get; }

    /// <summary>Right operand (the constant, if any, of a canonical Add/Mul).</summary>
    public AffineExpr Rhs { get; }

    protected override int KeyHash() => HashCode.Combine((int)Kind, Lhs.GetHashCode(), Rhs.GetHashCode());

    protected override bool KeyEquals(Support.Uniqued other)
    {
        var o = (AffineBinaryOpExpr)other;
        return o.Kind == Kind && ReferenceEquals(o.Lhs, Lhs) && ReferenceEquals(o.Rhs, Rhs);
    }

    private static bool ComputePureAffine(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs) => kind switch
    {
        AffineExprKind.Add => lhs.IsPureAffine && rhs.IsPureAffine,
        AffineExprKind.Mul => lhs.IsPureAffine && rhs.IsPureAffine
            && (lhs is AffineConstantExpr || rhs is AffineConstantExpr),
        _ => lhs.IsPureAffine && rhs is AffineConstantExpr,
    };

    // Mirrors mlir::AffineExpr::getLargestKnownDivisor, including its wrap-around on overflow.
    private static long ComputeDivisor(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs)
    {
        switch (kind)
        {
            case AffineExprKind.Mul:
                return unchecked(lhs.LargestKnownDivisor * rhs.LargestKnownDivisor);
            case AffineExprKind.Add:
            case AffineExprKind.Mod:
                return unchecked((long)AffineMath.Gcd((ulong)lhs.LargestKnownDivisor, (ulong)rhs.LargestKnownDivisor));
            default:
                // floordiv/ceildiv: lhsDiv / c when c divides lhsDiv; undefined divisions (c == 0) give 1.
                if (rhs is AffineConstantExpr c && c.Value != 0)
                {
                    long lhsDiv = lhs.LargestKnownDivisor;
                    if (AffineMath.Rem(lhsDiv, c.Value) == 0)
                    {
                        long q = AffineMath.Quot(lhsDiv, c.Value);
                        return q < 0 ? unchecked(-q) : q;
                    }
                }
                return 1;
        }
    }
}
