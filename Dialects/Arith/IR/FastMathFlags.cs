using System;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Arith;

/// <summary>
/// <c>#arith.fastmath&lt;nnan,ninf&gt;</c> (upstream <c>Arith_FastMathAttr</c>, cases joined by ","): LLVM's
/// fast-math flags on floating-point ops; <c>fast</c> is all seven bits and prints instead of them.
/// </summary>
[Flags]
[BitEnumAttr("arith", "fastmath_flags", Mnemonic = "fastmath", Separator = ",",
    Summary = "Floating point fast math flags")]
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
