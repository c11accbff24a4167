using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;

namespace Dialectic.Core.Verification;

/// <summary>
/// Checks the structural op traits of <see cref="OpTraits"/> that constrain operand and result types, with
/// MLIR's messages. Called by <see cref="Verifier"/> before the op's own verifier.
/// </summary>
internal static class TraitVerifier
{
    /// <summary>Verifies every type-constraining trait of <paramref name="op"/>; false after emitting an error.</summary>
    public static bool Verify(Operation op, OpTraits traits)
    {
        if ((traits & OpTraits.SameTypeOperands) != 0 && !AllSame(op, includeResults: false))
            return op.EmitOpError("requires all operands to have the same type");
        if ((traits & OpTraits.SameOperandsAndResultType) != 0 && !AllSame(op, includeResults: true))
            return op.EmitOpError("requires the same type for all operands and results");
        if ((traits & OpTraits.SameOperandsAndResultElementType) != 0 && !SameElementTypes(op))
            return op.EmitOpError("requires the same element type for all operands and results");
        if ((traits & OpTraits.SameOperandsAndResultShape) != 0 && !CompatibleShapes(op))
            return op.EmitOpError("requires the same shape for all operands and results");
        return true;
    }

    // The checks below visit operand types, then (when asked) result types, in that order, by index: no
    // iterator or delegate per op (this runs for every op with one of these traits). O(operands + results).

    /// <summary>The <paramref name="i"/>th type of the operands followed by the results.</summary>
    private static Type TypeAt(Operation op, int i, int numOperands) =>
        i < numOperands ? op.GetOperand(i).Type : op.GetResult(i - numOperands).Type;

    private static bool AllSame(Operation op, bool includeResults)
    {
        int numOperands = op.NumOperands;
        int count = includeResults ? numOperands + op.NumResults : numOperands;
        if (count == 0)
            return true;
        var first = TypeAt(op, 0, numOperands);
        for (int i = 1; i < count; i++)
            if (TypeAt(op, i, numOperands) != first)
                return false;
        return true;
    }

    private static bool SameElementTypes(Operation op)
    {
        int numOperands = op.NumOperands;
        int count = numOperands + op.NumResults;
        Type? first = null;
        for (int i = 0; i < count; i++)
        {
            var t = TypeAt(op, i, numOperands);
            var element = t is ShapedType s ? s.ElementType : t;
            first ??= element;
            if (element != first)
                return false;
        }
        return true;
    }

    /// <summary>MLIR's verifyCompatibleShapes: all scalars, or shaped with equal ranks and dims equal or dynamic.</summary>
    private static bool CompatibleShapes(Operation op)
    {
        ShapedType? ranked = null;
        bool anyShaped = false, anyScalar = false;
        int numOperands = op.NumOperands;
        int count = numOperands + op.NumResults;
        for (int i = 0; i < count; i++)
        {
            var t = TypeAt(op, i, numOperands);
            if (t is not ShapedType shaped)
            {
                anyScalar = true;
                continue;
            }
            anyShaped = true;
            if (!shaped.HasRank)
                continue;
            if (ranked == null)
            {
                ranked = shaped;
                continue;
            }
            if (ranked.Rank != shaped.Rank)
                return false;
            for (int d = 0; d < shaped.Rank; d++)
            {
                long a = ranked.Shape[d], b = shaped.Shape[d];
                if (a != b && a != ShapedType.Dynamic && b != ShapedType.Dynamic)
                    return false;
            }
        }
        return !(anyShaped && anyScalar);
    }
}
