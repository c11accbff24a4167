using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Rewrite;

public abstract partial class RewriterBase
{
    // ---- creating ----

    /// <summary>
    /// Creates a block with arguments of <paramref name="argTypes"/> (at <paramref name="argLocations"/>, or unknown
    /// locations) in <paramref name="region"/> before <paramref name="before"/> (null: at the end), notifies the
    /// listener and moves the insertion point to its end.
    /// </summary>
    public Block CreateBlock(Region region, Block? before, IReadOnlyList<Type>? argTypes = null, IReadOnlyList<LocationAttr>? argLocations = null)
    {
        var block = new Block();
        if (argTypes != null)
            for (int i = 0; i < argTypes.Count; i++)
                block.AddArgument(argTypes[i], argLocations != null && i < argLocations.Count ? argLocations[i] : Context.UnknownLoc);
        region.InsertBefore(before, block);
        SetInsertionPointToEnd(block);
        Listener?.NotifyBlockInserted(block, null, null);
        return block;
    }

    /// <summary>Clones <paramref name="op"/> (regions included, operands remapped through <paramref name="mapping"/>)
    /// at the insertion point; the listener hears about the clone and then each op nested in it.</summary>
    public Operation Clone(Operation op, IRMapping? mapping = null)
    {
        var copy = Insert(op.Clone(mapping));
        if (Listener is { } listener && copy.NumRegions > 0 && InsertionBlock != null)
            copy.Walk(nested =>
            {
                if (!ReferenceEquals(nested, copy))
                    listener.NotifyOperationInserted(nested, null, null);
            }, WalkOrder.PreOrder);
        return copy;
    }

    // ---- moving ops ----

    /// <summary>Moves <paramref name="op"/> right before <paramref name="existing"/>.</summary>
    public void MoveOpBefore(Operation op, Operation existing) => MoveOpBefore(op, existing.Block!, existing);

    /// <summary>Moves <paramref name="op"/> into <paramref name="block"/> before <paramref name="before"/> (null:
    /// at the end) and notifies it as inserted, with where it came from.</summary>
    public void MoveOpBefore(Operation op, Block block, Operation? before)
    {
        if (ReferenceEquals(op, before))
            return;
        var previousBlock = op.Block;
        var previousNext = op.NextOp;
        op.Remove();
        block.InsertBefore(before, op);
        Listener?.NotifyOperationInserted(op, previousBlock, previousNext);
    }

    /// <summary>Moves <paramref name="op"/> right after <paramref name="existing"/>.</summary>
    public void MoveOpAfter(Operation op, Operation existing)
    {
        if (ReferenceEquals(op, existing))
            return;
        MoveOpBefore(op, existing.Block!, ReferenceEquals(existing.NextOp, op) ? op.NextOp : existing.NextOp);
    }

    // ---- moving blocks ----

    /// <summary>Moves <paramref name="block"/> right before <paramref name="existing"/>.</summary>
    public void MoveBlockBefore(Block block, Block existing) => MoveBlockBefore(block, existing.Parent!, existing);

    /// <summary>Moves <paramref name="block"/> into <paramref name="region"/> before <paramref name="before"/>
    /// (null: at the end) and notifies it as inserted, with where it came from.</summary>
    public void MoveBlockBefore(Block block, Region region, Block? before)
    {
        if (ReferenceEquals(block, before))
            return;
        var previousRegion = block.Parent;
        var previousNext = block.NextBlock;
        previousRegion?.Remove(block);
        region.InsertBefore(before, block);
        Listener?.NotifyBlockInserted(block, previousRegion, previousNext);
    }

    /// <summary>Moves every block of <paramref name="region"/> into <paramref name="parent"/> before
    /// <paramref name="before"/> (null: at the end), keeping their order.</summary>
    public void InlineRegionBefore(Region region, Region parent, Block? before)
    {
        if (ReferenceEquals(region, parent))
            return;
        while (region.FirstBlock is { } block)
            MoveBlockBefore(block, parent, before);
    }

    /// <summary>Moves every block of <paramref name="region"/> before <paramref name="before"/>, in its region.</summary>
    public void InlineRegionBefore(Region region, Block before) => InlineRegionBefore(region, before.Parent!, before);

    // ---- splitting and merging ----

    /// <summary>
    /// Splits <paramref name="block"/> before <paramref name="before"/> (null: at the end, giving an empty block):
    /// that op and the ones after it move, in order, to a new block right after <paramref name="block"/>, which is
    /// returned. The insertion point is unchanged.
    /// </summary>
    public Block SplitBlock(Block block, Operation? before)
    {
        if (before != null && !ReferenceEquals(before.Block, block))
            throw new ArgumentException("the split point is not in the block", nameof(before));
        var savedBlock = InsertionBlock;
        var savedPoint = InsertionPoint;
        var newBlock = CreateBlock(block.Parent!, block.NextBlock);
        if (Listener == null)
        {
            for (var op = before; op != null;)
            {
                var next = op.NextOp;
                op.Remove();
                newBlock.Append(op);
                op = next;
            }
        }
        else if (before != null)
        {
            // As MLIR: move from the back, one op at a time, until the split point has moved.
            while (!ReferenceEquals(before.Block, newBlock))
                MoveOpBefore(block.LastOp!, newBlock, newBlock.FirstOp);
        }
        Restore(savedBlock, savedPoint);
        return newBlock;
    }

    /// <summary>
    /// Moves the ops of <paramref name="source"/>, which must have no predecessors, into <paramref name="dest"/>
    /// before <paramref name="before"/> (null: at the end), replacing its arguments by <paramref name="argValues"/>,
    /// then erases it. An insertion point inside <paramref name="source"/> follows the ops.
    /// </summary>
    public void InlineBlockBefore(Block source, Block dest, Operation? before, IReadOnlyList<Value>? argValues = null)
    {
        int given = argValues?.Count ?? 0;
        if (given != source.NumArguments)
            throw new ArgumentException($"{given} values for the {source.NumArguments} arguments of the inlined block", nameof(argValues));
        if (!source.HasNoPredecessors)
            throw new InvalidOperationException("inlining a block that still has predecessors");
        if (before != null && !ReferenceEquals(before.Block, dest))
            throw new ArgumentException("the insertion point is not in the destination block", nameof(before));
        for (int i = 0; i < given; i++)
            ReplaceAllUsesWith(source.GetArgument(i), argValues![i]);
        bool insertionInSource = ReferenceEquals(InsertionBlock, source);
        var point = InsertionPoint;
        while (source.FirstOp is { } op)
        {
            if (Listener == null)
            {
                op.Remove();
                dest.InsertBefore(before, op);
            }
            else
                MoveOpBefore(op, dest, before);
        }
        if (insertionInSource)
            Restore(dest, point ?? before);
        EraseBlock(source);
    }

    /// <summary>Inlines <paramref name="source"/> right before <paramref name="op"/>.</summary>
    public void InlineBlockBefore(Block source, Operation op, IReadOnlyList<Value>? argValues = null) =>
        InlineBlockBefore(source, op.Block!, op, argValues);

    /// <summary>Appends the ops of <paramref name="source"/> to <paramref name="dest"/> (see
    /// <see cref="InlineBlockBefore(Block, Block, Operation?, IReadOnlyList{Value}?)"/>).</summary>
    public void MergeBlocks(Block source, Block dest, IReadOnlyList<Value>? argValues = null) =>
        InlineBlockBefore(source, dest, null, argValues);

    private void Restore(Block? block, Operation? point)
    {
        if (block == null)
            ClearInsertionPoint();
        else if (point != null && ReferenceEquals(point.Block, block))
            SetInsertionPoint(point);
        else
            SetInsertionPointToEnd(block);
    }
}
