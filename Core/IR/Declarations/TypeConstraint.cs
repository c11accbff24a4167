namespace Dialectic.Core.IR.Declarations;

/// <summary>
/// Named type constraints of ODS, each verified with MLIR's wording (its summary, in the comment). A constraint
/// that none of these express is a static method named by <c>ConstraintMethod</c>.
/// </summary>
public enum TypeConstraint
{
    /// <summary>any type (no check)</summary>
    Any,
    /// <summary>integer</summary>
    AnyInteger,
    /// <summary>signless integer</summary>
    AnySignlessInteger,
    /// <summary>1-bit signless integer</summary>
    I1,
    /// <summary>index</summary>
    Index,
    /// <summary>signless integer or index</summary>
    AnySignlessIntegerOrIndex,
    /// <summary>signless-integer-like (signless integer or index, or a vector/tensor of them)</summary>
    SignlessIntegerLike,
    /// <summary>signless-integer-like (alias used by arith for integer-or-index-like operands)</summary>
    SignlessIntegerOrIndexLike,
    /// <summary>signless-fixed-width-integer-like (signless integer, or a vector/tensor of them; no index)</summary>
    SignlessFixedWidthIntegerLike,
    /// <summary>bool-like (i1, or a vector/tensor of i1)</summary>
    BoolLike,
    /// <summary>floating-point</summary>
    AnyFloat,
    /// <summary>floating-point-like (float, or a vector/tensor of floats)</summary>
    FloatLike,
    /// <summary>vector of any type values</summary>
    AnyVector,
    /// <summary>tensor of any type values</summary>
    AnyTensor,
    /// <summary>ranked tensor of any type values</summary>
    AnyRankedTensor,
    /// <summary>memref of any type values</summary>
    AnyMemRef,
    /// <summary>shaped of any type values</summary>
    AnyShaped,
}
