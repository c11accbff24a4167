using System;
using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite;

/// <summary>
/// The greedy driver's working collections, kept per thread between runs: a pass that runs the driver once per
/// function would otherwise grow a fresh worklist, map and stack for each of them. A driver started while another
/// runs on the same thread (a pattern applying patterns) rents a fresh set.
/// </summary>
/// <remarks>Invariant: a returned set is empty, so it keeps no op alive.</remarks>
internal sealed class GreedyScratch
{
    [ThreadStatic] private static GreedyScratch? t_spare;

    public readonly Worklist Worklist = new();
    public readonly Dictionary<Operation, int> Effectful = new(ReferenceEqualityComparer.Instance);
    public readonly List<(Operation Op, Operation? Next)> Frames = new();
    public readonly List<OpFoldResult> FoldResults = new();
    public readonly List<Operation> Ancestors = new();
    public readonly OperationBuffer SeedList = new();
    private OperationFolder? _folder;

    /// <summary>The folder for constant uniquing, emptied and bound to <paramref name="context"/> and
    /// <paramref name="listener"/>.</summary>
    public OperationFolder RentFolder(Context context, RewriterListener listener)
    {
        var folder = _folder ??= new OperationFolder(context);
        folder.Reset(context, listener);
        return folder;
    }

    public static GreedyScratch Rent()
    {
        var scratch = t_spare ?? new GreedyScratch();
        t_spare = null;
        return scratch;
    }

    public void Return()
    {
        Worklist.Clear();
        Effectful.Clear();
        Frames.Clear();
        FoldResults.Clear();
        Ancestors.Clear();
        SeedList.Clear();
        _folder?.Release();
        t_spare = this;
    }
}
