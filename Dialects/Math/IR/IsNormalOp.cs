using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Support.Float;
using Dialectic.Core.Syntax;
using Dialectic.Dialects.Arith;
using Dialectic.Dialects.Math.Folding;

namespace Dialectic.Dialects.Math;

/// <summary>
/// <c>math.isnormal</c>: returns true if the operand classifies as normal.
/// The result is <c>i1</c> of the operand's shape (upstream's <c>TypesMatchWith</c>, which the custom syntax
/// relies on to leave the result type out: <c>math.isnormal %x : f32</c>).
/// </summary>
[Op("math", "isnormal", Summary = "returns true if the operand classifies as normal",
    Description = "True for values that are neither zero, subnormal, infinite nor NaN.")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable)]
public sealed partial class IsNormalOp : Operation
{
    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Operand { get; }

    /// <summary>Fast-math flags (<c>#arith.fastmath&lt;none&gt;</c> when absent).</summary>
    [Property(Default = "#arith.fastmath<none>")]
    public partial FastMathFlagsAttr Fastmath { get; }

    [Result(Constraint = TypeConstraint.BoolLike)]
    public partial Value Result { get; }

    private bool Verify() => FloatClassification.Verify(this);

    private static bool Parse(OpAsmParser parser, OperationState state) =>
        FloatClassification.Parse(parser, state, Info);

    private void Print(OpAsmPrinter printer) => FloatClassification.Print(this, printer);

    // isnormal(c) -> whether c is normal
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        MathFolds.Result(ElementwiseFolder.Classify(operands[0], Result.Type,
            static (type, bits) => FloatValueOps.IsNormal(type, bits)));
}
