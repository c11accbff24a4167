using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>#llvm.linkage&lt;internal&gt;</c>: the linkage of a function or global; <c>llvm.func</c> and
/// <c>llvm.mlir.global</c> print it as a bare keyword (nothing for <c>external</c> functions).</summary>
[EnumAttr("llvm", "linkage", Mnemonic = "linkage", Summary = "LLVM linkage types")]
public enum Linkage : long
{
    [EnumCase("private")] Private = 0,
    [EnumCase("internal")] Internal = 1,
    [EnumCase("available_externally")] AvailableExternally = 2,
    [EnumCase("linkonce")] Linkonce = 3,
    [EnumCase("weak")] Weak = 4,
    [EnumCase("common")] Common = 5,
    [EnumCase("appending")] Appending = 6,
    [EnumCase("extern_weak")] ExternWeak = 7,
    [EnumCase("linkonce_odr")] LinkonceOdr = 8,
    [EnumCase("weak_odr")] WeakOdr = 9,
    [EnumCase("external")] External = 10,
}
