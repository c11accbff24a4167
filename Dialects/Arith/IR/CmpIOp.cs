using System;
using System.Collections.Generic;
using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;
using Attribute = Dialectic.Core.IR.Attribute;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.cmpi</c>: integer comparison by a predicate, giving i1 (per element for
/// vectors/tensors).</summary>
[Op("arith", "cmpi", Summary = "integer comparison operation",
    Description = "Compares two signless integers (or vectors/tensors of them, elementwise) with the predicate: `eq`, "
        + "`ne`, the signed orderings `slt`, `sle`, `sgt`, `sge` and the unsigned ones `ult`, `ule`, `ugt`, `uge`. The "
        + "result is i1 in the operands' shape. The generic form stores the predicate as an i64 (`slt` is 2).")]
[Traits(OpTraits.Pure, OpTraits.SameTypeOperands, OpTraits.ElementwiseMappable)]
public sealed partial class CmpIOp : Operation
{
    [Property(Enum = typeof(CmpIPredicate))]
    public partial IntegerAttr Predicate { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Lhs { get; }

    [Operand(Constraint = TypeConstraint.SignlessIntegerOrIndexLike)]
    public partial Value Rhs { get; }

    [Result(Constraint = TypeConstraint.BoolLike)]
    public partial Value Result { get; }

    /// <summary>The predicate as its enum.</summary>
    public CmpIPredicate PredicateValue => (CmpIPredicate)(long)Predicate.SignedValue;

    private bool Verify() =>
        ReferenceEquals(Result.Type, ArithTypes.I1SameShape(Lhs.Type))
        || EmitOpError("failed to verify that result type has i1 element type and same shape as operands");

    // `slt, %a, %b attr-dict : type`
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        if (!CmpSyntax.ParsePredicate<CmpIPredicate>(parser, "arith.cmpi", CmpIPredicateSyntax.TryParse,
                "eq, ne, slt, sle, sgt, sge, ult, ule, ugt, uge", out var predicate))
            return false;
        var properties = new List<NamedAttribute> { new("predicate", IntegerAttr.Get(parser.Context.I(64),
            (long)predicate)) };
        return CmpSyntax.ParseOperands(parser, state, properties, null, Info.InherentAttributes);
    }

    private void Print(OpAsmPrinter printer) =>
        CmpSyntax.Print(printer, this, PredicateValue.ToKeyword(), null);

    private bool Fold(ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results)
    {
        var predicate = PredicateValue;
        // cmpi(pred, x, x) -> whether pred holds for equal operands
        if (Lhs == Rhs)
        {
            bool reflexive = predicate is CmpIPredicate.Eq or CmpIPredicate.Sle or CmpIPredicate.Sge
                or CmpIPredicate.Ule or CmpIPredicate.Uge;
            if (ArithTypes.BoolAttr(Result.Type, reflexive) is not { } value)
                return false;
            results.Add(value);
            return true;
        }
        if (ConstFold.IsInt(operands[1], 0))
        {
            // cmpi(ne, extsi(x : i1), 0) -> x and cmpi(ne, extui(x : i1), 0) -> x
            if (Lhs.DefiningOp is ExtSIOp or ExtUIOp && predicate == CmpIPredicate.Ne
                && IntegerWidth(Lhs.DefiningOp.GetOperand(0).Type) == 1)
            {
                results.Add(Lhs.DefiningOp.GetOperand(0));
                return true;
            }
            // cmpi(ne, x : i1, false) -> x
            if (IsI1Element(Lhs.Type) && predicate == CmpIPredicate.Ne)
            {
                results.Add(Lhs);
                return true;
            }
        }
        // cmpi(eq, x : i1, true) -> x
        if (ConstFold.IsInt(operands[1], 1) && IsI1Element(Lhs.Type) && predicate == CmpIPredicate.Eq)
        {
            results.Add(Lhs);
            return true;
        }
        // cmpi(pred, c, x) -> cmpi(swapped pred, x, c), in place
        if (operands[0] != null && operands[1] == null)
        {
            if (Properties is not DictionaryAttr properties)
                return false;
            var swapped = IntegerAttr.Get(Context.I(64), (long)CmpIPredicates.Swap(predicate));
            Properties = properties.With("predicate", swapped);
            var lhs = Lhs;
            SetOperand(0, Rhs);
            SetOperand(1, lhs);
            return true;
        }
        // cmpi(pred, c0, c1) -> pred(c0, c1)
        if (operands[0] is not ITypedAttribute typed)
            return false;
        var folded = ConstFold.Binary(operands[0], operands[1], ElementKind.Integer,
            (a, b, w) => IntFolds.Compare(predicate, a, b, w) ? BigInteger.One : BigInteger.Zero,
            ArithTypes.I1SameShape(typed.Type));
        if (folded == null)
            return false;
        results.Add(folded);
        return true;
    }

    // The width of an integer or a vector of integers (upstream's getIntegerWidth: tensors are not looked at).
    private static int IntegerWidth(Core.IR.Type type) => type switch
    {
        Core.IR.Types.IntegerType i => i.Width,
        Core.IR.Types.VectorType { ElementType: Core.IR.Types.IntegerType e } => e.Width,
        _ => -1,
    };

    private static bool IsI1Element(Core.IR.Type type) =>
        ArithTypes.ElementOrSelf(type) is Core.IR.Types.IntegerType { Width: 1, IsSignless: true };

    // Upstream's declarative (DRR) canonicalizations, written in PDLL (Transforms/ArithCanonicalization.pdll).
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context) =>
        Transforms.ArithCanonicalization.AddCmpIOpPatterns(patterns, context);
}
