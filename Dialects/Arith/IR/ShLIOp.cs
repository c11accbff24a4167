using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.shli</c>: integer left-shift.</summary>
[Op("arith", "shli", Summary = "integer left-shift",
    Description = "Shifts left, filling with zeros; a shift amount of at least the bit width gives poison. With "
        + "`overflow<nsw>`/`overflow<nuw>` shifting out bits that change the signed/unsigned value gives poison.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)")]
public sealed partial class ShLIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    /// <summary>The no-wrap promises (<c>overflow&lt;nsw, nuw&gt;</c>); none by default.</summary>
    [Property(Name = "overflowFlags", Default = "#arith.overflow<none>")]
    public partial IntegerOverflowFlagsAttr OverflowFlags { get; }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // shli(x, 0) -> x
        if (ConstFold.IsInt(operands[1], 0))
            return Lhs;
        // shli(c0, c1) -> c0 shifted by c1, unless c1 >= bit width (upstream looks at the last element's amount)
        bool bounded = false;
        var folded = ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, (a, b, w) =>
        {
            bounded = b < w;
            return IntFolds.Shl(a, b, w);
        });
        return bounded ? ConstFold.AsResult(folded) : null;
    }
}
