using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Arith;

namespace Dialectic.Dialects.Math;

/// <summary><c>math.clampf</c>: <c>maxf(minf(value, max), min)</c>; poison when <c>min &gt; max</c>.</summary>
[Op("math", "clampf", Summary = "floating point clamping operation",
    Description = "Clamps `value` to the range `[min, max]`, all of one float type (scalar, vector or tensor): "
        + "`clampf(value, min, max) = maxf(minf(value, max), min)`. The result is poison when `min > max`.")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$value `to` ` ` `[` $min `,` $max `]` (`fastmath` `` $fastmath^)? attr-dict `:` type($result)")]
public sealed partial class ClampFOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Value { get; }

    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Min { get; }

    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Max { get; }

    /// <summary>Fast-math flags (<c>#arith.fastmath&lt;none&gt;</c> when absent).</summary>
    [Property(Default = "#arith.fastmath<none>")]
    public partial FastMathFlagsAttr Fastmath { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Result { get; }
}
