using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite;

namespace Dialectic.Dialects.Index.Folding;

/// <summary>
/// The <c>index</c> canonicalizations (MLIR's <c>hasCanonicalizeMethod</c> ops): reassociation of constants in
/// associative and commutative binary ops, and <c>cmp</c> of a difference against zero.
/// </summary>
internal static class IndexCanonicalization
{
    /// <summary>
    /// op(op(x, c1), c2) -> op(x, op(c2, c1)), when the inner op of constants folds (MLIR's
    /// <c>canonicalizeAssociativeCommutativeBinaryOp</c>). <paramref name="op"/> has two operands and one result.
    /// </summary>
    public static bool ReassociateConstants(Operation op, PatternRewriter rewriter)
    {
        var rhs = op.GetOperand(1);
        if (Operation.GetConstantValue(rhs) == null)
            return rewriter.NotifyMatchFailure(op, "RHS is not a constant");
        if (op.GetOperand(0).DefiningOp is not { } inner || !ReferenceEquals(inner.Name, op.Name))
            return rewriter.NotifyMatchFailure(op, "LHS is not the same BinaryOp");
        var innerRhs = inner.GetOperand(1);
        if (Operation.GetConstantValue(innerRhs) == null)
            return rewriter.NotifyMatchFailure(op, "RHS of LHS op is not a constant");

        // createOrFold: build op(c2, c1) before `op`, fold it, and materialize the folded constant in its place.
        var combined = CreateOrFold(rewriter, op, rhs, innerRhs);
        if (combined.DefiningOp is { } def && ReferenceEquals(def.Name, op.Name))
        {
            // Upstream leaves the unfolded op behind for dead-code elimination; it is erased here so that a
            // failed match changes nothing.
            rewriter.EraseOp(def);
            return rewriter.NotifyMatchFailure(op, "new BinaryOp was not folded");
        }
        var replacement = rewriter.Create(Binary(op, inner.GetOperand(0), combined));
        rewriter.ReplaceOp(op, replacement);
        return true;
    }

    /// <summary>cmp(sub(x, y), 0) -> cmp(x, y); cmp(0, sub(x, y)) -> cmp(y, x).</summary>
    public static bool CompareDifferenceWithZero(CmpOp op, PatternRewriter rewriter)
    {
        bool rhsIsZero = Operation.GetConstantValue(op.Rhs) is IntegerAttr { IsZero: true };
        bool lhsIsZero = Operation.GetConstantValue(op.Lhs) is IntegerAttr { IsZero: true };
        if (!rhsIsZero && !lhsIsZero)
            return rewriter.NotifyMatchFailure(op, "cmp is not comparing something with 0");
        if ((rhsIsZero ? op.Lhs : op.Rhs).DefiningOp is not SubOp sub)
            return rewriter.NotifyMatchFailure(op, "non-zero operand is not a result of subtraction");
        var newCmp = rhsIsZero
            ? CmpOp.Create(rewriter, op.Location, op.Result.Type, sub.Lhs, sub.Rhs, op.Pred)
            : CmpOp.Create(rewriter, op.Location, op.Result.Type, sub.Rhs, sub.Lhs, op.Pred);
        rewriter.ReplaceOp(op, newCmp);
        return true;
    }

    private static OperationState Binary(Operation like, Value lhs, Value rhs)
    {
        var state = new OperationState(like.Location, like.Name);
        state.Operands.Add(lhs);
        state.Operands.Add(rhs);
        state.ResultTypes.Add(like.GetResult(0).Type);
        return state;
    }

    // MLIR's createOrFold: the new op is kept only when it does not fold.
    private static Value CreateOrFold(PatternRewriter rewriter, Operation like, Value lhs, Value rhs)
    {
        var created = rewriter.Create(Binary(like, lhs, rhs));
        var results = new List<OpFoldResult>(1);
        if (!created.Fold(results) || results.Count != 1)
            return created.GetResult(0);
        if (results[0].Value is { } value)
        {
            rewriter.EraseOp(created);
            return value;
        }
        var type = created.GetResult(0).Type;
        var constant = rewriter.Context.GetDialect("index")?.MaterializeConstant(rewriter, results[0].Attribute!, type, like.Location);
        if (constant == null)
            return created.GetResult(0);
        rewriter.EraseOp(created);
        return constant.GetResult(0);
    }
}
