using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.MemRef;

/// <summary>Folds shared by the memref ops that read through a <c>memref.cast</c>.</summary>
internal static class MemRefFolding
{
    /// <summary>
    /// MLIR's <c>foldMemRefCast</c>: every operand (other than <paramref name="inner"/>) produced by a
    /// <c>memref.cast</c> of a ranked memref reads the cast's source instead. True when an operand changed.
    /// </summary>
    // op(memref.cast(x)) -> op(x)
    public static bool FoldMemRefCast(Operation op, Value? inner = null)
    {
        bool folded = false;
        for (int i = 0; i < op.NumOperands; i++)
        {
            var operand = op.GetOperand(i);
            if (operand.DefiningOp is CastOp cast && !ReferenceEquals(operand, inner)
                && cast.Source.Type is not UnrankedMemRefType)
            {
                op.SetOperand(i, cast.Source);
                folded = true;
            }
        }
        return folded;
    }
}
