using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.minimumf</c>: floating-point minimum operation.</summary>
[Op("arith", "minimumf", Summary = "floating-point minimum operation",
    Description = "The smaller of two floats, -0 below +0; NaN if either is NaN (IEEE 754-2019 `minimum`).")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)")]
public sealed partial class MinimumFOp : Operation
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
        // minimumf(x, x) -> x
        if (Lhs == Rhs)
            return Rhs;
        // minimumf(x, +inf) -> x
        if (ConstFold.TryGetFloatOrSplat(operands[1], out var s, out var rhs) && SoftFloat.IsInfinity(s, rhs)
            && !SoftFloat.IsNegative(s, rhs))
            return Lhs;
        // minimumf(c0, c1) -> minimum(c0, c1)
        return ConstFold.AsResult(ConstFold.FloatBinary(operands[0], operands[1], static (s, a, b)
            => SoftFloat.Minimum(s, a, b)));
    }
}
