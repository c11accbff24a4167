using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Math.Folding;

namespace Dialectic.Dialects.Math;

/// <summary><c>math.cttz</c>: counts the trailing zeros an integer value.</summary>
[Op("math", "cttz", Summary = "counts the trailing zeros an integer value",
    Description = "The number of trailing zero bits (the width for zero), in the operand's type.")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$operand attr-dict `:` type($result)")]
public sealed partial class CttzOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Operand { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    // cttz(c) -> number of trailing zeros of c
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        MathFolds.Result(ElementwiseFolder.Unary(operands[0],
            static (width, bits) => IntegerFolds.CountTrailingZeros(width, bits)));
}
