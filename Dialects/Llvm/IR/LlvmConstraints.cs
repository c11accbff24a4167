using Dialectic.Core.IR.Types;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary>
/// The operand and result type constraints of llvm ops (upstream LLVM_ScalarOrVectorOf&lt;...&gt;): a scalar, or a
/// builtin vector of such scalars.
/// </summary>
internal static class LlvmConstraints
{
    public static bool IsSignlessInt(Type type) => type is IntegerType { IsSignless: true };

    public static bool IsIntLike(Type type) =>
        IsSignlessInt(type) || type is VectorType { ElementType: IntegerType { IsSignless: true } };

    public static bool IsFloatLike(Type type) => type is FloatType || type is VectorType { ElementType: FloatType };

    public static bool IsI1Like(Type type) =>
        type is IntegerType { Width: 1, IsSignless: true } || type is VectorType { ElementType: IntegerType { Width: 1, IsSignless: true } };

    public static bool IsPtr(Type type) => type is LlvmPointerType;

    public static bool IsPtrLike(Type type) => type is LlvmPointerType || type is VectorType { ElementType: LlvmPointerType };

    public static bool IsIntOrPtrLike(Type type) => IsIntLike(type) || IsPtrLike(type);

    /// <summary>An integer attribute whose set bits all lie in <paramref name="mask"/> (a flag word such as the
    /// overflow flags, 0..3, or GEP's no-wrap flags, 0..7).</summary>
    public static bool IsFlagWord(Core.IR.Attribute attr, long mask) =>
        attr is Core.IR.Attributes.IntegerAttr i && ((long)i.SignedValue & ~mask) == 0;

    /// <summary>The element type of a vector, or the type itself.</summary>
    public static Type ElementOrSelf(Type type) => type is VectorType v ? v.ElementType : type;

    /// <summary>The i1 type (or vector of i1) in the shape of <paramref name="type"/>.</summary>
    public static Type I1SameShape(Type type)
    {
        var i1 = type.Context.I(1);
        return type is VectorType v ? VectorType.Get(v.Shape, i1, v.ScalableDims) : i1;
    }
}
