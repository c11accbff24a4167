using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.unreachable</c>: marks a point that execution never reaches.</summary>
[Op("llvm", "unreachable", Summary = "LLVM unreachable operation")]
[Traits(OpTraits.IsTerminator)]
[AssemblyFormat("attr-dict")]
public sealed partial class UnreachableOp : Operation
{
}
