using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Index.Folding;

namespace Dialectic.Dialects.Index;

/// <summary><c>index.cmp</c>: compares two index values by a predicate, giving an <c>i1</c>.</summary>
[Op("index", "cmp", Summary = "index compare",
    Description = "Compares two index values with one of the predicates `eq`, `ne`, `slt`, `sle`, `sgt`, `sge`, "
        + "`ult`, `ule`, `ugt`, `uge` (signed or unsigned), giving `1` when it holds: `%0 = index.cmp slt(%a, %b)`.")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("`` $pred `(` $lhs `,` $rhs `)` attr-dict")]
public sealed partial class CmpOp : Operation
{
    [Property]
    public partial IndexCmpPredicateAttr Pred { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.I1)]
    public partial Value Result { get; }

    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands)
    {
        // Folding runs on verified IR; the check keeps a malformed op from crashing the folder anyway.
        if (GetInherentAttr("pred") is not IndexCmpPredicateAttr predicate)
            return null;
        var pred = predicate.Value;
        var lhs = operands[0] as IntegerAttr;
        var rhs = operands[1] as IntegerAttr;
        // cmp(c0, c1) -> the comparison, when it agrees in 32 and 64 bits
        if (lhs != null && rhs != null)
        {
            bool result64 = IntRange.Compare(pred, IndexFolding.Bits(lhs, 64), IndexFolding.Bits(rhs, 64), 64);
            bool result32 = IntRange.Compare(pred, IndexFolding.Bits(lhs, 32), IndexFolding.Bits(rhs, 32), 32);
            if (result64 == result32)
                return IntegerAttr.GetBool(Context, result64);
        }
        // cmp(max/min(x, c0), c1) -> the comparison over the range of max/min, when it agrees in 32 and 64 bits
        if (rhs != null && Lhs.DefiningOp is { } minMax && minMax is MinSOp or MinUOp or MaxSOp or MaxUOp
            && GetConstantValue(minMax.GetOperand(1)) is IntegerAttr bound)
        {
            bool? result64 = CompareBounded(minMax, pred, IndexFolding.Bits(bound, 64), IndexFolding.Bits(rhs, 64), 64);
            bool? result32 = CompareBounded(minMax, pred, IndexFolding.Bits(bound, 32), IndexFolding.Bits(rhs, 32), 32);
            if (result64 is { } r64 && result32 is { } r32 && r64 == r32)
                return IntegerAttr.GetBool(Context, r64);
        }
        // cmp(x, x) -> true for eq/sle/sge/ule/uge, false otherwise
        if (Lhs == Rhs)
            return IntegerAttr.GetBool(Context, pred is IndexCmpPredicate.Eq or IndexCmpPredicate.Sle
                or IndexCmpPredicate.Sge or IndexCmpPredicate.Ule or IndexCmpPredicate.Uge);
        return null;
    }

    /// <summary>
    /// The predicate over every value <c>max/min(x, bound)</c> can take, against <paramref name="rhs"/>.
    /// </summary>
    private static bool? CompareBounded(
        Operation minMax, IndexCmpPredicate pred, BigInteger bound, BigInteger rhs, int width)
    {
        var range = minMax switch
        {
            MinSOp => IntRange.FromSigned(IntRange.SignedMin(width), IntegerAttr.ToSigned(bound, width), width),
            MinUOp => IntRange.FromUnsigned(BigInteger.Zero, bound, width),
            MaxSOp => IntRange.FromSigned(IntegerAttr.ToSigned(bound, width), IntRange.SignedMax(width), width),
            _ => IntRange.FromUnsigned(bound, IntRange.UnsignedMax(width), width),
        };
        return IntRange.Evaluate(pred, range, IntRange.Constant(rhs, width));
    }

    // cmp(sub(x, y), 0) -> cmp(x, y); cmp(0, sub(x, y)) -> cmp(y, x)
    private static bool Canonicalize(CmpOp op, Core.Rewrite.PatternRewriter rewriter) =>
        IndexCanonicalization.CompareDifferenceWithZero(op, rewriter);
}
