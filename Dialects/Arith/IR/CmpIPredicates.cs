namespace Dialectic.Dialects.Arith;

/// <summary>Algebra of <see cref="CmpIPredicate"/> (MLIR's <c>arith::invertPredicate</c> and the operand swap of the
/// cmpi folder).</summary>
public static class CmpIPredicates
{
    /// <summary>The predicate that holds exactly when <paramref name="predicate"/> does not: <c>slt</c> ->
    /// <c>sge</c>.</summary>
    public static CmpIPredicate Invert(CmpIPredicate predicate) => predicate switch
    {
        CmpIPredicate.Eq => CmpIPredicate.Ne,
        CmpIPredicate.Ne => CmpIPredicate.Eq,
        CmpIPredicate.Slt => CmpIPredicate.Sge,
        CmpIPredicate.Sle => CmpIPredicate.Sgt,
        CmpIPredicate.Sgt => CmpIPredicate.Sle,
        CmpIPredicate.Sge => CmpIPredicate.Slt,
        CmpIPredicate.Ult => CmpIPredicate.Uge,
        CmpIPredicate.Ule => CmpIPredicate.Ugt,
        CmpIPredicate.Ugt => CmpIPredicate.Ule,
        CmpIPredicate.Uge => CmpIPredicate.Ult,
        _ => predicate,
    };

    /// <summary>The predicate for the operands exchanged: <c>slt(a, b)</c> is <c>sgt(b, a)</c>; eq and ne
    /// stay.</summary>
    public static CmpIPredicate Swap(CmpIPredicate predicate) => predicate switch
    {
        CmpIPredicate.Slt => CmpIPredicate.Sgt,
        CmpIPredicate.Sgt => CmpIPredicate.Slt,
        CmpIPredicate.Sle => CmpIPredicate.Sge,
        CmpIPredicate.Sge => CmpIPredicate.Sle,
        CmpIPredicate.Ult => CmpIPredicate.Ugt,
        CmpIPredicate.Ugt => CmpIPredicate.Ult,
        CmpIPredicate.Ule => CmpIPredicate.Uge,
        CmpIPredicate.Uge => CmpIPredicate.Ule,
        _ => predicate,
    };
}
