using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.addrspacecast</c>: casts a pointer to another address space.</summary>
[Op("llvm", "addrspacecast", Summary = "LLVM addrspacecast operation")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$arg attr-dict `:` type($arg) `to` type($res)")]
public sealed partial class AddrSpaceCastOp : Operation
{
    [Operand(Name = "arg", ConstraintMethod = nameof(IsPtrLike), ConstraintSummary = "LLVM pointer type or LLVM dialect-compatible vector of LLVM pointer type")]
    public partial Value Arg { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsPtrLike), ConstraintSummary = "LLVM pointer type or LLVM dialect-compatible vector of LLVM pointer type")]
    public partial Value Res { get; }

    private static bool IsPtrLike(Type type) => LlvmConstraints.IsPtrLike(type);
}
