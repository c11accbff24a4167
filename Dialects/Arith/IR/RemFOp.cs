using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.remf</c>: floating point division remainder operation.</summary>
[Op("arith", "remf", Summary = "floating point division remainder operation",
    Description = "The remainder of a float division truncated toward zero (C's `fmod`), with the sign of the "
        + "dividend.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)")]
public sealed partial class RemFOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Result { get; }

    /// <summary>The fast-math flags (<c>fastmath&lt;fast&gt;</c>); none by default.</summary>
    [Property(Default = "#arith.fastmath<none>")]
    public partial FastMathFlagsAttr Fastmath { get; }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // remf(c0, c1) -> fmod(c0, c1)
        return ConstFold.AsResult(ConstFold.FloatBinary(operands[0], operands[1], static (s, a, b) => SoftFloat.Mod(s,
            a, b)));
    }
}
