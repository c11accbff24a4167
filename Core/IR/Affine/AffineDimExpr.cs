using System;

namespace Dialectic.Core.IR.Affine;

/// <summary>A dimension identifier <c>dN</c>: the N-th dimensional operand of the enclosing map or set.</summary>
public sealed class AffineDimExpr : AffineExpr
{
    internal AffineDimExpr(Context context, int position)
        : base(context, AffineExprKind.DimId, isSymbolicOrConstant: false, isPureAffine: true, largestKnownDivisor: 1)
    {
        Position = position;
        MaxDimPosition = position;
    }

    /// <summary>Zero-based position among the dimensions.</summary>
    public int Position { get; }

    protected override int KeyHash() => HashCode.Combine(0x44, Position);

    protected override bool KeyEquals(Support.Uniqued other) => ((AffineDimExpr)other).Position == Position;
}
