using System;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>#llvm.fastmath&lt;nnan, ninf&gt;</c> (upstream <c>LLVM_FastmathFlagsAttr</c>): LLVM's fast-math
/// flags on floating-point ops; <c>fast</c> stands for all seven.</summary>
[Flags]
[BitEnumAttr("llvm", "fastmath_flags", Mnemonic = "fastmath", Separator = ", ",
    Summary = "LLVM fastmath flags")]
public enum FastmathFlags : uint
{
    [EnumCase("none")] None = 0,
    [EnumCase("nnan")] Nnan = 1,
    [EnumCase("ninf")] Ninf = 2,
    [EnumCase("nsz")] Nsz = 4,
    [EnumCase("arcp")] Arcp = 8,
    [EnumCase("contract")] Contract = 16,
    [EnumCase("afn")] Afn = 32,
    [EnumCase("reassoc")] Reassoc = 64,
    [EnumCase("fast")] Fast = 127,
}
