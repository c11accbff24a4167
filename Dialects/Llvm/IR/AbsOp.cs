using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.intr.abs</c>: integer absolute value; with `is_int_min_poison` the minimum value gives poison (`llvm.abs`).</summary>
[Op("llvm", "intr.abs", Summary = "LLVM intrinsic llvm.abs")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType)]
public sealed partial class AbsOp : Operation
{
    [Operand(Name = "in", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value In { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Res { get; }

    [Property(Name = "is_int_min_poison", ValueType = "i1")]
    public partial IntegerAttr IsIntMinPoison { get; }

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);
}
