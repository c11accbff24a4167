using System;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.TableGen.Tests.SampleDialect;

/// <summary><c>arith.cmpi</c>'s predicate, as upstream's <c>Arith_CmpIPredicateAttr</c>.</summary>
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

/// <summary><c>#arith.overflow&lt;...&gt;</c>, as upstream's <c>Arith_IntegerOverflowAttr</c>.</summary>
[Flags]
[BitEnumAttr("arith", "overflow_flags", Mnemonic = "overflow")]
public enum IntegerOverflowFlags : uint
{
    [EnumCase("none")] None = 0,
    [EnumCase("nsw")] Nsw = 1,
    [EnumCase("nuw")] Nuw = 2,
}

/// <summary><c>#arith.fastmath&lt;...&gt;</c>, as upstream's <c>Arith_FastMathAttr</c> (cases joined by ",").</summary>
[Flags]
[BitEnumAttr("arith", "fastmath_flags", Mnemonic = "fastmath", Separator = ",")]
public enum FastMathFlags : uint
{
    [EnumCase("none")] None = 0,
    [EnumCase("reassoc")] Reassoc = 1,
    [EnumCase("nnan")] Nnan = 2,
    [EnumCase("ninf")] Ninf = 4,
    [EnumCase("nsz")] Nsz = 8,
    [EnumCase("arcp")] Arcp = 16,
    [EnumCase("contract")] Contract = 32,
    [EnumCase("afn")] Afn = 64,
    [EnumCase("fast")] Fast = 127,
}
