using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.return</c>: returns from the enclosing `llvm.func`, with the result value if it has one.</summary>
[Op("llvm", "return", Summary = "LLVM return operation")]
[Traits(OpTraits.Pure, OpTraits.IsTerminator, OpTraits.ReturnLike)]
[AssemblyFormat("attr-dict ($arg^ `:` type($arg))?")]
public sealed partial class ReturnOp : Operation
{
    [Operand(Name = "arg")]
    public partial Value? Arg { get; }

    private bool Verify() => LlvmVerify.Return(this, Arg);
}
