using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Arith;

/// <summary>
/// The predicate of <c>arith.cmpf</c> (upstream <c>Arith_CmpFPredicateAttr</c>, a 64-bit integer enum). Ordered
/// predicates (<c>o*</c>) are false when either operand is NaN, unordered ones (<c>u*</c>) true; <c>false</c> and
/// <c>true</c> ignore the operands.
/// </summary>
[EnumAttr("arith", "cmpf_predicate")]
public enum CmpFPredicate : long
{
    [EnumCase("false")] AlwaysFalse = 0,
    [EnumCase("oeq")] Oeq = 1,
    [EnumCase("ogt")] Ogt = 2,
    [EnumCase("oge")] Oge = 3,
    [EnumCase("olt")] Olt = 4,
    [EnumCase("ole")] Ole = 5,
    [EnumCase("one")] One = 6,
    [EnumCase("ord")] Ord = 7,
    [EnumCase("ueq")] Ueq = 8,
    [EnumCase("ugt")] Ugt = 9,
    [EnumCase("uge")] Uge = 10,
    [EnumCase("ult")] Ult = 11,
    [EnumCase("ule")] Ule = 12,
    [EnumCase("une")] Une = 13,
    [EnumCase("uno")] Uno = 14,
    [EnumCase("true")] AlwaysTrue = 15,
}
