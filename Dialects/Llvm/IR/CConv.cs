using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>#llvm.cconv&lt;ccc&gt;</c>: a calling convention (the common subset of LLVM's; numbers as LLVM's
/// <c>CallingConv::ID</c>). <c>llvm.func</c> and <c>llvm.call</c> print it bare unless it is <c>ccc</c>.</summary>
[EnumAttr("llvm", "cconv", Mnemonic = "cconv", Summary = "Calling Conventions")]
public enum CConv : long
{
    [EnumCase("ccc")] C = 0,
    [EnumCase("fastcc")] Fast = 8,
    [EnumCase("coldcc")] Cold = 9,
    [EnumCase("cc_10")] Ghc = 10,
    [EnumCase("cc_11")] HiPE = 11,
    [EnumCase("anyregcc")] AnyReg = 13,
    [EnumCase("preserve_mostcc")] PreserveMost = 14,
    [EnumCase("preserve_allcc")] PreserveAll = 15,
    [EnumCase("swiftcc")] Swift = 16,
    [EnumCase("cxx_fast_tlscc")] CxxFastTls = 17,
    [EnumCase("tailcc")] Tail = 18,
    [EnumCase("swifttailcc")] SwiftTail = 20,
    [EnumCase("x86_stdcallcc")] X86StdCall = 64,
    [EnumCase("x86_fastcallcc")] X86FastCall = 65,
    [EnumCase("arm_apcscc")] ArmApcs = 66,
    [EnumCase("arm_aapcscc")] ArmAapcs = 67,
    [EnumCase("arm_aapcs_vfpcc")] ArmAapcsVfp = 68,
    [EnumCase("x86_thiscallcc")] X86ThisCall = 70,
    [EnumCase("ptx_kernel")] PtxKernel = 71,
    [EnumCase("ptx_device")] PtxDevice = 72,
    [EnumCase("spir_func")] SpirFunc = 75,
    [EnumCase("spir_kernel")] SpirKernel = 76,
    [EnumCase("x86_64_sysvcc")] X86_64SysV = 78,
    [EnumCase("win64cc")] Win64 = 79,
    [EnumCase("x86_vectorcallcc")] X86VectorCall = 80,
    [EnumCase("amdgpu_kernel")] AmdGpuKernel = 91,
}
