using System.Collections.Generic;
using System.Threading;

namespace Dialectic.Core.Support;

/// <summary>
/// Hash-consing table: returns the canonical instance structurally equal to a candidate.
/// Thread-safe through a spin lock without owner tracking (uncontended acquisition is one atomic exchange and
/// touches no thread-static state); lookups are O(1) average. Entries live as long as the context.
/// </summary>
public sealed class Uniquer
{
    private sealed class StructuralComparer : IEqualityComparer<Uniqued>
    {
        public bool Equals(Uniqued? x, Uniqued? y) => x!.StructurallyEquals(y!);
        public int GetHashCode(Uniqued obj) => obj.CachedHash;
    }

    private readonly HashSet<Uniqued> _table = new(new StructuralComparer());
    // Mutable struct: must not be readonly.
    private SpinLock _lock = new(enableThreadOwnerTracking: false);

    /// <summary>Returns the canonical instance equal to <paramref name="candidate"/>, inserting it if new.</summary>
    public T Get<T>(T candidate) where T : Uniqued
    {
        bool taken = false;
        try
        {
            _lock.Enter(ref taken);
            if (_table.TryGetValue(candidate, out var existing))
                return (T)existing;
            _table.Add(candidate);
            return candidate;
        }
        finally
        {
            if (taken)
                _lock.Exit(useMemoryBarrier: false);
        }
    }

    /// <summary>Number of distinct objects uniqued so far.</summary>
    public int Count
    {
        get
        {
            bool taken = false;
            try
            {
                _lock.Enter(ref taken);
                return _table.Count;
            }
            finally
            {
                if (taken)
                    _lock.Exit(useMemoryBarrier: false);
            }
        }
    }
}
