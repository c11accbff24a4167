using System;
using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Support.Float;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.uitofp</c>: cast from unsigned integer type to floating-point.</summary>
[Op("arith", "uitofp", Summary = "cast from unsigned integer type to floating-point",
    Description = "Converts each integer, read as unsigned, to the nearest float (ties to even).")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultShape, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$in attr-dict `:` type($in) `to` type($out)")]
public sealed partial class UIToFPOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessFixedWidthIntegerLike)]
    public partial Value In { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Out { get; }

    private bool Verify() => ArithVerify.Cast(this, In.Type, Out.Type, FloatCasts.IntFloatCompatible(In.Type,
        Out.Type, true));

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // uitofp(c) -> c as the nearest float
        if (ArithTypes.ElementOrSelf(Out.Type) is not FloatType dst)
            return null;
        var s = FloatSemantics.Of(dst.Kind);
        int from = ConstFold.Width(ArithTypes.ElementOrSelf(In.Type));
        return ConstFold.AsResult(ConstFold.Unary(operands[0], ElementKind.Integer, Out.Type, ElementKind.Float,
            a => (BigInteger)SoftFloat.FromInteger(s, a)));
    }
}
