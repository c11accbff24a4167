using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.scaling_truncf</c>: Downcasts input floating point values using provided scales values following
/// OCP MXFP Spec.</summary>
[Op("arith", "scaling_truncf",
    Summary = "Downcasts input floating point values using provided scales values following OCP MXFP Spec",
    Description = "Divides each float of `in` by the matching element of `scale` and narrows the quotient to the "
        + "result type with the given rounding mode (the OCP MX block-scaling scheme); the op is elementwise.")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$in `,` $scale ($roundingmode^)? (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `,` type($scale) "
    + "`to` type($out)")]
public sealed partial class ScalingTruncFOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value In { get; }

    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Scale { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Out { get; }

    /// <summary>The rounding mode of the narrowing; absent means to nearest, ties to even.</summary>
    [Property(Enum = typeof(RoundingMode))]
    public partial IntegerAttr? Roundingmode { get; }

    /// <summary>The fast-math flags; absent by default.</summary>
    [Property]
    public partial FastMathFlagsAttr? Fastmath { get; }

    // ODS order: the tensor-dims predicate, the cast interface (on `in` and `out` only), then the elementwise trait.
    // Upstream's own width check repeats the cast rule's and cannot fail after it.
    private bool Verify()
    {
        if (!ArithTypes.SameTensorDims(In.Type, Out.Type))
            return EmitOpError("failed to verify that input and output have the same tensor dimensions");
        if (!ArithVerify.WidthChangeCompatible(In.Type, Out.Type, true, false))
            return EmitOpError(
                $"operand types '{In.Type}', '{Scale.Type}' and result type '{Out.Type}' are cast incompatible");
        return ArithVerify.Elementwise(this);
    }
}
