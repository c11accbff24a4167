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
        var visitor = new FuncVisitor(callback);
        return order == WalkOrder.PreOrder ? WalkPreOrder(ref visitor) : WalkPostOrder(ref visitor);
    }

    /// <summary>Visits every nested op (post-order) without early exit.</summary>
    public void Walk(Action<Operation> callback, WalkOrder order = WalkOrder.PostOrder)
    {
        var visitor = new ActionVisitor(callback);
        if (order == WalkOrder.PreOrder)
            WalkPreOrder(ref visitor);
        else
            WalkPostOrder(ref visitor);
    }

    private interface IWalkVisitor
    {
        WalkResult Visit(Operation op);
    }

    private readonly struct FuncVisitor(Func<Operation, WalkResult> callback) : IWalkVisitor
    {
        public WalkResult Visit(Operation op) => callback(op);
    }

    private readonly struct ActionVisitor(Action<Operation> callback) : IWalkVisitor
    {
        public WalkResult Visit(Operation op)
        {
            callback(op);
            return WalkResult.Advance;
        }
    }

    // One spare stack per thread for each order; a walk started inside a walk's callback finds it taken and
    // allocates its own. Returned empty, so no op is kept alive.
    [ThreadStatic] private static Stack<Operation>? t_preOrderStack;
    [ThreadStatic] private static Stack<(Operation Op, Operation? Next)>? t_postOrderStack;

    private WalkResult WalkPreOrder<TVisitor>(ref TVisitor visitor) where TVisitor : struct, IWalkVisitor
    {
        if (FirstNested(this) == null)
            return visitor.Visit(this) == WalkResult.Interrupt ? WalkResult.Interrupt : WalkResult.Advance;
        var stack = t_preOrderStack ?? new Stack<Operation>();
        t_preOrderStack = null;
        try
        {
            stack.Push(this);
            while (stack.Count > 0)
            {
                var op = stack.Pop();
                var r = visitor.Visit(op);
                if (r == WalkResult.Interrupt)
                    return r;
                if (r == WalkResult.Skip)
                    continue;
                // Children pushed last to first so the first pops first: regions and blocks walked backwards.
                var regions = op._regions;
                for (int ri = regions.Length - 1; ri >= 0; ri--)
                    for (var b = regions[ri].LastBlock; b != null; b = b.PrevBlock)
                        for (var inner = b.LastOp; inner != null; inner = inner.PrevOp)
                            stack.Push(inner);
            }
            return WalkResult.Advance;
        }
        finally
        {
            stack.Clear();
            t_preOrderStack = stack;
        }
    }

    private WalkResult WalkPostOrder<TVisitor>(ref TVisitor visitor) where TVisitor : struct, IWalkVisitor
    {
        var firstNested = FirstNested(this);
        if (firstNested == null)
            return visitor.Visit(this) == WalkResult.Interrupt ? WalkResult.Interrupt : WalkResult.Advance;
        // Each frame: an op and the next nested op to descend into (null once all children are done).
        var stack = t_postOrderStack ?? new Stack<(Operation Op, Operation? Next)>();
        t_postOrderStack = null;
        try
        {
            stack.Push((this, firstNested));
            while (stack.Count > 0)
            {
                var (op, next) = stack.Pop();
                if (next == null)
                {
                    var r = visitor.Visit(op);
                    if (r == WalkResult.Interrupt)
                        return r;
                    continue;
                }
                stack.Push((op, NextNested(op, next)));
                stack.Push((next, FirstNested(next)));
            }
            return WalkResult.Advance;
        }
        finally
        {
            stack.Clear();
            t_postOrderStack = stack;
        }
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
