using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Arith;

namespace Dialectic.Dialects.Math;

/// <summary><c>math.fma</c>: floating point fused multiply-add, <c>a * b + c</c> with a single rounding.</summary>
[Op("math", "fma", Summary = "floating point fused multipy-add operation",
    Description = "`a * b + c` rounded once, on three operands of one float type (scalar, vector or tensor). "
        + "Lowers to LLVM's `llvm.fma` intrinsic.")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable, OpTraits.SameOperandsAndResultType)]
[AssemblyFormat("$a `,` $b `,` $c (`fastmath` `` $fastmath^)? attr-dict `:` type($result)")]
public sealed partial class FmaOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value A { get; }

    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value B { get; }

    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value C { get; }

    /// <summary>Fast-math flags (<c>#arith.fastmath&lt;none&gt;</c> when absent).</summary>
    [Property(Default = "#arith.fastmath<none>")]
    public partial FastMathFlagsAttr Fastmath { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Result { get; }
}
