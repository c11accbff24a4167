using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.bitcast</c>: bitcast between values of equal bit width.</summary>
[Op("arith", "bitcast", Summary = "bitcast between values of equal bit width",
    Description = "Reinterprets the bits of each integer or float as another integer or float type of the same width.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultShape, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$in attr-dict `:` type($in) `to` type($out)")]
public sealed partial class BitcastOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsBitcastType),
        ConstraintSummary = "signless-integer-or-float-like or memref of signless-integer or float")]
    public partial Value In { get; }

    [Result(ConstraintMethod = nameof(IsBitcastType),
        ConstraintSummary = "signless-integer-or-float-like or memref of signless-integer or float")]
    public partial Value Out { get; }

    private static bool IsBitcastType(Type type) => FloatCasts.IsBitcastOperandType(type);

    private bool Verify() => ArithVerify.Cast(this, In.Type, Out.Type, FloatCasts.BitcastCompatible(In.Type, Out.Type));

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // bitcast(c) -> c's bits read as the result type
        return ConstFold.AsResult(FloatCasts.Bitcast(operands[0], Out.Type));
    }

    // Upstream's declarative (DRR) canonicalizations, written in PDLL (Transforms/ArithCanonicalization.pdll).
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        Transforms.ArithCanonicalization.AddBitcastOpPatterns(patterns, context);
}
