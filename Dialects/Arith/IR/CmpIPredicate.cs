using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Arith;

/// <summary>
/// The predicate of <c>arith.cmpi</c> (upstream <c>Arith_CmpIPredicateAttr</c>, a 64-bit integer enum): equality,
/// then signed and unsigned orderings. Stored as <c>predicate = N : i64</c>, printed by keyword in the custom form.
/// </summary>
[EnumAttr("arith", "cmpi_predicate")]
public enum CmpIPredicate : long
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
