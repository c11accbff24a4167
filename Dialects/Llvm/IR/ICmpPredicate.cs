using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Llvm;

/// <summary>The predicate of <c>llvm.icmp</c>, stored as <c>predicate = N : i64</c> and printed quoted
/// (<c>llvm.icmp "slt"</c>).</summary>
[EnumAttr("llvm", "icmp_predicate")]
public enum ICmpPredicate : long
{
    [EnumCase("eq")] Eq = 0,
    [EnumCase("ne")] Ne = 1,
    [EnumCase("slt")] Slt = 2,
    [EnumCase("sle")] Sle = 3,
    [EnumCase("sgt")] Sgt = 4,
    [EnumCase("sge")] Sge = 5,
    [EnumCase("ult")] Ult = 6,
    [EnumCase("ule")] Ule = 7,
    [EnumCase("ugt")] Ugt = 8,
    [EnumCase("uge")] Uge = 9,
}
