using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.uitofp</c>: converts an unsigned integer to floating point.</summary>
[Op("llvm", "uitofp", Summary = "LLVM uitofp operation")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("(`nneg` $nonNeg^)? $arg attr-dict `:` type($arg) `to` type($res)")]
public sealed partial class UIToFPOp : Operation
{
    [Operand(Name = "arg", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Arg { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type")]
    public partial Value Res { get; }

    /// <summary>The `nneg` flag: the operand is known non-negative.</summary>
    [Property(Name = "nonNeg")]
    public partial UnitAttr? NonNeg { get; }

    private static bool IsFloatLike(Type type) => LlvmConstraints.IsFloatLike(type);

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);
}
