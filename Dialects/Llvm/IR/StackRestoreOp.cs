using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.intr.stackrestore</c>: resets the stack pointer to a value from <c>llvm.intr.stacksave</c>
/// (`llvm.stackrestore`, overloaded on the pointer's address space).</summary>
[Op("llvm", "intr.stackrestore", Summary = "LLVM intrinsic llvm.stackrestore")]
[AssemblyFormat("$ptr attr-dict `:` qualified(type($ptr))")]
public sealed partial class StackRestoreOp : Operation
{
    [Operand(Name = "ptr", ConstraintMethod = nameof(IsPtr), ConstraintSummary = "LLVM pointer type")]
    public partial Value Ptr { get; }

    private static bool IsPtr(Type type) => LlvmConstraints.IsPtr(type);
}
