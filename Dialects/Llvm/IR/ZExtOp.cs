using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.zext</c>: zero-extends an integer to a wider one.</summary>
[Op("llvm", "zext", Summary = "LLVM zext operation")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("(`nneg` $nonNeg^)? $arg attr-dict `:` type($arg) `to` type($res)")]
public sealed partial class ZExtOp : Operation
{
    [Operand(Name = "arg", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Arg { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Res { get; }

    /// <summary>The `nneg` flag: the operand is known non-negative.</summary>
    [Property(Name = "nonNeg")]
    public partial UnitAttr? NonNeg { get; }

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);

    private bool Verify() => LlvmVerify.ExtOrTrunc(this, Arg.Type, Res.Type, extend: true);
}
