using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// The greedy driver's worklist (MLIR's <c>Worklist</c>): a stack of ops without duplicates; removing an op leaves
/// a hole, skipped when popping. Push, pop, remove and membership are O(1) without hashing: each op remembers its
/// position (<see cref="Operation.WorklistSlot"/>).
/// <para>
/// Seeding in pre-order and then reversing, so that pops visit the ops in order, is what MLIR does; reversing here
/// would rewrite every op's slot, one more pass over a million cold ops. Instead <see cref="MarkSeeded"/> turns
/// what was pushed so far into a section taken from the front, below the stack: an op pushed later always lies
/// above every seed left, so the pops are exactly those of the reversed stack.
/// </para>
/// </summary>
/// <remarks>
/// Invariant: the entry at position <c>p</c> is live exactly when it is an op whose slot is <c>p</c>; anything else
/// is a hole. Positions <c>[_head, _seedEnd)</c> are seeds taken from the front, positions from <c>_seedEnd</c> on
/// the stack. A worklist started on the same ops while this one runs (a pattern applying patterns) may take an
/// op's slot; this worklist then sees that op as not queued, which can only cost a revisit, never process an erased
/// op.
/// </remarks>
internal sealed class Worklist
{
    private readonly OperationBuffer _list = new();
    private int _head;
    private int _seedEnd;

    /// <summary>True when no op is queued.</summary>
    public bool IsEmpty
    {
        get
        {
            Normalize();
            return _list.Count == 0;
        }
    }

    public void Clear()
    {
        _list.Clear();
        _head = 0;
        _seedEnd = 0;
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

    /// <summary>Takes the most recently queued op (or, with the stack empty, the first seed left); null when only
    /// holes are left.</summary>
    public Operation? Pop()
    {
        Normalize();
        if (_list.Count == 0)
            return null;
        Operation op;
        if (_list.Count > _seedEnd)
            op = _list.Pop()!;
        else
        {
            op = _list[_head]!;
            _list[_head++] = null;
        }
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
    }

    /// <summary>Makes the ops queued so far (pushed in the order they are to be visited) pop first to last, once
    /// the ops pushed after this call are done: what reversing MLIR's stack after seeding does.</summary>
    public void MarkSeeded()
    {
        _seedEnd = _list.Count;
    }

    /// <summary>Drops holes at the top of the stack and at the front of the seeds (a seed section used up goes), so
    /// the list is empty exactly when nothing live is queued, and the entry a pop takes is live.</summary>
    private void Normalize()
    {
        int n = _list.Count;
        while (n > _seedEnd && !IsLiveAt(n - 1))
            n--;
        if (n != _list.Count)
            _list.Truncate(n);
        if (n > _seedEnd)
            return;
        while (_head < _seedEnd && !IsLiveAt(_head))
            _list[_head++] = null;
        if (_head == _seedEnd)
            Clear();
    }

    private bool IsLiveAt(int position) => _list[position] is { } op && op.WorklistSlot == position;
}
