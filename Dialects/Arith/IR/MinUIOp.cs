using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.minui</c>: unsigned integer minimum operation.</summary>
[Op("arith", "minui", Summary = "unsigned integer minimum operation",
    Description = "The unsigned minimum of two signless integers (or vectors/tensors of them).")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs attr-dict `:` type($result)")]
public sealed partial class MinUIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // minui(x, x) -> x
        if (Lhs == Rhs)
            return Rhs;
        if (ConstFold.TryGetIntOrSplat(operands[1], out var rhs, out int width))
        {
            // minui(x, absorbing bound) -> bound
            if (rhs == System.Numerics.BigInteger.Zero)
                return Rhs;
            // minui(x, identity bound) -> x
            if (rhs == IntFolds.AllOnes(width))
                return Lhs;
        }
        // minui(c0, c1) -> minu(c0, c1)
        return ConstFold.AsResult(ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, IntFolds.MinU));
    }
}
