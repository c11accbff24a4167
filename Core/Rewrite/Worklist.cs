using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// The greedy driver's worklist (MLIR's <c>Worklist</c>): a stack of ops without duplicates; removing an op leaves
/// a hole, skipped when popping. Push, pop and remove are O(1) amortized.
/// </summary>
internal sealed class Worklist
{
    private readonly List<Operation?> _list = new();
    private readonly Dictionary<Operation, int> _index = new(ReferenceEqualityComparer.Instance);

    /// <summary>True when no op is queued (holes do not count).</summary>
    public bool IsEmpty => _index.Count == 0;

    public void Clear()
    {
        _list.Clear();
        _index.Clear();
    }

    public bool Contains(Operation op) => _index.ContainsKey(op);

    /// <summary>Queues <paramref name="op"/> unless it already is.</summary>
    public void Push(Operation op)
    {
        if (_index.TryAdd(op, _list.Count))
            _list.Add(op);
    }

    /// <summary>Takes the most recently queued op; the list must not be empty.</summary>
    public Operation Pop()
    {
        int last = _list.Count - 1;
        while (_list[last] == null)
            _list.RemoveAt(last--);
        var op = _list[last]!;
        _list.RemoveAt(last);
        _index.Remove(op);
        // Keep trailing holes out so the list is empty exactly when the index is.
        while (_list.Count > 0 && _list[^1] == null)
            _list.RemoveAt(_list.Count - 1);
        return op;
    }

    /// <summary>Dequeues <paramref name="op"/> if queued.</summary>
    public void Remove(Operation op)
    {
        if (_index.Remove(op, out int at))
            _list[at] = null;
        while (_list.Count > 0 && _list[^1] == null)
            _list.RemoveAt(_list.Count - 1);
    }

    /// <summary>Reverses the queue order (seeding in pre-order, then popping from the back, visits in order).</summary>
    public void Reverse()
    {
        _list.Reverse();
        for (int i = 0; i < _list.Count; i++)
            if (_list[i] is { } op)
                _index[op] = i;
    }
}
