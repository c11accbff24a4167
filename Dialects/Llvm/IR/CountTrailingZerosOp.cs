using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.intr.cttz</c>: the number of trailing zero bits (`llvm.cttz`).</summary>
[Op("llvm", "intr.cttz", Summary = "LLVM intrinsic llvm.cttz")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType)]
public sealed partial class CountTrailingZerosOp : Operation
{
    [Operand(Name = "in", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value In { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Res { get; }

    [Property(Name = "is_zero_poison", ValueType = "i1")]
    public partial IntegerAttr IsZeroPoison { get; }

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);
}
