using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.intr.stacksave</c>: the current stack pointer, for a later <c>llvm.intr.stackrestore</c>
/// (`llvm.stacksave`, overloaded on the pointer's address space).</summary>
[Op("llvm", "intr.stacksave", Summary = "LLVM intrinsic llvm.stacksave")]
[AssemblyFormat("attr-dict `:` qualified(type($res))")]
public sealed partial class StackSaveOp : Operation
{
    /// <summary>The saved stack pointer; like upstream, any LLVM type is accepted (a pointer in practice).</summary>
    [Result(Name = "res")]
    public partial Value Res { get; }
}
