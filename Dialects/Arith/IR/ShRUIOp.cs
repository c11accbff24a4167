using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.shrui</c>: unsigned integer right-shift.</summary>
[Op("arith", "shrui", Summary = "unsigned integer right-shift",
    Description = "Shifts right, filling with zeros; a shift amount of at least the bit width gives poison. With "
        + "`exact` shifting out a nonzero bit gives poison.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs (`exact` $isExact^)? attr-dict `:` type($result)")]
public sealed partial class ShRUIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    /// <summary>The promise that the operation loses no nonzero bits (<c>exact</c>); the result is poison
    /// otherwise.</summary>
    [Property(Name = "isExact")]
    public partial UnitAttr? IsExact { get; }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // shrui(x, 0) -> x
        if (ConstFold.IsInt(operands[1], 0))
            return Lhs;
        // shrui(c0, c1) -> c0 shifted by c1, unless c1 >= bit width (upstream looks at the last element's amount)
        bool bounded = false;
        var folded = ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, (a, b, w) =>
        {
            bounded = b < w;
            return IntFolds.ShrU(a, b, w);
        });
        return bounded ? ConstFold.AsResult(folded) : null;
    }
}
