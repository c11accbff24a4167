using System;
using System.Collections.Generic;
using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;
using Attribute = Dialectic.Core.IR.Attribute;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Arith;

/// <summary><c>arith.select</c>: picks one of two values by an i1 condition (per element with an i1
/// vector/tensor).</summary>
[Op("arith", "select", Summary = "select operation",
    Description = "Returns `true_value` when the condition is 1 and `false_value` when it is 0; the other value is "
        + "ignored even if poison. With an i1 condition the whole vector/tensor is chosen; with a vector/tensor of i1 "
        + "of the result's shape the choice is made per element.")]
[Traits(OpTraits.Pure, OpTraits.ElementwiseMappable)]
[AllTypesMatch("true_value", "false_value", "result")]
public sealed partial class SelectOp : Operation
{
    [Operand(Constraint = TypeConstraint.BoolLike)]
    public partial Value Condition { get; }

    [Operand]
    public partial Value TrueValue { get; }

    [Operand]
    public partial Value FalseValue { get; }

    [Result]
    public partial Value Result { get; }

    // ODS order: the condition predicate, then the elementwise trait. Upstream's own verifier (an i1 condition, or
    // an i1 vector/tensor of the result's shape) can no longer fail once these two hold, so it is not repeated.
    private bool Verify()
    {
        var condition = Condition.Type;
        if (!IsI1(condition) && !(condition is ShapedType c && Result.Type is ShapedType r && SameShape(c, r)))
            return EmitOpError("failed to verify that condition is signless i1 or has matching shape");
        return ArithVerify.Elementwise(this);
    }

    private static bool IsI1(Type type) => type is IntegerType { Width: 1, IsSignless: true };

    // AllShapesMatch: two unranked types match, an unranked and a ranked one do not.
    private static bool SameShape(ShapedType a, ShapedType b)
    {
        if (!a.HasRank || !b.HasRank)
            return !a.HasRank && !b.HasRank;
        return a.Shape.SequenceEqual(b.Shape);
    }

    // `%cond, %t, %f attr-dict : [condition-type ,] result-type`
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var location = parser.CurrentLocation;
        var operands = new List<UnresolvedOperand>();
        if (parser.IsOperandNext)
        {
            operands.Add(parser.ParseOperand());
            while (parser.ParseOptionalComma())
                operands.Add(parser.ParseOperand());
        }
        if (operands.Count != 3)
        {
            parser.Context.EmitError(location, "custom op 'arith.select' expected 3 operands");
            return false;
        }
        parser.ParseOptionalAttrDict();
        parser.ParseColon();
        var resultType = parser.ParseType();
        Type conditionType = parser.Context.I(1);
        if (parser.ParseOptionalComma())
        {
            conditionType = resultType;
            resultType = parser.ParseType();
        }
        state.ResultTypes.Add(resultType);
        state.Operands.Add(parser.ResolveOperand(operands[0], conditionType));
        state.Operands.Add(parser.ResolveOperand(operands[1], resultType));
        state.Operands.Add(parser.ResolveOperand(operands[2], resultType));
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(Condition);
        printer.Write(", ");
        printer.PrintOperand(TrueValue);
        printer.Write(", ");
        printer.PrintOperand(FalseValue);
        printer.PrintOptionalAttrDict(Attributes);
        printer.Write(" : ");
        if (Condition.Type is ShapedType)
        {
            printer.PrintType(Condition.Type);
            printer.Write(", ");
        }
        printer.PrintType(Result.Type);
    }

    private OpFoldResult? Fold(ReadOnlySpan<Attribute?> operands)
    {
        // select(c, x, x) -> x
        if (TrueValue == FalseValue)
            return TrueValue;
        // select(true, x, y) -> x
        if (ConstFold.IsInt(operands[0], 1))
            return TrueValue;
        // select(false, x, y) -> y
        if (ConstFold.IsInt(operands[0], 0))
            return FalseValue;
        // select(c, true, false) -> c
        if (IsI1(Result.Type) && ConstFold.IsInt(operands[1], 1) && ConstFold.IsInt(operands[2], 0))
            return Condition;
        // select(cmpi(eq, a, b), a, b) -> b and select(cmpi(ne, a, b), a, b) -> a (either operand order)
        if (Condition.DefiningOp is CmpIOp { PredicateValue: CmpIPredicate.Eq or CmpIPredicate.Ne } cmp
            && ((cmp.Lhs == TrueValue && cmp.Rhs == FalseValue) || (cmp.Rhs == TrueValue && cmp.Lhs == FalseValue)))
            return cmp.PredicateValue == CmpIPredicate.Ne ? TrueValue : FalseValue;
        // select(dense c, dense x, dense y) -> the elements picked one by one
        if (operands[0] is DenseIntOrFPElementsAttr cond && operands[1] is DenseIntOrFPElementsAttr t
            && operands[2] is DenseIntOrFPElementsAttr f && !t.IsComplex && ReferenceEquals(t.Type, f.Type)
            && cond.NumElements == t.NumElements)
        {
            long n = t.NumElements;
            var picked = new BigInteger[n];
            for (int i = 0; i < n; i++)
                picked[i] = !cond.ReadBits(cond.IsSplat ? 0 : i).IsZero
                    ? t.ReadBits(t.IsSplat ? 0 : i)
                    : f.ReadBits(f.IsSplat ? 0 : i);
            return DenseValues.Get(t.ShapedType, picked);
        }
        return null;
    }

    // Upstream's declarative (DRR) canonicalizations, written in PDLL (Transforms/ArithCanonicalization.pdll), then
    // its C++ SelectToExtUI.
    public static void GetCanonicalizationPatterns(Core.Rewrite.RewritePatternSet patterns, Context context)
    {
        Transforms.ArithCanonicalization.AddSelectOpPatterns(patterns, context);
        patterns.Add(new Transforms.SelectToExtUI(context));
    }
}
