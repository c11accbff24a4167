using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Index;

/// <summary>
/// <c>index.cmp</c>'s predicate, the dialect attribute <c>#index&lt;cmp_predicate slt&gt;</c> (upstream
/// <c>IndexCmpPredicateAttr</c>), printed bare in the op's syntax: <c>index.cmp slt(%a, %b)</c>.
/// </summary>
[EnumAttr("index", "cmp_predicate", Mnemonic = "cmp_predicate", Bare = true, Width = 32)]
public enum IndexCmpPredicate : long
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
