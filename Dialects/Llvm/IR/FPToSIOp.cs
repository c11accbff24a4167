using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.fptosi</c>: converts floating point to a signed integer.</summary>
[Op("llvm", "fptosi", Summary = "LLVM fptosi operation")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$arg attr-dict `:` type($arg) `to` type($res)")]
public sealed partial class FPToSIOp : Operation
{
    [Operand(Name = "arg", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type")]
    public partial Value Arg { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Res { get; }

    private static bool IsFloatLike(Type type) => LlvmConstraints.IsFloatLike(type);

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);
}
