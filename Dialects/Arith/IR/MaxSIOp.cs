using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.maxsi</c>: signed integer maximum operation.</summary>
[Op("arith", "maxsi", Summary = "signed integer maximum operation",
    Description = "The signed maximum of two signless integers (or vectors/tensors of them).")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs attr-dict `:` type($result)")]
public sealed partial class MaxSIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // maxsi(x, x) -> x
        if (Lhs == Rhs)
            return Rhs;
        if (ConstFold.TryGetIntOrSplat(operands[1], out var rhs, out int width))
        {
            // maxsi(x, absorbing bound) -> bound
            if (rhs == IntFolds.SignedMaxBits(width))
                return Rhs;
            // maxsi(x, identity bound) -> x
            if (rhs == IntFolds.SignedMinBits(width))
                return Lhs;
        }
        // maxsi(c0, c1) -> maxs(c0, c1)
        return ConstFold.AsResult(ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, IntFolds.MaxS));
    }
}
