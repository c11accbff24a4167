using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.mului_extended</c>: the low and high halves of the double-width unsigned product.</summary>
[Op("arith", "mului_extended", Summary = "extended unsigned integer multiplication operation",
    Description = "Multiplies two zero-extended N-bit integers into 2N bits and returns the `low` and `high` N-bit "
        + "halves; `low` equals what `arith.muli` gives.")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.ElementwiseMappable)]
[AllTypesMatch("lhs", "rhs", "low", "high")]
[AssemblyFormat("$lhs `,` $rhs attr-dict `:` type($lhs)")]
public sealed partial class MulUIExtendedOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Low { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value High { get; }

    private void GetAsmResultNames(AsmSetValueName setName)
    {
        setName(Low, "low");
        setName(High, "high");
    }

    private bool Fold(ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results)
    {
        // mului_extended(x, 0) -> 0, 0
        if (ConstFold.IsInt(operands[1], 0))
        {
            results.Add(operands[1]!);
            results.Add(operands[1]!);
            return true;
        }
        // mului_extended(x, 1) -> x, 0
        if (ConstFold.IsInt(operands[1], 1) && ArithTypes.ZeroAttr(Lhs.Type) is { } zero)
        {
            results.Add(Lhs);
            results.Add(zero);
            return true;
        }
        // mului_extended(c0, c1) -> low(c0 * c1), high(c0 * c1)
        if (ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, IntFolds.Mul) is not { } low
            || ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, IntFolds.MulHU) is not { } high)
            return false;
        results.Add(low);
        results.Add(high);
        return true;
    }

    // Upstream's declarative (DRR) canonicalizations, written in PDLL (Transforms/ArithCanonicalization.pdll).
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        Transforms.ArithCanonicalization.AddMulUIExtendedOpPatterns(patterns, context);
}
