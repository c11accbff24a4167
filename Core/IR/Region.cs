using System;
using System.Collections.Generic;

namespace Dialectic.Core.IR;

/// <summary>An intrusive list of blocks owned by an operation.</summary>
public sealed class Region
{
    internal Region(Operation? parent) => ParentOp = parent;

    /// <summary>A detached region (for building bodies before creating their op).</summary>
    public Region() { }

    public Operation? ParentOp { get; internal set; }

    public Block? FirstBlock { get; private set; }
    public Block? LastBlock { get; private set; }

    public bool IsEmpty => FirstBlock == null;

    /// <summary>Index of this region in its parent op.</summary>
    public int RegionNumber
    {
        get
        {
            var regions = ParentOp!.Regions;
            for (int i = 0; i < regions.Count; i++)
                if (ReferenceEquals(regions[i], this))
                    return i;
            return -1;
        }
    }

    public IEnumerable<Block> Blocks
    {
        get
        {
            for (var b = FirstBlock; b != null;)
            {
                var next = b.NextBlock;
                yield return b;
                b = next;
            }
        }
    }

    /// <summary>True when the region holds exactly one block.</summary>
    public bool HasOneBlock => FirstBlock != null && FirstBlock.NextBlock == null;

    public int BlockCount
    {
        get
        {
            int n = 0;
            for (var b = FirstBlock; b != null; b = b.NextBlock)
                n++;
            return n;
        }
    }

    public void Append(Block block) => InsertBefore(null, block);

    /// <summary>Inserts detached <paramref name="block"/> before <paramref name="before"/> (null: at the end).</summary>
    public void InsertBefore(Block? before, Block block)
    {
        if (block.Parent != null)
            throw new InvalidOperationException("block is already in a region");
        block.Parent = this;
        if (before == null)
        {
            block.PrevBlock = LastBlock;
            block.NextBlock = null;
            if (LastBlock != null)
                LastBlock.NextBlock = block;
            else
                FirstBlock = block;
            LastBlock = block;
            return;
        }
        block.NextBlock = before;
        block.PrevBlock = before.PrevBlock;
        if (before.PrevBlock != null)
            before.PrevBlock.NextBlock = block;
        else
            FirstBlock = block;
        before.PrevBlock = block;
    }

    /// <summary>Unlinks <paramref name="block"/> without destroying it.</summary>
    public void Remove(Block block)
    {
        if (!ReferenceEquals(block.Parent, this))
            throw new InvalidOperationException("block is not in this region");
        if (block.PrevBlock != null)
            block.PrevBlock.NextBlock = block.NextBlock;
        else
            FirstBlock = block.NextBlock;
        if (block.NextBlock != null)
            block.NextBlock.PrevBlock = block.PrevBlock;
        else
            LastBlock = block.PrevBlock;
        block.PrevBlock = block.NextBlock = null;
        block.Parent = null;
    }

    /// <summary>Moves all blocks of <paramref name="other"/> to the end of this region.</summary>
    public void TakeBody(Region other)
    {
        while (other.FirstBlock != null)
        {
            var b = other.FirstBlock;
            other.Remove(b);
            Append(b);
        }
    }

    /// <summary>True when <paramref name="other"/> is this region or nested in it. O(depth).</summary>
    public bool IsAncestorOf(Region other)
    {
        for (Region? r = other; r != null; r = r.ParentOp?.Block?.Parent)
            if (ReferenceEquals(r, this))
                return true;
        return false;
    }
}
