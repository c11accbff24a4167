using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Passes.Transforms;

/// <summary>
/// The known values of CSE: equal ops (by <see cref="CseOperationComparer"/>) to the op that stands for them, with
/// nested scopes (LLVM's ScopedHashTable). Leaving a scope undoes every insertion made in it, in reverse order.
/// </summary>
internal sealed class ScopedOperationMap
{
    private readonly Dictionary<Operation, Operation> _map = new(CseOperationComparer.Instance);

    // Undo log: the op inserted and the entry it shadowed (null: none).
    private readonly List<(Operation Key, Operation? Shadowed)> _log = new();

    /// <summary>Empties the map, keeping its capacity for the next run.</summary>
    public void Clear()
    {
        _map.Clear();
        _log.Clear();
    }

    /// <summary>Opens a scope; pass the mark to <see cref="PopScope"/> to close it.</summary>
    public int PushScope() => _log.Count;

    public void PopScope(int mark)
    {
        for (int i = _log.Count - 1; i >= mark; i--)
        {
            var (key, shadowed) = _log[i];
            _map.Remove(key);
            if (shadowed != null)
                _map[shadowed] = shadowed;
        }
        _log.RemoveRange(mark, _log.Count - mark);
    }

    public Operation? Lookup(Operation op) => _map.TryGetValue(op, out var existing) ? existing : null;

    public void Insert(Operation op)
    {
        _map.TryGetValue(op, out var shadowed);
        if (shadowed != null)
            _map.Remove(shadowed);
        _map[op] = op;
        _log.Add((op, shadowed));
    }
}
