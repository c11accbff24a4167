using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Pass.Analysis;

/// <summary>The liveness of one block (MLIR's <c>LivenessBlockInfo</c>): values live on entry and on exit, and live
/// ranges inside the block.</summary>
public sealed class LivenessBlockInfo
{
    internal LivenessBlockInfo(Block block, HashSet<Value> liveIn, HashSet<Value> liveOut)
    {
        Block = block;
        LiveIn = liveIn;
        LiveOut = liveOut;
    }

    public Block Block { get; }

    /// <summary>Values live when control enters the block (used in it or later, defined before).</summary>
    public IReadOnlySet<Value> LiveIn { get; }

    /// <summary>Values live when control leaves the block.</summary>
    public IReadOnlySet<Value> LiveOut { get; }

    public bool IsLiveIn(Value value) => LiveIn.Contains(value);

    public bool IsLiveOut(Value value) => LiveOut.Contains(value);

    /// <summary>Where <paramref name="value"/>'s live range in this block starts: the first op when it is live-in or
    /// a block argument, else its definition.</summary>
    public Operation? GetStartOperation(Value value)
    {
        var def = value.DefiningOp;
        return IsLiveIn(value) || def == null ? Block.FirstOp : def;
    }

    /// <summary>Where the live range starting at <paramref name="start"/> ends: the last op when the value is
    /// live-out, else its last use in this block (a use nested in an op counts at that op).</summary>
    public Operation GetEndOperation(Value value, Operation start)
    {
        if (IsLiveOut(value))
            return Block.LastOp!;
        var end = start;
        for (var use = value.FirstUse; use != null; use = use.NextUse)
        {
            var user = AncestorOpInBlock(use.Owner);
            if (user != null && end.IsBeforeInBlock(user))
                end = user;
        }
        return end;
    }

    /// <summary>The values live at <paramref name="op"/> (an op of this block): defined at or before it and used at
    /// or after it.</summary>
    public HashSet<Value> CurrentlyLiveValues(Operation op)
    {
        var live = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        void Add(Value value)
        {
            Operation? start;
            if (IsLiveIn(value) || value is BlockArgument)
                start = Block.FirstOp;
            else
                start = AncestorOpInBlock(value.DefiningOp!);
            if (start == null)
                return;
            var end = IsLiveOut(value) ? Block.LastOp! : GetEndOperation(value, start);
            if (!(op.IsBeforeInBlock(start) || end.IsBeforeInBlock(op)))
                live.Add(value);
        }
        foreach (var arg in Block.Arguments)
            Add(arg);
        foreach (var v in LiveIn)
            Add(v);
        for (var o = Block.FirstOp; o != null; o = o.NextOp)
        {
            foreach (var r in o.Results)
                Add(r);
            if (o == op)
                break;
        }
        return live;
    }

    /// <summary><paramref name="op"/> or its ancestor that lies in this block; null when there is none.</summary>
    internal Operation? AncestorOpInBlock(Operation op)
    {
        Operation? current = op;
        while (current != null && current.Block != Block)
            current = current.ParentOp;
        return current;
    }
}
