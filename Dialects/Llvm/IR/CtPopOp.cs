using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.intr.ctpop</c>: the number of set bits (`llvm.ctpop`).</summary>
[Op("llvm", "intr.ctpop", Summary = "LLVM intrinsic llvm.ctpop")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("`(` $in `)` attr-dict `:` functional-type(operands, results)")]
public sealed partial class CtPopOp : Operation
{
    [Operand(Name = "in", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value In { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsIntLike), ConstraintSummary = "signless integer or LLVM dialect-compatible vector of signless integer")]
    public partial Value Res { get; }

    private static bool IsIntLike(Type type) => LlvmConstraints.IsIntLike(type);
}
