using System;
using System.Runtime;
using System.Threading;

namespace Dialectic.Core.Support;

/// <summary>
/// Suspends garbage collection while a large structure that lives on is being built and transformed (the parser's
/// IR and what passes make of it, as MLIR bump-allocates it). A collection in the middle of a parse finds nearly
/// everything alive and only copies it between generations: on a 1,000,000-op module that was a quarter of the
/// parse time, and the collections that followed (promoting the parsed IR) over half of a canonicalize run.
/// <para>
/// Process-wide, so only one scope holds the no-GC region at a time; others (concurrent parses in one process)
/// run with collection as usual. When the budget runs out the runtime collects and leaves the region by
/// itself, which is harmless. Small inputs are not worth it and never take the region.
/// </para>
/// </summary>
public sealed class LongLivedAllocationScope : IDisposable
{
    /// <summary>Inputs below this many characters parse with collection as usual.</summary>
    public const int MinimumChars = 1 << 20;

    /// <summary>Managed bytes a parse allocates per input character, measured on arith-heavy modules (about 11), plus
    /// what a canonicalize/cse pipeline (about 3.5) and the printer (about 2) allocate, with headroom.</summary>
    private const long BytesPerChar = 20;

    private static int s_held;
    private bool _owner;

    private LongLivedAllocationScope() { }

    /// <summary>Enters a scope sized for parsing <paramref name="inputChars"/> characters, running a light pass
    /// pipeline on the result and printing it; dispose it when done with the IR (a heavier pipeline that exhausts the
    /// budget simply collects again). Disposing twice is harmless.</summary>
    public static LongLivedAllocationScope ForInput(int inputChars)
    {
        var scope = new LongLivedAllocationScope();
        if (inputChars < MinimumChars || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            return scope;
        if (Interlocked.CompareExchange(ref s_held, 1, 0) != 0)
            return scope;
        long budget = Math.Min(inputChars * BytesPerChar, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4);
        try
        {
            scope._owner = GC.TryStartNoGCRegion(budget);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            scope._owner = false; // budget beyond what the runtime allows, or a region started elsewhere
        }
        if (!scope._owner)
            Volatile.Write(ref s_held, 0);
        return scope;
    }

    /// <summary>
    /// Leaves the region held for the rest of the process, for a tool that exits once its output is written (as
    /// clang's <c>-disable-free</c> skips freeing at exit). Ending the region there is not free: the first
    /// allocation after it collects a generation 0 holding everything allocated since the parse began (a 2 s pause
    /// on a 1,000,000-op module) for memory the exit frees anyway. Later scopes in the same
    /// process do not take the region; should the budget run out the runtime collects and leaves it as usual.
    /// </summary>
    public void KeepUntilProcessExit()
    {
        _owner = false;
    }

    public void Dispose()
    {
        if (!_owner)
            return;
        _owner = false;
        try
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
                GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The runtime already left the region (budget exhausted, or an induced collection).
        }
        Volatile.Write(ref s_held, 0);
    }
}
