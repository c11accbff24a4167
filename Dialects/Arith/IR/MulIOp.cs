using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.muli</c>: integer multiplication operation.</summary>
[Op("arith", "muli", Summary = "integer multiplication operation",
    Description = "Multiplies two signless integers (or vectors/tensors of them) modulo 2^n. With "
        + "`overflow<nsw>`/`overflow<nuw>` a signed/unsigned wrap makes the result poison.")]
[Traits(OpTraits.Pure, OpTraits.Commutative, OpTraits.SameOperandsAndResultType, OpTraits.ElementwiseMappable)]
[AssemblyFormat("$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)")]
public sealed partial class MulIOp : Operation
{
    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Result { get; }

    /// <summary>The no-wrap promises (<c>overflow&lt;nsw, nuw&gt;</c>); none by default.</summary>
    [Property(Name = "overflowFlags", Default = "#arith.overflow<none>")]
    public partial IntegerOverflowFlagsAttr OverflowFlags { get; }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // muli(x, 0) -> 0
        if (ConstFold.IsInt(operands[1], 0))
            return Rhs;
        // muli(x, 1) -> x
        if (ConstFold.IsInt(operands[1], 1))
            return Lhs;
        // muli(c0, c1) -> c0 * c1
        return ConstFold.AsResult(ConstFold.Binary(operands[0], operands[1], ElementKind.Integer, IntFolds.Mul));
    }

    // index `c * vector.vscale` (either order) is named %c<c>_vscale.
    private void GetAsmResultNames(AsmSetValueName setName)
    {
        if (Result.Type is not Core.IR.Types.IndexType)
            return;
        if ((VscaleBase(Lhs, Rhs) ?? VscaleBase(Rhs, Lhs)) is { } c)
            setName(Result,
                "c" + c.SignedValue.ToString(System.Globalization.CultureInfo.InvariantCulture) + "_vscale");
    }

    private static IntegerAttr? VscaleBase(Value constant, Value vscale) =>
        vscale.DefiningOp is { Name.Name: "vector.vscale" } && Operation.GetConstantValue(constant) is IntegerAttr c
            ? c : null;

    // Upstream's declarative (DRR) canonicalizations, written in PDLL (Transforms/ArithCanonicalization.pdll).
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        Transforms.ArithCanonicalization.AddMulIOpPatterns(patterns, context);
}
