using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.intr.vscale</c>: the runtime multiple of scalable vector lengths (`llvm.vscale`).</summary>
[Op("llvm", "intr.vscale", Summary = "LLVM intrinsic llvm.vscale")]
[Traits(OpTraits.Pure)]
public sealed partial class VScaleOp : Operation
{
    [Result(Name = "res", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Res { get; }

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);
}
