using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Arith;
using Dialectic.Dialects.Math.Folding;

namespace Dialectic.Dialects.Math;

/// <summary><c>math.copysign</c>: A copysign operation.</summary>
[Op("math", "copysign", Summary = "A copysign operation",
    Description = "The magnitude of the first operand with the sign of the second.")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)")]
public sealed partial class CopySignOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Rhs { get; }

    /// <summary>Fast-math flags (<c>#arith.fastmath&lt;none&gt;</c> when absent).</summary>
    [Property(Default = "#arith.fastmath<none>")]
    public partial FastMathFlagsAttr Fastmath { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Result { get; }

    // copysign(c0, c1) -> |c0| with the sign of c1 (any float format)
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        MathFolds.Result(ElementwiseFolder.Binary(operands[0], operands[1],
            static (type, x, y) => FloatValueOps.CopySign(type, x, y)));
}
