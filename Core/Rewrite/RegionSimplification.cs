using System;
using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// Structural cleanups of regions (MLIR's <c>RegionUtils</c>): unreachable block elimination, dead code and dead
/// block argument elimination, identical block merging and redundant argument dropping. Each returns whether it
/// changed the IR; erasures go through the rewriter, so its listener hears about them. All are iterative over
/// nesting depth.
/// </summary>
public static partial class RegionSimplification
{
    /// <summary>
    /// Erases unreachable blocks, then dead ops and block arguments (<see cref="RunRegionDce(RewriterBase, IReadOnlyList{Region})"/>);
    /// with <paramref name="mergeBlocks"/> also merges identical blocks and drops block arguments that always
    /// receive the same value (MLIR's <c>simplifyRegions</c>).
    /// </summary>
    public static bool SimplifyRegions(RewriterBase rewriter, IReadOnlyList<Region> regions, bool mergeBlocks = false)
    {
        ArgumentNullException.ThrowIfNull(rewriter);
        // Unreachable blocks go first, found on region DCE's own walk over the reachable ones.
        bool erasedDead = RunRegionDce(rewriter, regions, eraseUnreachable: true);
        bool merged = false, dropped = false;
        if (mergeBlocks)
        {
            merged = MergeIdenticalBlocks(rewriter, regions);
            dropped = DropRedundantArguments(rewriter, regions);
        }
        return erasedDead || merged || dropped;
    }

    /// <summary>See <see cref="SimplifyRegions(RewriterBase, IReadOnlyList{Region}, bool)"/>.</summary>
    public static bool SimplifyRegions(RewriterBase rewriter, Region region, bool mergeBlocks = false) =>
        SimplifyRegions(rewriter, [region], mergeBlocks);

    /// <summary>
    /// Erases the blocks of <paramref name="regions"/> and of every region nested in a reachable block that the entry
    /// block cannot reach (MLIR's <c>eraseUnreachableBlocks</c>). Unreachable blocks may hold code that is invalid
    /// elsewhere (<c>%x = arith.addi %x, %x</c>), so they are erased together, uses and all.
    /// </summary>
    public static bool EraseUnreachableBlocks(RewriterBase rewriter, IReadOnlyList<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(rewriter);
        bool erased = false;
        var reachable = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        var dead = new List<Block>();
        var worklist = new Stack<Region>();
        foreach (var region in regions)
            worklist.Push(region);
        while (worklist.Count > 0)
        {
            var region = worklist.Pop();
            if (region.FirstBlock is not { } entry)
                continue;
            if (entry.NextBlock == null)
            {
                PushNestedRegions(entry, worklist);
                continue;
            }
            reachable.Clear();
            BlockGraph.MarkReachable(entry, reachable);
            dead.Clear();
            for (var block = region.FirstBlock; block != null; block = block.NextBlock)
            {
                if (reachable.Contains(block))
                    PushNestedRegions(block, worklist);
                else
                    dead.Add(block);
            }
            if (dead.Count == 0)
                continue;
            // Edges from dead blocks into live ones go with their terminators; nothing live uses a dead value.
            rewriter.EraseBlocksUnchecked(dead);
            erased = true;
        }
        return erased;
    }

    /// <summary>See <see cref="EraseUnreachableBlocks(RewriterBase, IReadOnlyList{Region})"/>.</summary>
    public static bool EraseUnreachableBlocks(RewriterBase rewriter, Region region) => EraseUnreachableBlocks(rewriter, [region]);

    private static void PushNestedRegions(Block block, Stack<Region> worklist)
    {
        for (var op = block.FirstOp; op != null; op = op.NextOp)
            foreach (var nested in op.RegionsSpan)
                worklist.Push(nested);
    }
}
