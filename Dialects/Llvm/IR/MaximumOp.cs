using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.intr.maximum</c>: maximum propagating NaN of floats or vectors of floats (`llvm.maximum`).</summary>
[Op("llvm", "intr.maximum", Summary = "LLVM intrinsic llvm.maximum")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("`(` $a `,` $b `)` attr-dict `:` functional-type(operands, results)")]
public sealed partial class MaximumOp : Operation
{
    [Operand(Name = "a", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type")]
    public partial Value A { get; }

    [Operand(Name = "b", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type")]
    public partial Value B { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type")]
    public partial Value Res { get; }

    /// <summary>The fast-math flags; none by default.</summary>
    [Property(Name = "fastmathFlags", Default = "#llvm.fastmath<none>")]
    public partial FastmathFlagsAttr FastmathFlags { get; }

    private static bool IsFloatLike(Type type) => LlvmConstraints.IsFloatLike(type);
}
