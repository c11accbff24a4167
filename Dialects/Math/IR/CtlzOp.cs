using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Math.Folding;

namespace Dialectic.Dialects.Math;

/// <summary><c>math.ctlz</c>: counts the leading zeros an integer value.</summary>
[Op("math", "ctlz", Summary = "counts the leading zeros an integer value",
    Description = "The number of leading zero bits, in the operand's type.")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$operand attr-dict `:` type($result)")]
public sealed partial class CtlzOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Operand { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    // ctlz(c) -> number of leading zeros of c
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        MathFolds.Result(ElementwiseFolder.Unary(operands[0],
            static (width, bits) => IntegerFolds.CountLeadingZeros(width, bits)));
}
