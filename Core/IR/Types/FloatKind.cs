namespace Dialectic.Core.IR.Types;

/// <summary>Every builtin floating-point type of MLIR 22. The keyword of each is given by <see cref="FloatType.Keyword"/>.</summary>
public enum FloatKind : byte
{
    F16,
    BF16,
    F32,
    F64,
    F80,
    F128,
    TF32,
    F4E2M1FN,
    F6E2M3FN,
    F6E3M2FN,
    F8E5M2,
    F8E4M3,
    F8E4M3FN,
    F8E5M2FNUZ,
    F8E4M3FNUZ,
    F8E4M3B11FNUZ,
    F8E3M4,
    F8E8M0FNU,
}
