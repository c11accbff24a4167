using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.or</c>: bitwise or (LLVM's `or` instruction).</summary>
[Op("llvm", "or", Summary = "LLVM or operation")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType, OpTraits.Commutative)]
[AssemblyFormat("(`disjoint` $isDisjoint^)? $lhs `,` $rhs attr-dict `:` type($res)")]
public sealed partial class OrOp : Operation
{
    [Operand(Name = "lhs", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Lhs { get; }

    [Operand(Name = "rhs", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Rhs { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Res { get; }

    /// <summary>The `disjoint` flag.</summary>
    [Property(Name = "isDisjoint")]
    public partial UnitAttr? IsDisjoint { get; }

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);
}
