using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.sext</c>: sign-extends an integer to a wider one.</summary>
[Op("llvm", "sext", Summary = "LLVM sext operation")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$arg attr-dict `:` type($arg) `to` type($res)")]
public sealed partial class SExtOp : Operation
{
    [Operand(Name = "arg", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Arg { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Res { get; }

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);

    private bool Verify() => LlvmVerify.ExtOrTrunc(this, Arg.Type, Res.Type, extend: true);
}
