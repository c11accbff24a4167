using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Support.Float;
using Dialectic.Core.Syntax;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.cmpf</c>: float comparison by a predicate, giving i1 (per element for vectors/tensors).</summary>
[Op("arith", "cmpf", Summary = "floating-point comparison operation",
    Description = "Compares two floats (or vectors/tensors of floats, elementwise) with the predicate. Ordered "
        + "predicates (`oeq`, `ogt`, `oge`, `olt`, `ole`, `one`, `ord`) are false when an operand is NaN, unordered "
        + "ones (`ueq`, `ugt`, `uge`, `ult`, `ule`, `une`, `uno`) true; `false` and `true` ignore the operands. The "
        + "result is i1 in the operands' shape.")]
[Traits(OpTraits.Pure, OpTraits.SameTypeOperands, OpTraits.ElementwiseMappable)]
public sealed partial class CmpFOp : Operation
{
    [Property(Enum = typeof(CmpFPredicate))]
    public partial IntegerAttr Predicate { get; }

    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.FloatLike)]
    public partial Value Rhs { get; }

    /// <summary>The fast-math flags; none by default.</summary>
    [Property(Default = "#arith.fastmath<none>")]
    public partial FastMathFlagsAttr Fastmath { get; }

    [Result(Constraint = TypeConstraint.BoolLike)]
    public partial Value Result { get; }

    /// <summary>The predicate as its enum.</summary>
    public CmpFPredicate PredicateValue => (CmpFPredicate)(long)Predicate.SignedValue;

    private bool Verify() =>
        ReferenceEquals(Result.Type, ArithTypes.I1SameShape(Lhs.Type))
        || EmitOpError("failed to verify that result type has i1 element type and same shape as operands");

    // `oeq, %a, %b (fastmath<...>)? attr-dict : type`
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        if (!CmpSyntax.ParsePredicate<CmpFPredicate>(parser, "arith.cmpf", CmpFPredicateSyntax.TryParse,
                "false, oeq, ogt, oge, olt, ole, one, ord, ueq, ugt, uge, ult, ule, une, uno, true", out var predicate))
            return false;
        var properties = new List<NamedAttribute> { new("predicate", IntegerAttr.Get(parser.Context.I(64),
            (long)predicate)) };
        return CmpSyntax.ParseOperands(parser, state, properties, "fastmath", Info.InherentAttributes);
    }

    private void Print(OpAsmPrinter printer) =>
        CmpSyntax.Print(printer, this, PredicateValue.ToKeyword(), Fastmath);

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        var lhs = operands[0] as FloatAttr;
        var rhs = operands[1] as FloatAttr;
        // cmpf(pred, NaN, x) and cmpf(pred, x, NaN) -> pred(NaN, NaN): a NaN decides the comparison alone
        if (lhs != null && SoftFloat.IsNaN(FloatSemantics.Of(lhs.FloatType.Kind), lhs.Bits))
            rhs = lhs;
        if (rhs != null && SoftFloat.IsNaN(FloatSemantics.Of(rhs.FloatType.Kind), rhs.Bits))
            lhs = rhs;
        if (lhs == null || rhs == null || !ReferenceEquals(lhs.FloatType, rhs.FloatType))
            return null;
        // cmpf(pred, c0, c1) -> pred(c0, c1)
        var order = SoftFloat.Compare(FloatSemantics.Of(lhs.FloatType.Kind), lhs.Bits, rhs.Bits);
        return IntegerAttr.GetBool(Context, Holds(PredicateValue, order));
    }

    /// <summary>Whether <paramref name="predicate"/> holds for operands that compare as <paramref
    /// name="order"/>.</summary>
    internal static bool Holds(CmpFPredicate predicate, FloatOrder order) => predicate switch
    {
        CmpFPredicate.AlwaysFalse => false,
        CmpFPredicate.Oeq => order == FloatOrder.Equal,
        CmpFPredicate.Ogt => order == FloatOrder.Greater,
        CmpFPredicate.Oge => order is FloatOrder.Greater or FloatOrder.Equal,
        CmpFPredicate.Olt => order == FloatOrder.Less,
        CmpFPredicate.Ole => order is FloatOrder.Less or FloatOrder.Equal,
        CmpFPredicate.One => order is FloatOrder.Less or FloatOrder.Greater,
        CmpFPredicate.Ord => order != FloatOrder.Unordered,
        CmpFPredicate.Ueq => order is FloatOrder.Unordered or FloatOrder.Equal,
        CmpFPredicate.Ugt => order is FloatOrder.Unordered or FloatOrder.Greater,
        CmpFPredicate.Uge => order != FloatOrder.Less,
        CmpFPredicate.Ult => order is FloatOrder.Unordered or FloatOrder.Less,
        CmpFPredicate.Ule => order != FloatOrder.Greater,
        CmpFPredicate.Une => order != FloatOrder.Equal,
        CmpFPredicate.Uno => order == FloatOrder.Unordered,
        CmpFPredicate.AlwaysTrue => true,
        _ => false,
    };

    // Upstream's C++ canonicalization (Transforms/CmpFIntToFPConst.cs).
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        patterns.Add(new Transforms.CmpFIntToFPConst(context));
}
