using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Dialectic.Core.Interfaces;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.divsi</c>: signed integer division operation.</summary>
[Op("arith", "divsi", Summary = "signed integer division operation",
    Description = "Signed division rounding toward zero; dividing by zero or MIN by -1 is undefined behavior. With "
        + "`exact` the result is poison when the division leaves a remainder.")]
[Traits(OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs (`exact` $isExact^)? attr-dict `:` type($result)")]
public sealed partial class DivSIOp : Operation
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
        // divsi(x, 1) -> x
        if (ConstFold.IsInt(operands[1], 1))
            return Lhs;
        // divsi(muli(a, b) overflow<nsw>, b) -> a
        if (FoldMatchers.DivOfMul(Lhs, Rhs, IntegerOverflowFlags.Nsw) is { } factor)
            return factor;
        // divsi(c0, c1) -> c0 / c1, unless c1 is 0 or the quotient overflows
        return ConstFold.AsResult(ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, IntFolds.DivS));
    }

    // NoMemoryEffect.
    public void GetEffects(System.Collections.Generic.List<MemoryEffectInstance> effects) { }

    // ConditionallySpeculatable: a divisor of 0, or of -1 with INT_MIN, is undefined.
    public Speculatability GetSpeculatability() => DivisionSpeculation.Signed(Rhs);
}
