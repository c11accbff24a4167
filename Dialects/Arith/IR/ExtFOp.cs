using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.extf</c>: cast from floating-point to wider floating-point.</summary>
[Op("arith", "extf", Summary = "cast from floating-point to wider floating-point",
    Description = "Widens each float to the strictly wider result type; the value is unchanged.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultShape, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$in (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `to` type($out)")]
public sealed partial class ExtFOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value In { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Out { get; }

    /// <summary>The fast-math flags (<c>fastmath&lt;contract&gt;</c>); absent by default.</summary>
    [Property]
    public partial FastMathFlagsAttr? Fastmath { get; }

    private static bool HasContract(FastMathFlagsAttr? flags) =>
        flags != null && (flags.Value & FastMathFlags.Contract) != 0;

    private bool Verify() => ArithVerify.Cast(this, In.Type, Out.Type, ArithVerify.WidthChangeCompatible(In.Type,
        Out.Type, true, true));

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // extf(truncf(x)) -> x when x has the result type and both casts allow contraction
        if (In.DefiningOp is TruncFOp trunc && ReferenceEquals(trunc.In.Type, Out.Type)
            && HasContract(trunc.Fastmath) && HasContract(Fastmath))
            return trunc.In;
        // extf(c) -> c widened, when exact
        return ConstFold.AsResult(FloatCasts.Convert(operands[0], Out.Type));
    }
}
