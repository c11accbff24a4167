using System;
using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

public static partial class RegionSimplification
{
    /// <summary>The values and ops proved live so far; grows monotonically to the fixed point. Scheduled ops are
    /// tracked by position (<see cref="Operation.LivenessSlot"/>), anything else in a set.</summary>
    private sealed class LiveMap
    {
        private readonly OperationBuffer _indexed = new();
        private bool[] _live = new bool[64];
        private readonly HashSet<Operation> _others = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<BlockArgument> _args = new(ReferenceEqualityComparer.Instance);

        public bool Changed;

        /// <summary>Gives <paramref name="op"/> a position (not live) and returns it.</summary>
        public int Index(Operation op)
        {
            int slot = _indexed.Count;
            op.LivenessSlot = slot;
            _indexed.Add(op);
            if (_live.Length < _indexed.Count)
                Array.Resize(ref _live, _live.Length * 2);
            return slot;
        }

        private bool TryGetSlot(Operation op, out int slot)
        {
            slot = op.LivenessSlot;
            return (uint)slot < (uint)_indexed.Count && ReferenceEquals(_indexed[slot], op);
        }

        /// <summary>Whether the op at position <paramref name="slot"/> (from <see cref="Index"/>) is live.</summary>
        public bool IsLiveAt(int slot) => _live[slot];

        public bool IsLive(Operation op) => TryGetSlot(op, out int slot) ? _live[slot] : _others.Contains(op);

        /// <summary>A result is live when its op is (results are not tracked one by one).</summary>
        public bool IsLive(Value value) => value is OpResult r ? IsLive(r.Owner) : _args.Contains((BlockArgument)value);

        /// <summary>Marks the op at position <paramref name="slot"/> live.</summary>
        public void SetLiveAt(int slot)
        {
            if (!_live[slot])
            {
                _live[slot] = true;
                Changed = true;
            }
        }

        public void SetLive(Operation op)
        {
            if (TryGetSlot(op, out int slot))
                SetLiveAt(slot);
            else
                Changed |= _others.Add(op);
        }

        public void SetLive(Value value)
        {
            if (value is OpResult r)
                SetLive(r.Owner);
            else
                Changed |= _args.Add((BlockArgument)value);
        }

        public void Clear()
        {
            Array.Clear(_live, 0, Math.Min(_indexed.Count, _live.Length));
            _indexed.Clear();
            _others.Clear();
            _args.Clear();
            Changed = false;
        }
    }

    /// <summary>Region DCE's working collections, kept per thread between runs (a nested run rents fresh ones);
    /// returned empty.</summary>
    private sealed class DceScratch
    {
        [ThreadStatic] private static DceScratch? t_spare;

        public readonly LiveMap Live = new();
        public readonly List<LivenessStep> Schedule = new();
        public readonly List<LivenessStep> Pending = new();
        public readonly Stack<ScheduleTask> Tasks = new();
        public readonly List<Block> Order = new();
        public readonly HashSet<Block> Visited = new(ReferenceEqualityComparer.Instance);
        public readonly HashSet<Operation> Kept = new(ReferenceEqualityComparer.Instance);
        public readonly List<Block> Dead = new();

        public static DceScratch Rent()
        {
            var scratch = t_spare ?? new DceScratch();
            t_spare = null;
            return scratch;
        }

        public void Return()
        {
            Live.Clear();
            Schedule.Clear();
            Pending.Clear();
            Tasks.Clear();
            Order.Clear();
            Visited.Clear();
            Kept.Clear();
            Dead.Clear();
            t_spare = this;
        }
    }
}
