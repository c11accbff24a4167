namespace Dialectic.Dialects.MemRef;

/// <summary>MLIR's <c>SliceVerificationResult</c>: why a type is not a (rank-reduced) slice of another.</summary>
public enum SliceVerification
{
    Success,
    RankTooLarge,
    SizeMismatch,
    ElemTypeMismatch,
    MemSpaceMismatch,
    LayoutMismatch,
}
