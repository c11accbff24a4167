using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.index_castui</c>: unsigned cast between index and integer types.</summary>
[Op("arith", "index_castui", Summary = "unsigned cast between index and integer types",
    Description = "Converts between `index` and a signless integer type (elementwise for vectors, tensors and "
        + "memrefs); widening zero-extends, narrowing truncates.")]
[Traits(OpTraits.Pure, OpTraits.SameOperandsAndResultShape, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$in attr-dict `:` type($in) `to` type($out)")]
public sealed partial class IndexCastUIOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsIndexCastType),
        ConstraintSummary = "signless-integer-like or memref of signless-integer")]
    public partial Value In { get; }

    [Result(ConstraintMethod = nameof(IsIndexCastType),
        ConstraintSummary = "signless-integer-like or memref of signless-integer")]
    public partial Value Out { get; }

    private static bool IsIndexCastType(Type type) => IndexCasts.IsOperandType(type);

    private bool Verify() => ArithVerify.Cast(this, In.Type, Out.Type, IndexCasts.Compatible(In.Type, Out.Type));

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // index_castui(c) -> c zero-extended or truncated
        int from = ConstFold.Width(ArithTypes.ElementOrSelf(In.Type));
        int to = ConstFold.Width(ArithTypes.ElementOrSelf(Out.Type));
        return ConstFold.AsResult(ConstFold.Unary(operands[0], ElementKind.Integer, Out.Type, ElementKind.Integer, a
            => IntFolds.Wrap(a, to)));
    }

    // Upstream's declarative (DRR) canonicalizations, written in PDLL (Transforms/ArithCanonicalization.pdll).
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        Transforms.ArithCanonicalization.AddIndexCastUIOpPatterns(patterns, context);
}
