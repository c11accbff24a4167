using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Dialectic.Core.Interfaces;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.ceildivsi</c>: signed ceil integer division operation.</summary>
[Op("arith", "ceildivsi", Summary = "signed ceil integer division operation",
    Description = "Signed division rounding toward positive infinity; dividing by zero or MIN by -1 is undefined "
        + "behavior.")]
[Traits(OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs attr-dict `:` type($result)")]
public sealed partial class CeilDivSIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // ceildivsi(x, 1) -> x
        if (ConstFold.IsInt(operands[1], 1))
            return Lhs;
        // ceildivsi(c0, c1) -> ceil(c0 / c1), unless c1 is 0 or an intermediate negation overflows
        return ConstFold.AsResult(ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, IntFolds.CeilDivS));
    }

    // NoMemoryEffect.
    public void GetEffects(System.Collections.Generic.List<MemoryEffectInstance> effects) { }

    // ConditionallySpeculatable: a divisor of 0, or of -1 with INT_MIN, is undefined.
    public Speculatability GetSpeculatability() => DivisionSpeculation.Signed(Rhs);
}
