using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Math.Folding;

namespace Dialectic.Dialects.Math;

/// <summary><c>math.absi</c>: integer absolute-value operation.</summary>
[Op("math", "absi", Summary = "integer absolute-value operation",
    Description = "The absolute value of a signed integer (the minimum value stays itself).")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$operand attr-dict `:` type($result)")]
public sealed partial class AbsIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Operand { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    // absi(c) -> |c| (two's complement, wrapping)
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        MathFolds.Result(ElementwiseFolder.Unary(operands[0], static (width, bits) => IntegerFolds.Abs(width, bits)));
}
