using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.urem</c>: unsigned integer remainder (LLVM's `urem` instruction).</summary>
[Op("llvm", "urem", Summary = "LLVM urem operation")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$lhs `,` $rhs attr-dict `:` type($res)")]
public sealed partial class URemOp : Operation
{
    [Operand(Name = "lhs", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Lhs { get; }

    [Operand(Name = "rhs", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Rhs { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Res { get; }

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);
}
