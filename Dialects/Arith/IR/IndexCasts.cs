using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Arith;

/// <summary>The type rules of <c>index_cast</c> and <c>index_castui</c>.</summary>
internal static class IndexCasts
{
    /// <summary>The operand/result constraint: signless-integer-like, or a memref of signless integers or
    /// index.</summary>
    public static bool IsOperandType(Type type) =>
        TypeConstraints.IsSatisfied(TypeConstraint.SignlessIntegerOrIndexLike, type)
        || (type is MemRefType m && m.ElementType is IndexType or IntegerType { IsSignless: true });

    /// <summary>The cast rule: one side index, the other a signless integer, with valid cast shapes (memrefs
    /// allowed).</summary>
    public static bool Compatible(Type input, Type output)
    {
        if (!ArithTypes.ValidCastPair(input, output))
            return false;
        var src = ArithTypes.UnderlyingType(input, true, static t => t is IntegerType or IndexType);
        var dst = ArithTypes.UnderlyingType(output, true, static t => t is IntegerType or IndexType);
        if (src == null || dst == null)
            return false;
        return (src is IndexType && dst is IntegerType { IsSignless: true })
            || (src is IntegerType { IsSignless: true } && dst is IndexType);
    }
}
