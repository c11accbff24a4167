using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Arith;
using Dialectic.Dialects.Math.Folding;

namespace Dialectic.Dialects.Math;

/// <summary><c>math.erfc</c>: complementary error function of the specified value.</summary>
[Op("math", "erfc", Summary = "complementary error function of the specified value",
    Description = "The complementary error function `1 - erf(x)`, computed without the cancellation that "
        + "subtraction would suffer.")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($result)")]
public sealed partial class ErfcOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Operand { get; }

    /// <summary>Fast-math flags (<c>#arith.fastmath&lt;none&gt;</c> when absent).</summary>
    [Property(Default = "#arith.fastmath<none>")]
    public partial FastMathFlagsAttr Fastmath { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Result { get; }

    // erfc(c) -> libm erfc(c) on f64, erfcf on f32
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        MathFolds.Result(HostFolding.Unary(operands[0], HostFunction.Erfc));
}
