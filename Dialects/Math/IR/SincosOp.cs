using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Dialects.Arith;

namespace Dialectic.Dialects.Math;

/// <summary><c>math.sincos</c>: the sine and the cosine of one value, computed together.</summary>
[Op("math", "sincos", Summary = "sine and cosine of the specified value",
    Description = "Both the sine and the cosine of a float (scalar, vector or tensor), as two results of the "
        + "operand's type; cheaper than two separate ops where both are needed.")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable, OpTraits.SameOperandsAndResultShape)]
[AllTypesMatch("operand", "sin", "cos")]
[AssemblyFormat("$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($operand)")]
public sealed partial class SincosOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Operand { get; }

    /// <summary>Fast-math flags (<c>#arith.fastmath&lt;none&gt;</c> when absent).</summary>
    [Property(Default = "#arith.fastmath<none>")]
    public partial FastMathFlagsAttr Fastmath { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Sin { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Cos { get; }

    /// <summary>Names the results <c>%sin, %cos</c>, as MLIR 22 names multi-result ops after their results.</summary>
    private void GetAsmResultNames(AsmSetValueName setName)
    {
        setName(Sin, "sin");
        setName(Cos, "cos");
    }
}
