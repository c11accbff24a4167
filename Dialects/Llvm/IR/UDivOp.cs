using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.udiv</c>: unsigned integer division (LLVM's `udiv` instruction).</summary>
[Op("llvm", "udiv", Summary = "LLVM udiv operation")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("(`exact` $isExact^)? $lhs `,` $rhs attr-dict `:` type($res)")]
public sealed partial class UDivOp : Operation
{
    [Operand(Name = "lhs", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Lhs { get; }

    [Operand(Name = "rhs", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Rhs { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Res { get; }

    /// <summary>The `exact` flag.</summary>
    [Property(Name = "isExact")]
    public partial UnitAttr? IsExact { get; }

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);
}
