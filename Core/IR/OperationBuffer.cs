using System;
using System.Runtime.CompilerServices;

namespace Dialectic.Core.IR;

/// <summary>
/// A growable array of operations for the hot loops of the rewrite drivers (worklist, seeding stack, liveness
/// positions). <see cref="Operation"/> is not sealed, so every store into an <c>Operation[]</c> (what
/// <c>List&lt;Operation&gt;</c> and <c>Stack&lt;Operation&gt;</c> hold) runs the runtime's covariant array-store
/// check; on a 1,000,000-op canonicalize those checks were an eighth of the pass. Elements here are wrapped in a
/// struct, whose array stores are plain writes.
/// </summary>
/// <remarks>Invariant: entries at or past <see cref="Count"/> are null, so a cleared buffer keeps no op alive.</remarks>
internal sealed class OperationBuffer
{
    private struct Entry
    {
        public Operation? Op;
    }

    private Entry[] _items = new Entry[16];
    private int _count;

    public int Count => _count;

    /// <summary>The entry at <paramref name="index"/> (below <see cref="Count"/>); null marks a hole.</summary>
    public Operation? this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)_count)
                ThrowIndex();
            return _items[index].Op;
        }
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        set
        {
            if ((uint)index >= (uint)_count)
                ThrowIndex();
            _items[index].Op = value;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Operation? op)
    {
        if (_count == _items.Length)
            Array.Resize(ref _items, _items.Length * 2);
        _items[_count++].Op = op;
    }

    /// <summary>Removes and returns the last entry (the buffer must not be empty).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Operation? Pop()
    {
        if (_count == 0)
            ThrowIndex();
        ref var last = ref _items[--_count];
        var op = last.Op;
        last.Op = null;
        return op;
    }

    /// <summary>Drops the entries from <paramref name="count"/> on.</summary>
    public void Truncate(int count)
    {
        if ((uint)count > (uint)_count)
            ThrowIndex();
        Array.Clear(_items, count, _count - count);
        _count = count;
    }

    public void Clear() => Truncate(0);

    public void Reverse() => Array.Reverse(_items, 0, _count);

    private static void ThrowIndex() => throw new ArgumentOutOfRangeException("index");
}
