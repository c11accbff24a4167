using System;

namespace Dialectic.Core.IR.Affine;

/// <summary>A 64-bit signed integer constant.</summary>
public sealed class AffineConstantExpr : AffineExpr
{
    internal AffineConstantExpr(Context context, long value)
        // The largest known divisor of a constant is |value|, wrapping for long.MinValue as MLIR's std::abs does.
        : base(context, AffineExprKind.Constant, isSymbolicOrConstant: true, isPureAffine: true,
            largestKnownDivisor: value < 0 ? unchecked(-value) : value)
    {
        Value = value;
    }

    /// <summary>The constant's value.</summary>
    public long Value { get; }

    protected override int KeyHash() => HashCode.Combine(0x43, Value);

    protected override bool KeyEquals(Support.Uniqued other) => ((AffineConstantExpr)other).Value == Value;
}
