using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// Canonicalizations of the allocating ops (<c>memref.alloc</c>, <c>memref.alloca</c>, <c>memref.realloc</c>):
/// MLIR's <c>SimplifyAllocConst</c> and <c>SimplifyDeadAlloc</c>.
/// </summary>
internal static class AllocPatterns
{
    /// <summary>
    /// alloc(%c4, %d) : memref&lt;?x?xf32&gt; -> cast(alloc(%d) : memref&lt;4x?xf32&gt;): every dynamic size given by a
    /// non-negative integer constant becomes static; a <c>memref.cast</c> keeps the old type for the users.
    /// </summary>
    public static bool SimplifyAllocConst(Operation alloc, MemRefType type, System.ReadOnlySpan<OpOperand> dynamicSizes,
        System.ReadOnlySpan<OpOperand> symbolOperands, IntegerAttr? alignment, PatternRewriter rewriter)
    {
        bool any = false;
        for (int i = 0; i < dynamicSizes.Length && !any; i++)
            any = ConstantSize(dynamicSizes[i].Value) != null;
        if (!any)
            return false;

        var shape = new long[type.Rank];
        var newSizes = new List<Value>(dynamicSizes.Length);
        int dynamicPos = 0;
        for (int dim = 0; dim < shape.Length; dim++)
        {
            long size = type.Shape[dim];
            if (size != ShapedType.Dynamic)
            {
                shape[dim] = size;
                continue;
            }
            // Verified IR has one size operand per dynamic dimension; stop rather than crash on anything else.
            if (dynamicPos >= dynamicSizes.Length)
                return false;
            var operand = dynamicSizes[dynamicPos++].Value;
            if (ConstantSize(operand) is { } constant)
                shape[dim] = constant;
            else
            {
                shape[dim] = ShapedType.Dynamic;
                newSizes.Add(operand);
            }
        }
        var newType = MemRefType.Get(shape, type.ElementType, type.Layout, type.MemorySpace);
        var symbols = new Value[symbolOperands.Length];
        for (int i = 0; i < symbols.Length; i++)
            symbols[i] = symbolOperands[i].Value;
        Operation newAlloc = alloc is AllocaOp
            ? AllocaOp.Create(rewriter, alloc.Location, newType, newSizes.ToArray(), symbols, alignment)
            : AllocOp.Create(rewriter, alloc.Location, newType, newSizes.ToArray(), symbols, alignment);
        var cast = CastOp.Create(rewriter, alloc.Location, type, newAlloc.GetResult(0));
        rewriter.ReplaceOp(alloc, cast);
        return true;
    }

    // A non-negative integer constant (MLIR's m_ConstantInt with isNonNegative).
    private static long? ConstantSize(Value value) =>
        Operation.GetConstantValue(value) is IntegerAttr { Type: IntegerType or IndexType } attr
            && attr.SignedValue >= 0 && attr.SignedValue <= long.MaxValue
            ? (long)attr.SignedValue
            : null;

    /// <summary>
    /// An allocation whose only users are <c>memref.dealloc</c>s and <c>memref.store</c>s into it is erased with
    /// them. A store of the allocated memref itself (as the stored value) keeps it alive.
    /// </summary>
    public static bool SimplifyDeadAlloc(Operation alloc, PatternRewriter rewriter)
    {
        var result = alloc.GetResult(0);
        for (var use = result.FirstUse; use != null; use = use.NextUse)
        {
            var user = use.Owner;
            if (user is StoreOp store ? ReferenceEquals(store.Value, result) : user is not DeallocOp)
                return false;
        }
        // Users are collected first: erasing edits the use list. A user may use the result more than once.
        var users = new List<Operation>();
        for (var use = result.FirstUse; use != null; use = use.NextUse)
            if (!users.Contains(use.Owner))
                users.Add(use.Owner);
        foreach (var user in users)
            rewriter.EraseOp(user);
        rewriter.EraseOp(alloc);
        return true;
    }
}
