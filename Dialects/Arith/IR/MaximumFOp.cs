using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.maximumf</c>: floating-point maximum operation.</summary>
[Op("arith", "maximumf", Summary = "floating-point maximum operation",
    Description = "The larger of two floats, -0 below +0; NaN if either is NaN (IEEE 754-2019 `maximum`).")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)")]
public sealed partial class MaximumFOp : Operation
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
        // maximumf(x, x) -> x
        if (Lhs == Rhs)
            return Rhs;
        // maximumf(x, -inf) -> x
        if (ConstFold.TryGetFloatOrSplat(operands[1], out var s, out var rhs) && SoftFloat.IsInfinity(s, rhs)
            && SoftFloat.IsNegative(s, rhs))
            return Lhs;
        // maximumf(c0, c1) -> maximum(c0, c1)
        return ConstFold.AsResult(ConstFold.FloatBinary(operands[0], operands[1], static (s, a, b)
            => SoftFloat.Maximum(s, a, b)));
    }
}
