namespace Dialectic.Core.IR.Affine;

/// <summary>
/// The kind of an <see cref="AffineExpr"/>. The binary kinds come first so that
/// <c>kind &lt;= AffineExprKind.CeilDiv</c> identifies an <see cref="AffineBinaryOpExpr"/>.
/// </summary>
public enum AffineExprKind
{
    /// <summary><c>lhs + rhs</c>.</summary>
    Add,

    /// <summary><c>lhs * rhs</c>; in a pure affine expression one side is a constant.</summary>
    Mul,

    /// <summary><c>lhs mod rhs</c>; the result is non-negative for a positive modulus.</summary>
    Mod,

    /// <summary><c>lhs floordiv rhs</c>: division rounding towards negative infinity.</summary>
    FloorDiv,

    /// <summary><c>lhs ceildiv rhs</c>: division rounding towards positive infinity.</summary>
    CeilDiv,

    /// <summary>A constant (<see cref="AffineConstantExpr"/>).</summary>
    Constant,

    /// <summary>A dimension identifier <c>dN</c> (<see cref="AffineDimExpr"/>).</summary>
    DimId,

    /// <summary>A symbol identifier <c>sN</c> (<see cref="AffineSymbolExpr"/>).</summary>
    SymbolId,
}
