using Dialectic.Core.IR.Types;

namespace Dialectic.Core.IR.Declarations;

/// <summary>The predicates behind <see cref="TypeConstraint"/>, called by generated verifiers. O(1) each.</summary>
public static class TypeConstraints
{
    /// <summary>True when <paramref name="type"/> satisfies <paramref name="constraint"/>.</summary>
    public static bool IsSatisfied(TypeConstraint constraint, Type type) => constraint switch
    {
        TypeConstraint.Any => true,
        TypeConstraint.AnyInteger => type is IntegerType,
        TypeConstraint.AnySignlessInteger => type is IntegerType { IsSignless: true },
        TypeConstraint.I1 => IsI1(type),
        TypeConstraint.Index => type is IndexType,
        TypeConstraint.AnySignlessIntegerOrIndex => IsSignlessIntOrIndex(type),
        TypeConstraint.SignlessIntegerLike or TypeConstraint.SignlessIntegerOrIndexLike =>
            IsSignlessIntOrIndex(type) || (IsVectorOrTensor(type, out var e) && IsSignlessIntOrIndex(e)),
        TypeConstraint.SignlessFixedWidthIntegerLike =>
            type is IntegerType { IsSignless: true } || (IsVectorOrTensor(type, out var e) && e is IntegerType { IsSignless: true }),
        TypeConstraint.BoolLike => IsI1(type) || (IsVectorOrTensor(type, out var e) && IsI1(e)),
        TypeConstraint.AnyFloat => type is FloatType,
        TypeConstraint.FloatLike => type is FloatType || (IsVectorOrTensor(type, out var e) && e is FloatType),
        TypeConstraint.AnyVector => type is VectorType,
        TypeConstraint.AnyTensor => type is RankedTensorType or UnrankedTensorType,
        TypeConstraint.AnyRankedTensor => type is RankedTensorType,
        TypeConstraint.AnyMemRef => type is MemRefType or UnrankedMemRefType,
        TypeConstraint.AnyShaped => type is ShapedType,
        _ => false,
    };

    /// <summary>MLIR's summary of <paramref name="constraint"/>, as its verifier messages quote it.</summary>
    public static string Summary(TypeConstraint constraint) => constraint switch
    {
        TypeConstraint.Any => "any type",
        TypeConstraint.AnyInteger => "integer",
        TypeConstraint.AnySignlessInteger => "signless integer",
        TypeConstraint.I1 => "1-bit signless integer",
        TypeConstraint.Index => "index",
        TypeConstraint.AnySignlessIntegerOrIndex => "signless integer or index",
        TypeConstraint.SignlessIntegerLike or TypeConstraint.SignlessIntegerOrIndexLike => "signless-integer-like",
        TypeConstraint.SignlessFixedWidthIntegerLike => "signless-fixed-width-integer-like",
        TypeConstraint.BoolLike => "bool-like",
        TypeConstraint.AnyFloat => "floating-point",
        TypeConstraint.FloatLike => "floating-point-like",
        TypeConstraint.AnyVector => "vector of any type values",
        TypeConstraint.AnyTensor => "tensor of any type values",
        TypeConstraint.AnyRankedTensor => "ranked tensor of any type values",
        TypeConstraint.AnyMemRef => "memref of any type values",
        TypeConstraint.AnyShaped => "shaped of any type values",
        _ => "unknown constraint",
    };

    private static bool IsI1(Type type) => type is IntegerType { Width: 1, IsSignless: true };

    private static bool IsSignlessIntOrIndex(Type type) => type is IndexType or IntegerType { IsSignless: true };

    private static bool IsVectorOrTensor(Type type, out Type element)
    {
        if (type is VectorType or RankedTensorType or UnrankedTensorType)
        {
            element = ((ShapedType)type).ElementType;
            return true;
        }
        element = null!;
        return false;
    }
}
