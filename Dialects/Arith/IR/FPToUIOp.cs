using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.fptoui</c>: cast from floating-point type to integer type.</summary>
[Op("arith", "fptoui", Summary = "cast from floating-point type to integer type",
    Description = "Converts each float to the unsigned integer it truncates to (rounding toward zero); NaN, "
        + "infinities and out-of-range values give poison.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultShape, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$in attr-dict `:` type($in) `to` type($out)")]
public sealed partial class FPToUIOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value In { get; }

    [Result(Constraint = TypeConstraint.SignlessFixedWidthIntegerLike)]
    public partial Value Out { get; }

    private bool Verify() => ArithVerify.Cast(this, In.Type, Out.Type, FloatCasts.IntFloatCompatible(In.Type,
        Out.Type, false));

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // fptoui(c) -> trunc(c), unless it does not fit
        if (ConstFold.SemanticsOf(operands[0]) is not { } s)
            return null;
        int to = ConstFold.Width(ArithTypes.ElementOrSelf(Out.Type));
        return ConstFold.AsResult(ConstFold.Unary(operands[0], ElementKind.Float, Out.Type, ElementKind.Integer,
            a => SoftFloat.TryToInteger(s, (UInt128)a, to, false, out var v) ? IntFolds.Wrap(v, to) : null));
    }
}
