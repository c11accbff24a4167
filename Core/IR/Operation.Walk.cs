using System;
using System.Collections.Generic;

namespace Dialectic.Core.IR;

public partial class Operation
{
    /// <summary>
    /// Visits this op and every op nested in it, iteratively (no recursion, so any nesting depth works).
    /// Pre-order honours <see cref="WalkResult.Skip"/>; <see cref="WalkResult.Interrupt"/> stops the walk and
    /// is returned.
    /// </summary>
    public WalkResult Walk(Func<Operation, WalkResult> callback, WalkOrder order = WalkOrder.PostOrder)
    {
        return order == WalkOrder.PreOrder ? WalkPreOrder(callback) : WalkPostOrder(callback);
    }

    /// <summary>Visits every nested op (post-order) without early exit.</summary>
    public void Walk(Action<Operation> callback, WalkOrder order = WalkOrder.PostOrder) =>
        Walk(op =>
        {
            callback(op);
            return WalkResult.Advance;
        }, order);

    private WalkResult WalkPreOrder(Func<Operation, WalkResult> callback)
    {
        var stack = new Stack<Operation>();
        stack.Push(this);
        var children = new List<Operation>();
        while (stack.Count > 0)
        {
            var op = stack.Pop();
            var r = callback(op);
            if (r == WalkResult.Interrupt)
                return r;
            if (r == WalkResult.Skip)
                continue;
            children.Clear();
            foreach (var region in op._regions)
                for (var b = region.FirstBlock; b != null; b = b.NextBlock)
                    for (var inner = b.FirstOp; inner != null; inner = inner.NextOp)
                        children.Add(inner);
            for (int i = children.Count - 1; i >= 0; i--)
                stack.Push(children[i]);
        }
        return WalkResult.Advance;
    }

    private WalkResult WalkPostOrder(Func<Operation, WalkResult> callback)
    {
        // Each frame: an op and the next nested op to descend into (null once all children are done).
        var stack = new Stack<(Operation Op, Operation? Next)>();
        stack.Push((this, FirstNested(this)));
        while (stack.Count > 0)
        {
            var (op, next) = stack.Pop();
            if (next == null)
            {
                var r = callback(op);
                if (r == WalkResult.Interrupt)
                    return r;
                continue;
            }
            stack.Push((op, NextNested(op, next)));
            stack.Push((next, FirstNested(next)));
        }
        return WalkResult.Advance;
    }

    /// <summary>The first op in the first non-empty block of <paramref name="op"/>'s regions.</summary>
    private static Operation? FirstNested(Operation op)
    {
        foreach (var region in op._regions)
            for (var b = region.FirstBlock; b != null; b = b.NextBlock)
                if (b.FirstOp != null)
                    return b.FirstOp;
        return null;
    }

    /// <summary>The op after <paramref name="current"/> among all ops directly nested in <paramref name="parent"/>.</summary>
    private static Operation? NextNested(Operation parent, Operation current)
    {
        if (current.NextOp != null)
            return current.NextOp;
        var block = current.Block!;
        for (var b = block.NextBlock; b != null; b = b.NextBlock)
            if (b.FirstOp != null)
                return b.FirstOp;
        var regions = parent._regions;
        int ri = Array.IndexOf(regions, block.Parent);
        for (int i = ri + 1; i < regions.Length; i++)
            for (var b = regions[i].FirstBlock; b != null; b = b.NextBlock)
                if (b.FirstOp != null)
                    return b.FirstOp;
        return null;
    }
}
