using System;
using System.Diagnostics;

namespace Dialectic.Core.Pass.Instrumentation;

/// <summary>
/// A running timer (MLIR's <c>TimingScope</c>): started when created, its elapsed time added to its timer when
/// stopped or disposed. <see cref="Nest"/> starts a child timer; timers with the same id under the same parent
/// accumulate.
/// </summary>
public sealed class TimingScope : IDisposable
{
    private readonly long _start;
    private bool _stopped;

    internal TimingScope(TimerNode node)
    {
        Node = node;
        _start = Stopwatch.GetTimestamp();
    }

    internal TimerNode Node { get; }

    /// <summary>Starts the child timer <paramref name="id"/> (named <paramref name="name"/> when new).</summary>
    public TimingScope Nest(object id, Func<string> name) => new(Node.Nest(id, name));

    /// <summary>Starts the child timer named <paramref name="name"/>.</summary>
    public TimingScope Nest(string name) => Nest(name, () => name);

    /// <summary>Leaves this timer out of the tree report, showing its children in its place.</summary>
    public void Hide() => Node.Hidden = true;

    /// <summary>Adds the time since creation to the timer (once).</summary>
    public void Stop()
    {
        if (_stopped)
            return;
        _stopped = true;
        long elapsed = Stopwatch.GetTimestamp() - _start;
        Node.WallTicks += elapsed;
        Node.UserTicks += elapsed;
    }

    public void Dispose() => Stop();
}
