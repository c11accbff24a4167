using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Dialects.Arith;

namespace Dialectic.Dialects.Math;

/// <summary><c>math.fpowi</c>: a float raised to a signed integer power, element-wise.</summary>
[Op("math", "fpowi", Summary = "floating point raised to the signed integer power",
    Description = "`lhs` (float, or vector/tensor of floats) raised to the power `rhs` (signed integer of the same "
        + "shape); the result has the type of `lhs`: `%r = math.fpowi %base, %power : f64, i32`.")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable, OpTraits.SameOperandsAndResultShape)]
[AllTypesMatch("lhs", "result")]
[AssemblyFormat("$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($lhs) `,` type($rhs)")]
public sealed partial class FPowIOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    /// <summary>Fast-math flags (<c>#arith.fastmath&lt;none&gt;</c> when absent).</summary>
    [Property(Default = "#arith.fastmath<none>")]
    public partial FastMathFlagsAttr Fastmath { get; }

    [Result(Constraint = TypeConstraint.FloatLike)]
    public partial Value Result { get; }

    /// <summary>
    /// The <c>Elementwise</c> trait: vector and tensor operands/results share one kind and a compatible shape.
    /// Core checks <c>SameOperandsAndResultShape</c> after this verifier, MLIR before it, so its message is
    /// reproduced here first to keep MLIR's order.
    /// </summary>
    private bool Verify()
    {
        Type lhs = Lhs.Type, rhs = Rhs.Type, result = Result.Type;
        if (!Elementwise.CompatibleShapes(lhs, rhs, result))
            return EmitOpError("requires the same shape for all operands and results");
        if (!Elementwise.SameKinds(lhs, rhs, result))
            return EmitOpError("all non-scalar operands/results must have the same shape and base type");
        return true;
    }
}
