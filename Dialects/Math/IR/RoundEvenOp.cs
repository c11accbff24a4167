using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Arith;
using Dialectic.Dialects.Math.Folding;

namespace Dialectic.Dialects.Math;

/// <summary><c>math.roundeven</c>: round of the specified value with halfway cases to even.</summary>
[Op("math", "roundeven", Summary = "round of the specified value with halfway cases to even",
    Description = "Rounds to the nearest integral value, halfway cases to even, whatever the current rounding "
        + "direction.")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($result)")]
public sealed partial class RoundEvenOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Operand { get; }

    /// <summary>Fast-math flags (<c>#arith.fastmath&lt;none&gt;</c> when absent).</summary>
    [Property(Default = "#arith.fastmath<none>")]
    public partial FastMathFlagsAttr Fastmath { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Result { get; }

    // roundeven(c) -> c rounded to nearest, ties to even (any float format)
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        MathFolds.Result(ElementwiseFolder.Unary(operands[0],
            static (type, bits) => FloatValueOps.RoundToIntegral(type, bits, IntegralRounding.NearestTiesToEven)));
}
