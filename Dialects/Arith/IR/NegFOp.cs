using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.negf</c>: floating point negation.</summary>
[Op("arith", "negf", Summary = "floating point negation",
    Description = "Flips the sign of a float (or of each element of a vector/tensor of floats).")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($result)")]
public sealed partial class NegFOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Operand { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Result { get; }

    /// <summary>The fast-math flags (<c>fastmath&lt;fast&gt;</c>); none by default.</summary>
    [Property(Default = "#arith.fastmath<none>")]
    public partial FastMathFlagsAttr Fastmath { get; }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // negf(negf(x)) -> x
        if (Operand.DefiningOp is NegFOp inner)
            return inner.Operand;
        // negf(c) -> -c
        if (ConstFold.SemanticsOf(operands[0]) is not { } s)
            return null;
        return ConstFold.AsResult(ConstFold.Unary(operands[0], ElementKind.Float, Result.Type, ElementKind.Float,
            bits => (System.Numerics.BigInteger)SoftFloat.Negate(s, (UInt128)bits)));
    }
}
