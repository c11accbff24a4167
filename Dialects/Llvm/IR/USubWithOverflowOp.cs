using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary>
/// <c>llvm.intr.usub.with.overflow</c>: unsigned subtraction that also reports overflow (`llvm.usub.with.overflow`). The result
/// is a struct of the wrapped value and an i1 (or vector of i1) overflow bit; the op has no custom syntax.
/// </summary>
[Op("llvm", "intr.usub.with.overflow", Summary = "LLVM intrinsic llvm.usub.with.overflow")]
[Traits(OpTraits.Pure)]
public sealed partial class USubWithOverflowOp : Operation
{
    [Operand(Name = "lhs", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Lhs { get; }

    [Operand(Name = "rhs", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Rhs { get; }

    /// <summary>The {value, overflow bit} pair; like upstream, its type is not checked against the operands'.</summary>
    [Result(Name = "res")]
    public partial Value Res { get; }

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);

    // Upstream's SameOperandsElementType: vectors of the same element type pass, as in MLIR.
    private bool Verify() =>
        LlvmConstraints.ElementOrSelf(Lhs.Type) == LlvmConstraints.ElementOrSelf(Rhs.Type)
        || EmitOpError("requires the same element type for all operands");
}
