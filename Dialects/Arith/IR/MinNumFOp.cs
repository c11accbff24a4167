using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.minnumf</c>: floating-point minimum operation.</summary>
[Op("arith", "minnumf", Summary = "floating-point minimum operation",
    Description = "The smaller of two floats; when one is NaN, the other (C's `fmin`).")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)")]
public sealed partial class MinNumFOp : Operation
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
        // minnumf(x, x) -> x
        if (Lhs == Rhs)
            return Rhs;
        // minnumf(x, NaN) -> x
        if (ConstFold.TryGetFloatOrSplat(operands[1], out var s, out var rhs) && SoftFloat.IsNaN(s, rhs))
            return Lhs;
        // minnumf(c0, c1) -> minnum(c0, c1)
        return ConstFold.AsResult(ConstFold.FloatBinary(operands[0], operands[1], static (s, a, b)
            => SoftFloat.MinNum(s, a, b)));
    }
}
