using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.remsi</c>: signed integer division remainder operation.</summary>
[Op("arith", "remsi", Summary = "signed integer division remainder operation",
    Description = "Signed remainder, with the sign of the dividend; a zero divisor is undefined behavior.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs attr-dict `:` type($result)")]
public sealed partial class RemSIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // remsi(x, 1) -> 0
        if (ConstFold.IsInt(operands[1], 1))
            return ConstFold.AsResult(ArithTypes.ZeroAttr(Result.Type));
        // remsi(c0, c1) -> c0 % c1, unless c1 is 0
        return ConstFold.AsResult(ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, IntFolds.RemS));
    }
}
