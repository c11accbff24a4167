using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.intr.smax</c>: signed maximum of integers (`llvm.smax`).</summary>
[Op("llvm", "intr.smax", Summary = "LLVM intrinsic llvm.smax")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("`(` $a `,` $b `)` attr-dict `:` functional-type(operands, results)")]
public sealed partial class SMaxOp : Operation
{
    [Operand(Name = "a", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value A { get; }

    [Operand(Name = "b", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value B { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Res { get; }

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);
}
