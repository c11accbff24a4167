using System;
using System.Collections.Generic;
using System.Threading;

namespace Dialectic.Core.Pass.Instrumentation;

/// <summary>
/// One timer of a <see cref="TimingManager"/> (MLIR's <c>TimerImpl</c>): accumulated wall and user time and
/// children keyed by an identity. Children nested from the timer's own thread are kept in order; children nested
/// from other threads are kept per thread and merged at the end (wall time: the longest thread; user time: the
/// sum), so parallel work shows as user time above wall time.
/// </summary>
internal sealed class TimerNode
{
    private readonly List<TimerNode> _children = new();
    private readonly Dictionary<object, TimerNode> _childrenById = new();
    private readonly Dictionary<int, (List<TimerNode> List, Dictionary<object, TimerNode> ById)> _async = new();
    private readonly Lock _asyncLock = new();

    public TimerNode(string name)
    {
        Name = name;
        ThreadId = Environment.CurrentManagedThreadId;
    }

    public string Name { get; }
    public int ThreadId { get; }
    public object? Id { get; private set; }
    public bool Hidden { get; set; }
    public long WallTicks { get; set; }
    public long UserTicks { get; set; }
    public IReadOnlyList<TimerNode> Children => _children;

    /// <summary>The child for <paramref name="id"/>, created (named by <paramref name="name"/>) on first use.</summary>
    public TimerNode Nest(object id, Func<string> name)
    {
        int tid = Environment.CurrentManagedThreadId;
        if (tid == ThreadId)
            return GetOrAdd(_children, _childrenById, id, name);
        lock (_asyncLock)
        {
            if (!_async.TryGetValue(tid, out var maps))
                _async[tid] = maps = (new List<TimerNode>(), new Dictionary<object, TimerNode>());
            return GetOrAdd(maps.List, maps.ById, id, name);
        }
    }

    private static TimerNode GetOrAdd(List<TimerNode> list, Dictionary<object, TimerNode> byId, object id, Func<string> name)
    {
        if (!byId.TryGetValue(id, out var child))
        {
            child = new TimerNode(name()) { Id = id };
            byId.Add(id, child);
            list.Add(child);
        }
        return child;
    }

    /// <summary>Folds the children nested from other threads into the main children (call once all threads are
    /// done).</summary>
    public void FinalizeTree()
    {
        AddAsyncUserTime();
        MergeAsyncChildren();
    }

    private long AddAsyncUserTime()
    {
        long added = 0;
        foreach (var c in _children)
            added += c.AddAsyncUserTime();
        foreach (var (_, maps) in _async)
            foreach (var c in maps.List)
            {
                c.AddAsyncUserTime();
                added += c.UserTicks;
            }
        UserTicks += added;
        return added;
    }

    private void MergeAsyncChildren()
    {
        foreach (var c in _children)
            c.MergeAsyncChildren();
        var threads = new List<int>(_async.Keys);
        threads.Sort();
        foreach (int tid in threads)
            foreach (var c in _async[tid].List)
                MergeChild(c);
        _async.Clear();
    }

    private void MergeChild(TimerNode other)
    {
        if (!_childrenById.TryGetValue(other.Id!, out var into))
        {
            _childrenById.Add(other.Id!, other);
            _children.Add(other);
            other.MergeAsyncChildren();
            return;
        }
        into.WallTicks = Math.Max(into.WallTicks, other.WallTicks);
        into.UserTicks += other.UserTicks;
        foreach (var c in other._children)
            into.MergeChild(c);
        var threads = new List<int>(other._async.Keys);
        threads.Sort();
        foreach (int tid in threads)
            foreach (var c in other._async[tid].List)
                into.MergeChild(c);
        other._async.Clear();
    }
}
