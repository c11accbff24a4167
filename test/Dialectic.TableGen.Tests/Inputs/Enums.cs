using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;

namespace Sample.Enums;

[EnumAttr("arith", "cmpi_predicate")]
public enum CmpIPredicate : long
{
    [EnumCase("eq")] Eq = 0,
    [EnumCase("ne")] Ne = 1,
    [EnumCase("slt")] Slt = 2,
}

[Flags]
[BitEnumAttr("arith", "fastmath_flags", Mnemonic = "fastmath", Separator = ",")]
public enum FastMathFlags : uint
{
    [EnumCase("none")] None = 0,
    [EnumCase("reassoc")] Reassoc = 1,
    [EnumCase("nnan")] Nnan = 2,
    [EnumCase("fast")] Fast = 3,
}

[Op("arith", "cmpi")]
[AllTypesMatch("lhs", "rhs")]
[AssemblyFormat("$predicate `,` $lhs `,` $rhs attr-dict `:` type($lhs)")]
public sealed partial class CmpIOp : Operation
{
    [Property(Enum = typeof(CmpIPredicate))] public partial IntegerAttr Predicate { get; }
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)] public partial Value Lhs { get; }
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)] public partial Value Rhs { get; }
    [Result(Constraint = TypeConstraint.I1)] public partial Value Result { get; }
}
