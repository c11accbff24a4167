using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Arith;

/// <summary>
/// The read-modify-write operation of an atomic update (upstream <c>AtomicRMWKindAttr</c>, a 64-bit integer enum),
/// used by <c>memref.atomic_rmw</c> and reductions: <c>memref.atomic_rmw addf %v, %m[%i]</c>. MLIR 22 numbers the
/// cases alphabetically (checked against mlir-opt-22's generic output).
/// </summary>
[EnumAttr("arith", "atomic_rmw_kind")]
public enum AtomicRMWKind : long
{
    [EnumCase("addf")] Addf = 0,
    [EnumCase("addi")] Addi = 1,
    [EnumCase("andi")] Andi = 2,
    [EnumCase("assign")] Assign = 3,
    [EnumCase("maximumf")] Maximumf = 4,
    [EnumCase("maxnumf")] Maxnumf = 5,
    [EnumCase("maxs")] Maxs = 6,
    [EnumCase("maxu")] Maxu = 7,
    [EnumCase("minimumf")] Minimumf = 8,
    [EnumCase("minnumf")] Minnumf = 9,
    [EnumCase("mins")] Mins = 10,
    [EnumCase("minu")] Minu = 11,
    [EnumCase("mulf")] Mulf = 12,
    [EnumCase("muli")] Muli = 13,
    [EnumCase("ori")] Ori = 14,
    [EnumCase("xori")] Xori = 15,
}
