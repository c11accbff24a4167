using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.floordivsi</c>: signed floor integer division operation.</summary>
[Op("arith", "floordivsi", Summary = "signed floor integer division operation",
    Description = "Signed division rounding toward negative infinity; dividing by zero or MIN by -1 is undefined "
        + "behavior.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs attr-dict `:` type($result)")]
public sealed partial class FloorDivSIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // floordivsi(x, 1) -> x
        if (ConstFold.IsInt(operands[1], 1))
            return Lhs;
        // floordivsi(c0, c1) -> floor(c0 / c1), unless c1 is 0 or the quotient overflows. Upstream reassigns its
        // failure flag at each element, so over dense elements only the last element's outcome counts.
        bool failed = false;
        var folded = ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, (a, b, w) =>
        {
            if (b.IsZero)
            {
                failed = true;
                return a;
            }
            failed = a == IntFolds.SignedMinBits(w) && b == IntFolds.AllOnes(w);
            return IntFolds.FloorDivS(a, b, w);
        });
        return failed ? null : ConstFold.AsResult(folded);
    }
}
