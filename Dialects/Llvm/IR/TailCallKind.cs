using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>#llvm.tailcallkind&lt;tail&gt;</c>: the tail-call marker of <c>llvm.call</c>.</summary>
[EnumAttr("llvm", "tailcallkind", Mnemonic = "tailcallkind", Summary = "Tail Call Kind")]
public enum TailCallKind : long
{
    [EnumCase("none")] None = 0,
    [EnumCase("notail")] NoTail = 1,
    [EnumCase("tail")] Tail = 2,
    [EnumCase("musttail")] MustTail = 3,
}
