using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Math.Folding;

namespace Dialectic.Dialects.Math;

/// <summary><c>math.ctpop</c>: counts the number of set bits of an integer value.</summary>
[Op("math", "ctpop", Summary = "counts the number of set bits of an integer value",
    Description = "The number of one bits, in the operand's type.")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$operand attr-dict `:` type($result)")]
public sealed partial class CtPopOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Operand { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    // ctpop(c) -> number of set bits of c
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        MathFolds.Result(ElementwiseFolder.Unary(operands[0], static (width, bits) => IntegerFolds.PopCount(bits)));
}
