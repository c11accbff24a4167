using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Llvm;

/// <summary>The predicate of <c>llvm.fcmp</c>, stored as <c>predicate = N : i64</c> and printed quoted
/// (<c>llvm.fcmp "olt"</c>).</summary>
[EnumAttr("llvm", "fcmp_predicate")]
public enum FCmpPredicate : long
{
    [EnumCase("_false")] False = 0,
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
    [EnumCase("_true")] True = 15,
}
