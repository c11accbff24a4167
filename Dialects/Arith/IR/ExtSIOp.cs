using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.extsi</c>: integer sign extension operation.</summary>
[Op("arith", "extsi", Summary = "integer sign extension operation",
    Description = "Widens each integer to the wider result type, filling the new high bits with copies of the sign "
        + "bit.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultShape, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$in attr-dict `:` type($in) `to` type($out)")]
public sealed partial class ExtSIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessFixedWidthIntegerLike)]
    public partial Value In { get; }

    [Result(Constraint = TypeConstraint.SignlessFixedWidthIntegerLike)]
    public partial Value Out { get; }

    private bool Verify() => ArithVerify.Cast(this, In.Type, Out.Type, ArithVerify.WidthChangeCompatible(In.Type,
        Out.Type, false, true));

    private bool Fold(ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results)
    {
        // extsi(extsi(x)) -> extsi(x), in place
        if (In.DefiningOp is ExtSIOp inner)
        {
            SetOperand(0, inner.In);
            return true;
        }
        // extsi(c) -> c extended
        int from = ConstFold.Width(ArithTypes.ElementOrSelf(In.Type));
        int to = ConstFold.Width(ArithTypes.ElementOrSelf(Out.Type));
        var folded = ConstFold.Unary(operands[0], ElementKind.Integer, Out.Type, ElementKind.Integer, a
            => IntFolds.Wrap(IntFolds.Signed(a, from), to));
        if (folded == null)
            return false;
        results.Add(folded);
        return true;
    }

    // Upstream's declarative (DRR) canonicalizations, written in PDLL (Transforms/ArithCanonicalization.pdll).
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        Transforms.ArithCanonicalization.AddExtSIOpPatterns(patterns, context);
}
