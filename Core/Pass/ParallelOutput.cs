using System;
using System.IO;
using Dialectic.Core.Diagnostics;

namespace Dialectic.Core.Pass;

/// <summary>
/// The per-thread redirection used during parallel execution: while a worker processes an op, diagnostics of the
/// running region and text written through <see cref="Write"/> go to that op's <see cref="OpOutputBuffer"/>.
/// Outside a worker, text is written straight to its target.
/// </summary>
internal static class ParallelOutput
{
    [ThreadStatic] private static object? t_region;
    [ThreadStatic] private static OpOutputBuffer? t_buffer;

    /// <summary>True on a thread that is processing an op of a parallel region (nested adaptors then run
    /// sequentially).</summary>
    public static bool InWorker => t_buffer != null;

    public static void Enter(object region, OpOutputBuffer buffer)
    {
        t_region = region;
        t_buffer = buffer;
    }

    public static void Exit()
    {
        t_region = null;
        t_buffer = null;
    }

    /// <summary>The diagnostic handler of a parallel region: captures what its own workers emit.</summary>
    public static Func<Diagnostic, bool> CaptureHandler(object region) => diagnostic =>
    {
        if (t_buffer == null || !ReferenceEquals(t_region, region))
            return false;
        t_buffer.AddDiagnostic(diagnostic);
        return true;
    };

    /// <summary>Runs <paramref name="action"/> now, or on a worker thread when the current op's output is replayed
    /// (so what it emits lands where a sequential run would emit it).</summary>
    public static void RunInOrder(Action action)
    {
        if (t_buffer != null)
            t_buffer.AddAction(action);
        else
            action();
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="target"/>, or to the current op's buffer on a
    /// worker thread.</summary>
    public static void Write(TextWriter target, string text)
    {
        if (t_buffer != null)
        {
            t_buffer.AddText(target, text);
            return;
        }
        target.Write(text);
    }
}
