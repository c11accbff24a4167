using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.minsi</c>: signed integer minimum operation.</summary>
[Op("arith", "minsi", Summary = "signed integer minimum operation",
    Description = "The signed minimum of two signless integers (or vectors/tensors of them).")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs attr-dict `:` type($result)")]
public sealed partial class MinSIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // minsi(x, x) -> x
        if (Lhs == Rhs)
            return Rhs;
        if (ConstFold.TryGetIntOrSplat(operands[1], out var rhs, out int width))
        {
            // minsi(x, absorbing bound) -> bound
            if (rhs == IntFolds.SignedMinBits(width))
                return Rhs;
            // minsi(x, identity bound) -> x
            if (rhs == IntFolds.SignedMaxBits(width))
                return Lhs;
        }
        // minsi(c0, c1) -> mins(c0, c1)
        return ConstFold.AsResult(ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, IntFolds.MinS));
    }
}
