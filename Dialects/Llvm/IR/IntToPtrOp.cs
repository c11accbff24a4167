using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.inttoptr</c>: converts an integer to a pointer.</summary>
[Op("llvm", "inttoptr", Summary = "LLVM inttoptr operation")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$arg attr-dict `:` type($arg) `to` type($res)")]
public sealed partial class IntToPtrOp : Operation
{
    [Operand(Name = "arg", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Arg { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsPtrLike), ConstraintSummary = "LLVM pointer type or LLVM dialect-compatible vector of LLVM pointer type")]
    public partial Value Res { get; }

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);

    private static bool IsPtrLike(Type type) => LlvmConstraints.IsPtrLike(type);
}
