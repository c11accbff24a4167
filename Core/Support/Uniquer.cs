using System.Collections.Generic;
using System.Threading;

namespace Dialectic.Core.Support;

/// <summary>
/// Hash-consing table: returns the canonical instance structurally equal to a candidate.
/// Thread-safe (a single lock; lookups are O(1) average). Entries live as long as the context.
/// </summary>
public sealed class Uniquer
{
    private sealed class StructuralComparer : IEqualityComparer<Uniqued>
    {
        public bool Equals(Uniqued? x, Uniqued? y) => x!.StructurallyEquals(y!);
        public int GetHashCode(Uniqued obj) => obj.CachedHash;
    }

    private readonly HashSet<Uniqued> _table = new(new StructuralComparer());
    private readonly Lock _lock = new();

    /// <summary>Returns the canonical instance equal to <paramref name="candidate"/>, inserting it if new.</summary>
    public T Get<T>(T candidate) where T : Uniqued
    {
        lock (_lock)
        {
            if (_table.TryGetValue(candidate, out var existing))
                return (T)existing;
            _table.Add(candidate);
            return candidate;
        }
    }

    /// <summary>Number of distinct objects uniqued so far.</summary>
    public int Count
    {
        get { lock (_lock) return _table.Count; }
    }
}
