using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Math.Folding;

namespace Dialectic.Dialects.Math;

/// <summary><c>math.ipowi</c>: signed integer raised to the power of operation.</summary>
[Op("math", "ipowi", Summary = "signed integer raised to the power of operation",
    Description = "The first operand raised to the power of the second, both signed integers of one type "
        + "(scalar, vector or tensor); the result has their type.")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$lhs `,` $rhs attr-dict `:` type($result)")]
public sealed partial class IPowIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    // ipowi(c0, c1) -> c0^c1 (see IntegerFolds.PowI for negative powers)
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        MathFolds.Result(ElementwiseFolder.Binary(operands[0], operands[1],
            static (width, x, y) => IntegerFolds.PowI(width, x, y)));
}
