using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.intr.memcpy</c>: copies `len` bytes from `src` to `dst` (`llvm.memcpy`); the ranges must not overlap.</summary>
[Op("llvm", "intr.memcpy", Summary = "LLVM intrinsic llvm.memcpy")]
public sealed partial class MemcpyOp : Operation
{
    [Operand(Name = "dst", ConstraintMethod = nameof(IsPtrLike), ConstraintSummary = "LLVM pointer type or LLVM dialect-compatible vector of LLVM pointer type")]
    public partial Value Dst { get; }

    [Operand(Name = "src", ConstraintMethod = nameof(IsPtrLike), ConstraintSummary = "LLVM pointer type or LLVM dialect-compatible vector of LLVM pointer type")]
    public partial Value Src { get; }

    [Operand(Name = "len", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Len { get; }

    [Property(Name = "isVolatile", ValueType = "i1")]
    public partial IntegerAttr IsVolatile { get; }

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);

    private static bool IsPtrLike(Type type) => LlvmConstraints.IsPtrLike(type);
}
