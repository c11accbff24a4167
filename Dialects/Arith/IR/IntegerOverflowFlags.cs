using System;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Arith;

/// <summary>
/// <c>#arith.overflow&lt;nsw, nuw&gt;</c> (upstream <c>Arith_IntegerOverflowAttr</c>): the integer ops' promise that
/// the signed (<c>nsw</c>) or unsigned (<c>nuw</c>) result does not wrap, else the result is poison.
/// </summary>
[Flags]
[BitEnumAttr("arith", "overflow_flags", Mnemonic = "overflow", Summary = "Integer overflow arith flags")]
public enum IntegerOverflowFlags : uint
{
    [EnumCase("none")] None = 0,
    [EnumCase("nsw")] Nsw = 1,
    [EnumCase("nuw")] Nuw = 2,
}
