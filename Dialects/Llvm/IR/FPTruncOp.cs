using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.fptrunc</c>: truncates a floating-point value to a narrower type.</summary>
[Op("llvm", "fptrunc", Summary = "LLVM fptrunc operation")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$arg attr-dict `:` type($arg) `to` type($res)")]
public sealed partial class FPTruncOp : Operation
{
    [Operand(Name = "arg", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type")]
    public partial Value Arg { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type")]
    public partial Value Res { get; }

    private static bool IsFloatLike(Type type) => LlvmConstraints.IsFloatLike(type);
}
