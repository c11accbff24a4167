using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// The greedy driver's worklist (MLIR's <c>Worklist</c>): a stack of ops without duplicates; removing an op leaves
/// a hole, skipped when popping. Push, pop, remove and membership are O(1) without hashing: each op remembers its
/// position (<see cref="Operation.WorklistSlot"/>).
/// </summary>
/// <remarks>
/// Invariant: the entry at position <c>p</c> is live exactly when it is an op whose slot is <c>p</c>; anything else
/// is a hole. A worklist started on the same ops while this one runs (a pattern applying patterns) may take an op's
/// slot; this worklist then sees that op as not queued, which can only cost a revisit, never process an erased op.
/// </remarks>
internal sealed class Worklist
{
    private readonly OperationBuffer _list = new();

    /// <summary>True when no op is queued.</summary>
    public bool IsEmpty
    {
        get
        {
            TrimHoles();
            return _list.Count == 0;
        }
    }

    public void Clear()
    {
        _list.Clear();
    }

    public bool Contains(Operation op)
    {
        int slot = op.WorklistSlot;
        return (uint)slot < (uint)_list.Count && ReferenceEquals(_list[slot], op);
    }

    /// <summary>Queues <paramref name="op"/> unless it already is.</summary>
    public void Push(Operation op)
    {
        if (Contains(op))
            return;
        op.WorklistSlot = _list.Count;
        _list.Add(op);
    }

    /// <summary>Takes the most recently queued op; null when only holes are left.</summary>
    public Operation? Pop()
    {
        TrimHoles();
        if (_list.Count == 0)
            return null;
        var op = _list.Pop()!;
        op.WorklistSlot = -1;
        return op;
    }

    /// <summary>Dequeues <paramref name="op"/> if queued.</summary>
    public void Remove(Operation op)
    {
        if (!Contains(op))
            return;
        _list[op.WorklistSlot] = null;
        op.WorklistSlot = -1;
        TrimHoles();
    }

    /// <summary>Reverses the queue order (seeding in pre-order, then popping from the back, visits in order).</summary>
    public void Reverse()
    {
        TrimHoles();
        // Holes and entries whose slot another worklist took stay holes: only live ops get their new position.
        int n = _list.Count;
        for (int i = 0; i < n; i++)
            if (_list[i] is { } op && op.WorklistSlot != i)
                _list[i] = null;
        _list.Reverse();
        for (int i = 0; i < n; i++)
            if (_list[i] is { } op)
                op.WorklistSlot = i;
    }

    /// <summary>Drops trailing holes, so the list is empty exactly when nothing live is queued.</summary>
    private void TrimHoles()
    {
        int n = _list.Count;
        while (n > 0 && (_list[n - 1] is not { } op || op.WorklistSlot != n - 1))
            n--;
        if (n != _list.Count)
            _list.Truncate(n);
    }
}
