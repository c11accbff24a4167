using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Arith;
using Dialectic.Dialects.Math.Folding;

namespace Dialectic.Dialects.Math;

/// <summary><c>math.log2</c>: base-2 logarithm of the specified value.</summary>
[Op("math", "log2", Summary = "base-2 logarithm of the specified value",
    Description = "The base-2 logarithm of a float, element-wise for vectors and tensors.")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($result)")]
public sealed partial class Log2Op : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Operand { get; }

    /// <summary>Fast-math flags (<c>#arith.fastmath&lt;none&gt;</c> when absent).</summary>
    [Property(Default = "#arith.fastmath<none>")]
    public partial FastMathFlagsAttr Fastmath { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Result { get; }

    // log2(c) -> libm log2(c) on f64, log2f on f32, unless c is negative
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        MathFolds.Result(HostFolding.Unary(operands[0], HostFunction.Log2, HostGuard.NotNegative));
}
