using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Arith;
using Dialectic.Dialects.Math.Folding;

namespace Dialectic.Dialects.Math;

/// <summary><c>math.tanh</c>: hyperbolic tangent of the specified value.</summary>
[Op("math", "tanh", Summary = "hyperbolic tangent of the specified value",
    Description = "The hyperbolic tangent of a float, element-wise for vectors and tensors.")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($result)")]
public sealed partial class TanhOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Operand { get; }

    /// <summary>Fast-math flags (<c>#arith.fastmath&lt;none&gt;</c> when absent).</summary>
    [Property(Default = "#arith.fastmath<none>")]
    public partial FastMathFlagsAttr Fastmath { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Result { get; }

    // tanh(c) -> libm tanh(c) on f64, tanhf on f32
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        MathFolds.Result(HostFolding.Unary(operands[0], HostFunction.Tanh));
}
