using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Arith;

/// <summary>
/// Verification steps several arith ops share, with MLIR's wording; each returns false after reporting. They run from
/// the ops' hand-written verifiers, so after Core's structural trait checks: an ODS predicate among them
/// (<c>SameInputOutputTensorDims</c>) is reported after a failing shape trait, where mlir-opt-22 reports it first.
/// </summary>
internal static class ArithVerify
{
    /// <summary>
    /// The checks of a one-operand cast op (<c>Arith_CastOp</c>) after its <c>SameOperandsAndResultShape</c> trait
    /// (which Core verifies): the <c>SameInputOutputTensorDims</c> predicate, then the cast interface's
    /// <paramref name="compatible"/> rule.
    /// </summary>
    public static bool Cast(Operation op, Type input, Type output, bool compatible)
    {
        if (!ArithTypes.SameTensorDims(input, output))
            return op.EmitOpError("failed to verify that input and output have the same tensor dimensions");
        if (!compatible)
            return op.EmitOpError($"operand type '{input}' and result type '{output}' are cast incompatible");
        return true;
    }

    /// <summary>
    /// Whether <paramref name="input"/> and <paramref name="output"/> are both integer-like (or both float-like) and
    /// the output's element is strictly wider (<paramref name="widen"/>) or narrower than the input's (MLIR's
    /// <c>checkWidthChangeCast</c>).
    /// </summary>
    public static bool WidthChangeCompatible(Type input, Type output, bool isFloat, bool widen)
    {
        if (!ArithTypes.ValidCastPair(input, output))
            return false;
        // Static lambdas: no closure per verified op.
        var src = ArithTypes.UnderlyingType(input, false, isFloat ? static t => t is FloatType : static t => t is IntegerType);
        var dst = ArithTypes.UnderlyingType(output, false, isFloat ? static t => t is FloatType : static t => t is IntegerType);
        if (src == null || dst == null)
            return false;
        int s = ArithTypes.IntOrFloatWidth(src), d = ArithTypes.IntOrFloatWidth(dst);
        return widen ? d > s : d < s;
    }

    /// <summary>
    /// MLIR's <c>Elementwise</c> trait: if any operand or result is a vector or tensor, results and operands must
    /// agree on being non-scalar, and all non-scalar ones must share their kind and a compatible shape.
    /// </summary>
    public static bool Elementwise(Operation op)
    {
        // The common all-scalar case decides without allocating.
        bool anyShaped = false;
        for (int i = 0; i < op.NumOperands && !anyShaped; i++)
            anyShaped = ArithTypes.IsVectorOrTensor(op.GetOperand(i).Type);
        for (int i = 0; i < op.NumResults && !anyShaped; i++)
            anyShaped = ArithTypes.IsVectorOrTensor(op.GetResult(i).Type);
        if (!anyShaped)
            return true;
        var mappable = new List<Type>(op.NumOperands + op.NumResults);
        int operands = 0, results = 0;
        for (int i = 0; i < op.NumOperands; i++)
            if (ArithTypes.IsVectorOrTensor(op.GetOperand(i).Type))
            {
                mappable.Add(op.GetOperand(i).Type);
                operands++;
            }
        for (int i = 0; i < op.NumResults; i++)
            if (ArithTypes.IsVectorOrTensor(op.GetResult(i).Type))
            {
                mappable.Add(op.GetResult(i).Type);
                results++;
            }
        if (operands == 0 && results == 0)
            return true;
        if (operands == 0)
            return op.EmitOpError("if a result is non-scalar, then at least one operand must be non-scalar");
        if (results == 0)
            return op.EmitOpError("if an operand is non-scalar, then there must be at least one non-scalar result");
        if (results != op.NumResults)
            return op.EmitOpError("if an operand is non-scalar, then all results must be non-scalar");
        // Scalable vectors mix with nothing else.
        bool scalable = false, fixedSize = false;
        foreach (var t in mappable)
        {
            if (t is VectorType { IsScalable: true })
                scalable = true;
            else
                fixedSize = true;
        }
        if (scalable && fixedSize)
            return op.EmitOpError("all non-scalar operands/results must have the same shape and base type");
        // Pairwise compatibility equals MLIR's all-at-once rule: per dimension, at most one distinct static size.
        var kind = mappable[0].GetType();
        for (int i = 0; i < mappable.Count; i++)
            for (int j = i + 1; j < mappable.Count; j++)
                if (mappable[i].GetType() != kind || mappable[j].GetType() != kind
                    || !ArithTypes.CompatibleShapes(mappable[i], mappable[j]))
                    return op.EmitOpError("all non-scalar operands/results must have the same shape and base type");
        return true;
    }
}
