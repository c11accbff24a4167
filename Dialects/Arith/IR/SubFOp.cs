using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.subf</c>: floating point subtraction operation.</summary>
[Op("arith", "subf", Summary = "floating point subtraction operation",
    Description = "Subtracts two floats (or vectors/tensors of floats), rounding to nearest even.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)")]
public sealed partial class SubFOp : Operation
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
        // subf(x, +0) -> x
        if (ConstFold.TryGetFloatOrSplat(operands[1], out var s, out var rhs) && SoftFloat.IsZero(s, rhs)
            && !SoftFloat.IsNegative(s, rhs))
            return Lhs;
        // subf(c0, c1) -> c0 - c1
        return ConstFold.AsResult(ConstFold.FloatBinary(operands[0], operands[1], static (s, a, b) => SoftFloat.Add(s,
            a, b, true)));
    }
}
