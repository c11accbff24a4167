using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.scaling_extf</c>: Upcasts input floats using provided scales values following OCP MXFP
/// Spec.</summary>
[Op("arith", "scaling_extf", Summary = "Upcasts input floats using provided scales values following OCP MXFP Spec",
    Description = "Widens each float of `in` to the result type and multiplies it by the matching element of "
        + "`scale` (the OCP MX block-scaling scheme); scales and inputs have the same shape, so the op is "
        + "elementwise.")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$in `,` $scale (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `,` type($scale) `to` type($out)")]
public sealed partial class ScalingExtFOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value In { get; }

    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Scale { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Out { get; }

    /// <summary>The fast-math flags; absent by default.</summary>
    [Property]
    public partial FastMathFlagsAttr? Fastmath { get; }

    // ODS order: the tensor-dims predicate, the cast interface (on `in` and `out` only), then the elementwise trait.
    // Upstream's own width check repeats the cast rule's and cannot fail after it.
    private bool Verify()
    {
        if (!ArithTypes.SameTensorDims(In.Type, Out.Type))
            return EmitOpError("failed to verify that input and output have the same tensor dimensions");
        if (!ArithVerify.WidthChangeCompatible(In.Type, Out.Type, true, true))
            return EmitOpError(
                $"operand types '{In.Type}', '{Scale.Type}' and result type '{Out.Type}' are cast incompatible");
        return ArithVerify.Elementwise(this);
    }
}
