using System;
using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// Applies patterns greedily until nothing changes (MLIR's <c>applyPatternsGreedily</c> and
/// <c>applyOpPatternsGreedily</c>). Each sweep over a region seeds the worklist with every nested op (pre-order for
/// top-down, post-order otherwise), uniquing and hoisting constants on the way; processes the worklist (erase
/// trivially dead ops, fold, apply patterns by benefit; changed ops, their users and their operands' producers
/// come back); then simplifies the region (unreachable blocks, dead code and block arguments, and in aggressive
/// mode identical blocks). Sweeps repeat until one changes nothing, or <see cref="GreedyRewriteConfig.MaxIterations"/>.
/// </summary>
/// <remarks>Never recursive over the IR's nesting depth. Entry points return whether the rewrite converged (the
/// last sweep changed nothing): the canonicalizer's <c>test-convergence</c> reports an error when it did not.</remarks>
public static class GreedyPatternRewriteDriver
{
    /// <summary>Simplifies the ops nested in <paramref name="region"/> (not its parent op); returns whether it
    /// converged. <paramref name="changed"/>: whether the IR changed.</summary>
    public static bool ApplyPatternsGreedily(Region region, FrozenRewritePatternSet patterns, GreedyRewriteConfig? config, out bool changed)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(patterns);
        config ??= GreedyRewriteConfig.Default;
        var scope = config.Scope ?? region;
        var context = region.ParentOp?.Context ?? region.FirstBlock?.FirstOp?.Context;
        if (context == null)
        {
            changed = false;
            return true; // An empty detached region: nothing to do.
        }
        var driver = new GreedyDriver(context, patterns, config, scope);
        try
        {
            if (config.Strictness != GreedyRewriteStrictness.AnyOp)
                WalkRegion(region, driver.Allow);
            return Simplify(driver, context, region, config, out changed);
        }
        finally
        {
            driver.Release();
        }
    }

    /// <summary>As <see cref="ApplyPatternsGreedily(Region, FrozenRewritePatternSet, GreedyRewriteConfig?, out bool)"/>
    /// without reporting changes.</summary>
    public static bool ApplyPatternsGreedily(Region region, FrozenRewritePatternSet patterns, GreedyRewriteConfig? config = null) =>
        ApplyPatternsGreedily(region, patterns, config, out _);

    /// <summary>Simplifies each region of <paramref name="op"/> in turn (not the op itself); converged when every
    /// region did.</summary>
    public static bool ApplyPatternsGreedily(Operation op, FrozenRewritePatternSet patterns, GreedyRewriteConfig? config, out bool changed)
    {
        ArgumentNullException.ThrowIfNull(op);
        bool converged = true;
        changed = false;
        foreach (var region in op.RegionsSpan)
        {
            converged &= ApplyPatternsGreedily(region, patterns, config, out bool regionChanged);
            changed |= regionChanged;
        }
        return converged;
    }

    /// <summary>As <see cref="ApplyPatternsGreedily(Operation, FrozenRewritePatternSet, GreedyRewriteConfig?, out bool)"/>
    /// without reporting changes.</summary>
    public static bool ApplyPatternsGreedily(Operation op, FrozenRewritePatternSet patterns, GreedyRewriteConfig? config = null) =>
        ApplyPatternsGreedily(op, patterns, config, out _);

    /// <summary>
    /// Processes <paramref name="ops"/> and what rewriting them touches, once through the worklist: no constant
    /// uniquing, no region simplification. Converged when the worklist emptied (rather than hitting
    /// <see cref="GreedyRewriteConfig.MaxNumRewrites"/>); <paramref name="allErased"/> when none of the ops survived.
    /// </summary>
    public static bool ApplyOpPatternsGreedily(IReadOnlyList<Operation> ops, FrozenRewritePatternSet patterns, GreedyRewriteConfig? config,
        out bool changed, out bool allErased)
    {
        ArgumentNullException.ThrowIfNull(ops);
        ArgumentNullException.ThrowIfNull(patterns);
        config ??= GreedyRewriteConfig.Default;
        changed = false;
        allErased = true;
        if (ops.Count == 0)
            return true;
        var scope = config.Scope ?? CommonAncestor(ops);
        var driver = new GreedyDriver(ops[0].Context, patterns, config, scope);
        try
        {
            var surviving = new HashSet<Operation>(ReferenceEqualityComparer.Instance);
            driver.Surviving = surviving;
            foreach (var op in ops)
            {
                driver.Allow(op);
                surviving.Add(op);
            }
            foreach (var op in ops)
                driver.AddSingleOpToWorklist(op);
            changed = driver.ProcessWorklist();
            allErased = surviving.Count == 0;
            return driver.Worklist.IsEmpty;
        }
        finally
        {
            driver.Release();
        }
    }

    /// <summary>As above, without the out parameters.</summary>
    public static bool ApplyOpPatternsGreedily(IReadOnlyList<Operation> ops, FrozenRewritePatternSet patterns, GreedyRewriteConfig? config = null) =>
        ApplyOpPatternsGreedily(ops, patterns, config, out _, out _);

    private static bool Simplify(GreedyDriver driver, Context context, Region region, GreedyRewriteConfig config, out bool changed)
    {
        bool continueRewrites = false;
        long iteration = 0;
        var seed = driver.Scratch.SeedList;
        var folder = config.EnableConstantCSE ? driver.Scratch.RentFolder(context, driver) : null;
        do
        {
            if (++iteration > config.MaxIterations && config.MaxIterations != GreedyRewriteConfig.NoLimit)
                break;
            var worklist = driver.Worklist;
            worklist.Clear();
            // Constants are uniqued and hoisted while seeding; what the folder knows holds for one sweep.
            folder?.Clear();
            if (config.UseTopDownTraversal)
                SeedPreOrder(region, driver, folder, ReferenceEquals(config.Scope ?? region, region));
            else
                SeedPostOrder(region, driver, folder, seed);
            // Unreachable blocks may hold code patterns must not see (%x = arith.addi %x, %x). After the first sweep,
            // the previous sweep's region simplification erased them and nothing has run since.
            bool simplifiedLastSweep = iteration > 1 && config.RegionSimplification != GreedySimplifyRegionLevel.Disabled;
            continueRewrites = !simplifiedLastSweep && RegionSimplification.EraseUnreachableBlocks(driver.Rewriter, region);
            continueRewrites |= driver.ProcessWorklist();
            if (config.RegionSimplification != GreedySimplifyRegionLevel.Disabled)
                continueRewrites |= RegionSimplification.SimplifyRegions(driver.Rewriter, region,
                    mergeBlocks: config.RegionSimplification == GreedySimplifyRegionLevel.Aggressive);
        }
        while (continueRewrites);
        changed = iteration > 1;
        return !continueRewrites;
    }

    /// <summary>True when <paramref name="op"/> is a constant the folder replaced by an existing one (and erased).</summary>
    private static bool ReplacedByKnownConstant(Operation op, OperationFolder? folder) =>
        folder != null && op.HasTrait(OpTraits.ConstantLike) && op.NumResults == 1
        && Operation.GetConstantValue(op.GetResult(0)) is { } value && !folder.InsertKnownConstant(op, value);

    /// <summary>
    /// Queues the ops nested in <paramref name="region"/> in pre-order, to pop in that order (MLIR pushes them and
    /// reverses the stack; <see cref="Worklist.MarkSeeded"/> does the same without a second pass). The walk needs no
    /// stack: the op after each is found from the links, before the op is looked at, so uniquing may erase it or
    /// move it to the front of an entry block already walked.
    /// </summary>
    private static void SeedPreOrder(Region region, GreedyDriver driver, OperationFolder? folder, bool regionIsScope)
    {
        for (var op = FirstOp(region); op != null;)
        {
            var after = NextAfterSubtree(op, region);
            if (ReplacedByKnownConstant(op, folder))
            {
                op = after; // Erased: skip its (nonexistent) regions.
                continue;
            }
            if (regionIsScope)
                driver.AddSingleOpToWorklist(op); // Its ancestors up to the scope are queued before it.
            else
                driver.AddToWorklist(op, seeding: true); // Queues the ancestors up to the scope as well.
            op = FirstNestedOp(op) ?? after;
        }
        driver.Worklist.MarkSeeded();
    }

    /// <summary>The first op of <paramref name="region"/>'s first block that has any; null when it has none.</summary>
    private static Operation? FirstOp(Region region)
    {
        for (var b = region.FirstBlock; b != null; b = b.NextBlock)
            if (b.FirstOp is { } first)
                return first;
        return null;
    }

    /// <summary>The first op nested in <paramref name="op"/>'s regions, in order; null when they hold none.</summary>
    private static Operation? FirstNestedOp(Operation op)
    {
        foreach (var nested in op.RegionsSpan)
            if (FirstOp(nested) is { } first)
                return first;
        return null;
    }

    /// <summary>The op that follows <paramref name="op"/>'s subtree in a pre-order walk of <paramref name="root"/>:
    /// its next sibling, else the first op of a later block or region, climbing out of regions up to the root.</summary>
    private static Operation? NextAfterSubtree(Operation op, Region root)
    {
        for (var current = op; ;)
        {
            if (current.NextOp is { } next)
                return next;
            var block = current.Block!;
            for (var b = block.NextBlock; b != null; b = b.NextBlock)
                if (b.FirstOp is { } first)
                    return first;
            var region = block.Parent!;
            if (ReferenceEquals(region, root) || region.ParentOp is not { } parent)
                return null;
            var siblings = parent.RegionsSpan;
            int index = siblings.IndexOf(region);
            for (int i = index + 1; i < siblings.Length; i++)
                if (FirstOp(siblings[i]) is { } first)
                    return first;
            current = parent;
        }
    }

    /// <summary>Post-order over the ops nested in <paramref name="region"/> (children before their parent).</summary>
    private static void SeedPostOrder(Region region, GreedyDriver driver, OperationFolder? folder, OperationBuffer order)
    {
        order.Clear();
        // Collected first: uniquing a constant moves it to the front of an already visited entry block, which the
        // walk must not visit again; erased constants are skipped when met.
        for (var b = region.FirstBlock; b != null; b = b.NextBlock)
            for (var op = b.FirstOp; op != null; op = op.NextOp)
                op.Walk(order.Add);
        var erased = folder != null ? new HashSet<Operation>(ReferenceEqualityComparer.Instance) : null;
        for (int i = 0; i < order.Count; i++)
        {
            var op = order[i]!;
            if (erased != null && erased.Contains(op))
                continue;
            if (ReplacedByKnownConstant(op, folder))
            {
                erased!.Add(op);
                continue;
            }
            driver.AddToWorklist(op, seeding: true);
        }
    }

    private static void WalkRegion(Region region, Action<Operation> visit)
    {
        for (var b = region.FirstBlock; b != null; b = b.NextBlock)
            for (var op = b.FirstOp; op != null; op = op.NextOp)
                op.Walk(visit);
    }

    /// <summary>The closest region holding all of <paramref name="ops"/>; null when one is top-level.</summary>
    private static Region? CommonAncestor(IReadOnlyList<Operation> ops)
    {
        var region = ops[0].ParentRegion;
        for (int i = 1; i < ops.Count && region != null; i++)
        {
            while (region != null && !Contains(region, ops[i]))
                region = region.ParentOp?.ParentRegion;
        }
        return region;
    }

    private static bool Contains(Region region, Operation op)
    {
        for (var r = op.ParentRegion; r != null; r = r.ParentOp?.ParentRegion)
            if (ReferenceEquals(r, region))
                return true;
        return false;
    }
}
