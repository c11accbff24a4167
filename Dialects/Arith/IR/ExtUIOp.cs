using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.extui</c>: integer zero extension operation.</summary>
[Op("arith", "extui", Summary = "integer zero extension operation",
    Description = "Widens each integer to the wider result type, filling the new high bits with zeros.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultShape, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$in attr-dict `:` type($in) `to` type($out)")]
public sealed partial class ExtUIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessFixedWidthIntegerLike)]
    public partial Value In { get; }

    [Result(Constraint = TypeConstraint.SignlessFixedWidthIntegerLike)]
    public partial Value Out { get; }

    private bool Verify() => ArithVerify.Cast(this, In.Type, Out.Type, ArithVerify.WidthChangeCompatible(In.Type,
        Out.Type, false, true));

    private bool Fold(ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results)
    {
        // extui(extui(x)) -> extui(x), in place
        if (In.DefiningOp is ExtUIOp inner)
        {
            SetOperand(0, inner.In);
            return true;
        }
        // extui(c) -> c extended
        int from = ConstFold.Width(ArithTypes.ElementOrSelf(In.Type));
        int to = ConstFold.Width(ArithTypes.ElementOrSelf(Out.Type));
        var folded = ConstFold.Unary(operands[0], ElementKind.Integer, Out.Type, ElementKind.Integer, a => a);
        if (folded == null)
            return false;
        results.Add(folded);
        return true;
    }
}
