using System;
using System.Collections.Generic;
using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.addui_extended</c>: addition returning the wrapped sum and the unsigned carry bit.</summary>
[Op("arith", "addui_extended", Summary = "extended unsigned integer addition operation returning sum and overflow bit",
    Description = "Adds two zero-extended signless integers: `sum` is the N-bit result, `overflow` is 1 (per element) "
        + "when the unsigned addition carried out of N bits.")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.ElementwiseMappable)]
[AllTypesMatch("lhs", "rhs", "sum")]
[AssemblyFormat("$lhs `,` $rhs attr-dict `:` type($sum) `,` type($overflow)")]
public sealed partial class AddUIExtendedOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Sum { get; }

    [Result(Constraint = TypeConstraint.BoolLike)]
    public partial Value Overflow { get; }

    private bool Verify() => ArithVerify.Elementwise(this);

    private void GetAsmResultNames(AsmSetValueName setName)
    {
        setName(Sum, "sum");
        setName(Overflow, "overflow");
    }

    private bool Fold(ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results)
    {
        // addui_extended(x, 0) -> x, false
        if (ConstFold.IsInt(operands[1], 0) && ArithTypes.ZeroAttr(Overflow.Type) is { } noCarry)
        {
            results.Add(Lhs);
            results.Add(noCarry);
            return true;
        }
        // addui_extended(c0, c1) -> c0 + c1, (c0 + c1) <u c0
        if (ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, IntFolds.Add) is not { } sum)
            return false;
        var carry = ConstFold.Binary(sum, operands[0], ElementKind.Integer,
            static (s, a, w) => s < a ? BigInteger.One : BigInteger.Zero,
            ArithTypes.I1SameShape(((ITypedAttribute)sum).Type));
        if (carry == null)
            return false;
        results.Add(sum);
        results.Add(carry);
        return true;
    }

    // Upstream's declarative (DRR) canonicalizations, written in PDLL (Transforms/ArithCanonicalization.pdll).
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        Transforms.ArithCanonicalization.AddAddUIExtendedOpPatterns(patterns, context);
}
