using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.maxui</c>: unsigned integer maximum operation.</summary>
[Op("arith", "maxui", Summary = "unsigned integer maximum operation",
    Description = "The unsigned maximum of two signless integers (or vectors/tensors of them).")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs attr-dict `:` type($result)")]
public sealed partial class MaxUIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // maxui(x, x) -> x
        if (Lhs == Rhs)
            return Rhs;
        if (ConstFold.TryGetIntOrSplat(operands[1], out var rhs, out int width))
        {
            // maxui(x, absorbing bound) -> bound
            if (rhs == IntFolds.AllOnes(width))
                return Rhs;
            // maxui(x, identity bound) -> x
            if (rhs == System.Numerics.BigInteger.Zero)
                return Lhs;
        }
        // maxui(c0, c1) -> maxu(c0, c1)
        return ConstFold.AsResult(ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, IntFolds.MaxU));
    }
}
