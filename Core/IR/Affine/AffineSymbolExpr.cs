using System;

namespace Dialectic.Core.IR.Affine;

/// <summary>A symbol identifier <c>sN</c>: the N-th symbolic operand of the enclosing map or set.</summary>
public sealed class AffineSymbolExpr : AffineExpr
{
    internal AffineSymbolExpr(Context context, int position)
        : base(context, AffineExprKind.SymbolId, isSymbolicOrConstant: true, isPureAffine: true, largestKnownDivisor: 1)
    {
        Position = position;
        MaxSymbolPosition = position;
    }

    /// <summary>Zero-based position among the symbols.</summary>
    public int Position { get; }

    protected override int KeyHash() => HashCode.Combine(0x53, Position);

    protected override bool KeyEquals(Support.Uniqued other) => ((AffineSymbolExpr)other).Position == Position;
}
