using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>Steps through the ops directly nested in an op (all regions, all blocks, in order) without recursion.</summary>
internal static class NestedOps
{
    /// <summary>The first op directly nested in <paramref name="op"/>, or null.</summary>
    public static Operation? First(Operation op)
    {
        foreach (var region in op.RegionsSpan)
            for (var b = region.FirstBlock; b != null; b = b.NextBlock)
                if (b.FirstOp != null)
                    return b.FirstOp;
        return null;
    }

    /// <summary>The op after <paramref name="current"/> among those directly nested in <paramref name="parent"/>.</summary>
    public static Operation? Next(Operation parent, Operation current)
    {
        if (current.NextOp != null)
            return current.NextOp;
        var block = current.Block!;
        for (var b = block.NextBlock; b != null; b = b.NextBlock)
            if (b.FirstOp != null)
                return b.FirstOp;
        var regions = parent.Regions;
        int index = -1;
        for (int i = 0; i < regions.Count; i++)
            if (ReferenceEquals(regions[i], block.Parent))
                index = i;
        for (int i = index + 1; i < regions.Count; i++)
            for (var b = regions[i].FirstBlock; b != null; b = b.NextBlock)
                if (b.FirstOp != null)
                    return b.FirstOp;
        return null;
    }
}
