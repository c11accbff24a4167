using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.intr.fmuladd</c>: multiply-add, fused where that is faster, a * b + c (`llvm.fmuladd`).</summary>
[Op("llvm", "intr.fmuladd", Summary = "LLVM intrinsic llvm.fmuladd")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("`(` $a `,` $b `,` $c `)` attr-dict `:` functional-type(operands, results)")]
public sealed partial class FMulAddOp : Operation
{
    [Operand(Name = "a", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type")]
    public partial Value A { get; }

    [Operand(Name = "b", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type")]
    public partial Value B { get; }

    [Operand(Name = "c", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type")]
    public partial Value C { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type")]
    public partial Value Res { get; }

    /// <summary>The fast-math flags; none by default.</summary>
    [Property(Name = "fastmathFlags", Default = "#llvm.fastmath<none>")]
    public partial FastmathFlagsAttr FastmathFlags { get; }

    private static bool IsFloatLike(Type type) => LlvmConstraints.IsFloatLike(type);
}
