using System;
using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

public static partial class RegionSimplification
{
    /// <summary>
    /// Merges identical blocks (MLIR's <c>mergeIdenticalBlocks</c>): non-entry blocks with the same successors whose
    /// ops match one for one, values defined inside used in the same positions, and whose values are not used
    /// outside. Operands defined outside that differ become new arguments of the kept block, passed by every
    /// predecessor (which must all be branch ops declaring their successor operands). Blocks holding ops with
    /// regions are left alone. Repeats on a region until nothing merges.
    /// </summary>
    public static bool MergeIdenticalBlocks(RewriterBase rewriter, IReadOnlyList<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(rewriter);
        var worklist = new List<Region>();
        var queued = new HashSet<Region>(ReferenceEqualityComparer.Instance);
        foreach (var region in regions)
            if (queued.Add(region))
                worklist.Add(region);
        bool changed = false;
        while (worklist.Count > 0)
        {
            var region = worklist[^1];
            worklist.RemoveAt(worklist.Count - 1);
            queued.Remove(region);
            if (MergeIdenticalBlocksIn(rewriter, region))
            {
                if (queued.Add(region))
                    worklist.Add(region);
                changed = true;
            }
            for (var block = region.FirstBlock; block != null; block = block.NextBlock)
                for (var op = block.FirstOp; op != null; op = op.NextOp)
                    foreach (var nested in op.Regions)
                        if (queued.Add(nested))
                            worklist.Add(nested);
        }
        return changed;
    }

    private static bool MergeIdenticalBlocksIn(RewriterBase rewriter, Region region)
    {
        if (region.FirstBlock is not { NextBlock: not null } entry)
            return false;
        // Group the non-entry blocks by their successor lists (in first-seen order, for determinism).
        var groups = new List<List<Block>>();
        var keys = new List<Block>();
        for (var block = entry.NextBlock; block != null; block = block.NextBlock)
        {
            int found = -1;
            for (int g = 0; g < keys.Count && found < 0; g++)
                if (SameSuccessors(keys[g], block))
                    found = g;
            if (found < 0)
            {
                keys.Add(block);
                groups.Add(new List<Block> { block });
            }
            else
                groups[found].Add(block);
        }
        bool merged = false;
        foreach (var blocks in groups)
        {
            if (blocks.Count == 1)
                continue;
            var clusters = new List<BlockMergeCluster>();
            foreach (var block in blocks)
            {
                if (HasNonEmptyRegion(block) || ArgumentUsedOutside(block))
                    continue;
                var data = new BlockEquivalenceData(block);
                bool added = false;
                foreach (var cluster in clusters)
                    if (added = cluster.TryAdd(data))
                        break;
                if (!added)
                    clusters.Add(new BlockMergeCluster(data));
            }
            foreach (var cluster in clusters)
                merged |= cluster.Merge(rewriter);
        }
        return merged;
    }

    private static bool SameSuccessors(Block a, Block b)
    {
        var sa = a.Successors;
        var sb = b.Successors;
        if (sa.Count != sb.Count)
            return false;
        for (int i = 0; i < sa.Count; i++)
            if (!ReferenceEquals(sa[i].Target, sb[i].Target))
                return false;
        return true;
    }

    private static bool HasNonEmptyRegion(Block block)
    {
        for (var op = block.FirstOp; op != null; op = op.NextOp)
            foreach (var region in op.Regions)
                if (!region.IsEmpty)
                    return true;
        return false;
    }

    private static bool ArgumentUsedOutside(Block block)
    {
        foreach (var arg in block.Arguments)
            if (IsUsedOutsideOfBlock(arg, block))
                return true;
        return false;
    }

    /// <summary>True when a user of <paramref name="value"/> is not directly in <paramref name="block"/> (a use
    /// in a nested region counts as outside, as in MLIR).</summary>
    private static bool IsUsedOutsideOfBlock(Value value, Block block)
    {
        for (var use = value.FirstUse; use != null; use = use.NextUse)
            if (!ReferenceEquals(use.Owner.Block, block))
                return true;
        return false;
    }

    private static bool IsUsedOutsideOfBlock(Operation op, Block block)
    {
        foreach (var result in op.Results)
            if (IsUsedOutsideOfBlock(result, block))
                return true;
        return false;
    }

    /// <summary>What block merging compares: a hash of the ops, and each value's position among the values the
    /// block defines (arguments first, then results in order).</summary>
    private sealed class BlockEquivalenceData
    {
        private readonly Dictionary<Operation, int> _orderIndex = new(ReferenceEqualityComparer.Instance);

        public BlockEquivalenceData(Block block)
        {
            Block = block;
            int order = block.NumArguments;
            var hash = new HashCode();
            for (var op = block.FirstOp; op != null; op = op.NextOp)
            {
                if (op.NumResults > 0)
                {
                    _orderIndex.Add(op, order);
                    order += op.NumResults;
                }
                hash.Add(OperationEquivalence.ComputeHash(op));
            }
            Hash = hash.ToHashCode();
        }

        public Block Block { get; }
        public int Hash { get; }

        public int OrderOf(Value value) => value is BlockArgument arg
            ? arg.ArgNumber
            : _orderIndex[((OpResult)value).Owner] + ((OpResult)value).ResultNumber;
    }

    /// <summary>A leader block and the blocks found identical to it.</summary>
    private sealed class BlockMergeCluster
    {
        private readonly BlockEquivalenceData _leader;
        private readonly List<Block> _blocks = new();
        // (op index, operand index) pairs whose operands differ and become new arguments; sorted, unique.
        private readonly SortedSet<(int Op, int Operand)> _operandsToMerge = new();

        public BlockMergeCluster(BlockEquivalenceData leader) => _leader = leader;

        public bool TryAdd(BlockEquivalenceData data)
        {
            if (_leader.Hash != data.Hash)
                return false;
            var leaderBlock = _leader.Block;
            var mergeBlock = data.Block;
            if (leaderBlock.NumArguments != mergeBlock.NumArguments)
                return false;
            for (int i = 0; i < leaderBlock.NumArguments; i++)
                if (!ReferenceEquals(leaderBlock.GetArgument(i).Type, mergeBlock.GetArgument(i).Type))
                    return false;
            var mismatched = new List<(int, int)>();
            var lhs = leaderBlock.FirstOp;
            var rhs = mergeBlock.FirstOp;
            for (int opIndex = 0; lhs != null && rhs != null; lhs = lhs.NextOp, rhs = rhs.NextOp, opIndex++)
            {
                if (!OperationEquivalence.IsEquivalentIgnoringOperands(lhs, rhs))
                    return false;
                for (int i = 0; i < lhs.NumOperands; i++)
                {
                    var l = lhs.GetOperand(i);
                    var r = rhs.GetOperand(i);
                    if (ReferenceEquals(l, r))
                        continue;
                    bool lInside = ReferenceEquals(l.ParentBlock, leaderBlock);
                    bool rInside = ReferenceEquals(r.ParentBlock, mergeBlock);
                    if (lInside != rInside)
                        return false;
                    if (!lInside)
                    {
                        // A value made by a predecessor's terminator cannot be passed by that terminator.
                        if (!IsValidSuccessorArgument(leaderBlock, l) || !IsValidSuccessorArgument(mergeBlock, r))
                            return false;
                        mismatched.Add((opIndex, i));
                        continue;
                    }
                    if (_leader.OrderOf(l) != data.OrderOf(r))
                        return false;
                }
                // A value used outside would take either block's version after merging.
                if (IsUsedOutsideOfBlock(rhs, mergeBlock) || IsUsedOutsideOfBlock(lhs, leaderBlock))
                    return false;
            }
            if (lhs != null || rhs != null)
                return false;
            foreach (var m in mismatched)
                _operandsToMerge.Add(m);
            if (!_blocks.Contains(mergeBlock))
                _blocks.Add(mergeBlock);
            return true;
        }

        private static bool IsValidSuccessorArgument(Block block, Value operand)
        {
            var parent = operand.ParentBlock;
            if (parent == null || !ReferenceEquals(operand.DefiningOp, parent.LastOp))
                return true;
            foreach (var pred in block.Predecessors)
                if (ReferenceEquals(pred, parent))
                    return false;
            return true;
        }

        private static bool PredecessorsAreBranches(Block block)
        {
            for (var use = block.FirstUse; use != null; use = use.NextUse)
                if (!BranchOps.IsBranchOp(use.Owner))
                    return false;
            return true;
        }

        public bool Merge(RewriterBase rewriter)
        {
            if (_blocks.Count == 0)
                return false;
            var leaderBlock = _leader.Block;
            if (_operandsToMerge.Count > 0)
            {
                if (!PredecessorsAreBranches(leaderBlock))
                    return false;
                foreach (var block in _blocks)
                    if (!PredecessorsAreBranches(block))
                        return false;
                // newArguments[k][j]: what block k (0: the leader) used for mismatched operand j.
                var newArguments = new List<Value>[_blocks.Count + 1];
                for (int k = 0; k < newArguments.Length; k++)
                    newArguments[k] = new List<Value>(_operandsToMerge.Count);
                var cursors = new Operation?[_blocks.Count + 1];
                cursors[0] = leaderBlock.FirstOp;
                for (int k = 0; k < _blocks.Count; k++)
                    cursors[k + 1] = _blocks[k].FirstOp;
                int numOldArguments = leaderBlock.NumArguments;
                int current = 0;
                foreach (var (opIndex, operandIndex) in _operandsToMerge)
                {
                    int advance = opIndex - current;
                    current = opIndex;
                    for (int k = 0; k < cursors.Length; k++)
                    {
                        for (int s = 0; s < advance; s++)
                            cursors[k] = cursors[k]!.NextOp;
                        var op = cursors[k]!;
                        var value = op.GetOperand(operandIndex);
                        newArguments[k].Add(value);
                        if (k == 0)
                            op.SetOperand(operandIndex, leaderBlock.AddArgument(value.Type, value.Location));
                    }
                }
                PruneRedundantArguments(newArguments, rewriter, numOldArguments, leaderBlock);
                UpdatePredecessors(leaderBlock, newArguments[0]);
                for (int k = 0; k < _blocks.Count; k++)
                    UpdatePredecessors(_blocks[k], newArguments[k + 1]);
            }
            foreach (var block in _blocks)
            {
                // Raw redirect of the edges (as MLIR's Block::replaceAllUsesWith), then the block goes.
                while (block.FirstUse is { } use)
                    use.Target = leaderBlock;
                rewriter.EraseBlocksUnchecked([block]);
            }
            return true;
        }

        private static void UpdatePredecessors(Block block, List<Value> values)
        {
            var edges = new List<(Operation Terminator, int Index)>();
            for (var use = block.FirstUse; use != null; use = use.NextUse)
                edges.Add((use.Owner, use.SuccessorIndex));
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values);
            foreach (var (terminator, index) in edges)
                BranchOps.GetSuccessorOperands(terminator, index)!.Append(span);
        }

        /// <summary>
        /// Drops new arguments that duplicate an earlier one in every block's list (MLIR's
        /// <c>pruneRedundantArguments</c>; only the first occurrence in the leader's list is considered, keeping it
        /// linear): their uses move to the earlier argument and they are erased from the leader.
        /// </summary>
        private static void PruneRedundantArguments(List<Value>[] newArguments, RewriterBase rewriter, int numOldArguments, Block block)
        {
            int numArgs = newArguments[0].Count;
            if (numArgs == 0)
                return;
            var firstIndex = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
            for (int j = 0; j < numArgs; j++)
                firstIndex.TryAdd(newArguments[0][j], j);
            var replacement = new int[numArgs];
            bool any = false;
            for (int j = 0; j < numArgs; j++)
            {
                replacement[j] = -1;
                int k = firstIndex[newArguments[0][j]];
                if (k == j)
                    continue;
                bool redundant = true;
                for (int i = 1; i < newArguments.Length && redundant; i++)
                    redundant = ReferenceEquals(newArguments[i][k], newArguments[i][j]);
                if (redundant)
                {
                    replacement[j] = k;
                    any = true;
                }
            }
            if (!any)
                return;
            for (int j = 0; j < numArgs; j++)
                if (replacement[j] >= 0)
                    rewriter.ReplaceAllUsesWith(block.GetArgument(numOldArguments + j), block.GetArgument(numOldArguments + replacement[j]));
            for (int j = numArgs - 1; j >= 0; j--)
                if (replacement[j] >= 0)
                    block.EraseArgument(numOldArguments + j);
            foreach (var list in newArguments)
            {
                int write = 0;
                for (int j = 0; j < numArgs; j++)
                    if (replacement[j] < 0)
                        list[write++] = list[j];
                list.RemoveRange(write, numArgs - write);
            }
        }
    }

    /// <summary>
    /// Drops block arguments that every predecessor passes the same value (MLIR's <c>dropRedundantArguments</c>):
    /// their uses take the value and the operands go from every branch. Predecessors must be branch ops declaring
    /// their successor operands.
    /// </summary>
    public static bool DropRedundantArguments(RewriterBase rewriter, IReadOnlyList<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(rewriter);
        var worklist = new List<Region>();
        var queued = new HashSet<Region>(ReferenceEqualityComparer.Instance);
        foreach (var region in regions)
            if (queued.Add(region))
                worklist.Add(region);
        bool changed = false;
        while (worklist.Count > 0)
        {
            var region = worklist[^1];
            worklist.RemoveAt(worklist.Count - 1);
            queued.Remove(region);
            for (var block = region.FirstBlock; block != null; block = block.NextBlock)
            {
                changed |= DropRedundantArguments(rewriter, block);
                for (var op = block.FirstOp; op != null; op = op.NextOp)
                    foreach (var nested in op.Regions)
                        if (queued.Add(nested))
                            worklist.Add(nested);
            }
        }
        return changed;
    }

    private static bool DropRedundantArguments(RewriterBase rewriter, Block block)
    {
        var toErase = new List<int>();
        for (int argIndex = 0; argIndex < block.NumArguments; argIndex++)
        {
            var arg = block.GetArgument(argIndex);
            Value? common = null;
            bool same = true;
            for (var use = block.FirstUse; use != null && same; use = use.NextUse)
            {
                var operands = BranchOps.GetSuccessorOperands(use.Owner, use.SuccessorIndex);
                if (operands == null || operands.ProducedOperandCount > 0 || argIndex >= operands.Length)
                {
                    same = false;
                    break;
                }
                var passed = operands.ForwardedOperands[argIndex].Value;
                if (common == null)
                    common = passed;
                else if (!ReferenceEquals(passed, common))
                    same = false;
            }
            if (common == null || !same || ReferenceEquals(common, arg))
                continue;
            toErase.Add(argIndex);
            rewriter.ReplaceAllUsesWith(arg, common);
        }
        for (int i = toErase.Count - 1; i >= 0; i--)
        {
            int argIndex = toErase[i];
            block.EraseArgument(argIndex);
            var edges = new List<(Operation Terminator, int Index)>();
            for (var use = block.FirstUse; use != null; use = use.NextUse)
                edges.Add((use.Owner, use.SuccessorIndex));
            foreach (var (terminator, index) in edges)
                BranchOps.GetSuccessorOperands(terminator, index)!.Erase(argIndex);
        }
        return toErase.Count > 0;
    }

    /// <summary>See <see cref="MergeIdenticalBlocks(RewriterBase, IReadOnlyList{Region})"/>.</summary>
    public static bool MergeIdenticalBlocks(RewriterBase rewriter, Region region) => MergeIdenticalBlocks(rewriter, [region]);

    /// <summary>See <see cref="DropRedundantArguments(RewriterBase, IReadOnlyList{Region})"/>.</summary>
    public static bool DropRedundantArguments(RewriterBase rewriter, Region region) => DropRedundantArguments(rewriter, [region]);
}
