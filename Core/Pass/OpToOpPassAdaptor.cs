using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Dialectic.Core.IR;
using Dialectic.Core.Pass.Analysis;
using Dialectic.Core.Support;

namespace Dialectic.Core.Pass;

/// <summary>
/// The pass that runs nested pass managers on the ops directly nested in the op it runs on (MLIR's
/// <c>OpToOpPassAdaptor</c>). Each nested op goes to the first manager that can schedule it: an op-specific
/// manager takes ops of its name, an op-agnostic one registered isolated-from-above ops its passes accept. Every
/// scheduled op is processed even when another fails; the adaptor then fails. With multithreading on, the ops are
/// processed in parallel by up to <see cref="PassManager.DegreeOfParallelism"/> workers, each with its own clones of
/// the passes, and their diagnostics and output are replayed in IR order, so the result does not depend on the
/// thread count.
/// </summary>
internal sealed class OpToOpPassAdaptor : Pass
{
    private readonly List<OpPassManager> _mgrs = new();

    // Clones of _mgrs made for worker threads (one set per worker that ever ran); their statistics are merged into
    // the originals when statistics are shown.
    private readonly List<OpPassManager[]> _asyncExecutors = new();

    public OpToOpPassAdaptor(OpPassManager mgr) => _mgrs.Add(mgr);

    private OpToOpPassAdaptor() { }

    public override string Argument => "";

    /// <summary>MLIR's adaptor name: <c>Pipeline Collection : ['func.func', 'any']</c>.</summary>
    public override string Name
    {
        get
        {
            var sb = new StringBuilder("Pipeline Collection : [");
            for (int i = 0; i < _mgrs.Count; i++)
                sb.Append(i > 0 ? ", '" : "'").Append(_mgrs[i].AnchorName).Append('\'');
            return sb.Append(']').ToString();
        }
    }

    public override IReadOnlyList<OpPassManager> NestedPassManagers => _mgrs;

    internal List<OpPassManager> Managers => _mgrs;

    internal List<OpPassManager[]> AsyncExecutors => _asyncExecutors;

    protected override void RunOnOperation() =>
        throw new InvalidOperationException("an adaptor runs through PassExecutor, not RunOnOperation");

    public override Pass Clone()
    {
        var clone = new OpToOpPassAdaptor();
        foreach (var m in _mgrs)
            clone._mgrs.Add(m.CloneForThreading());
        InitializeClone(clone);
        return clone;
    }

    public override void PrintAsTextualPipeline(StringBuilder output)
    {
        for (int i = 0; i < _mgrs.Count; i++)
        {
            if (i > 0)
                output.Append(',');
            output.Append(_mgrs[i].AnchorName).Append('(');
            _mgrs[i].PrintAsTextualPipeline(output);
            output.Append(')');
        }
    }

    /// <summary>
    /// Merges this adaptor's managers into <paramref name="rhs"/> (an adjacent earlier adaptor) when no op-agnostic
    /// manager could conflict with the other side's; afterwards <paramref name="rhs"/>'s managers are sorted,
    /// op-specific by name first, op-agnostic last (MLIR's <c>tryMergeInto</c>).
    /// </summary>
    internal bool TryMergeInto(OpToOpPassAdaptor rhs)
    {
        static bool Conflicts(OpPassManager generic, List<OpPassManager> others)
        {
            foreach (var pm in others)
                if (pm.OpName == null || generic.MayScheduleOnName(pm.OpName))
                    return true;
            return false;
        }
        var lhsGeneric = _mgrs.Find(m => m.OpName == null);
        if (lhsGeneric != null && Conflicts(lhsGeneric, rhs._mgrs))
            return false;
        var rhsGeneric = rhs._mgrs.Find(m => m.OpName == null);
        if (rhsGeneric != null && Conflicts(rhsGeneric, _mgrs))
            return false;
        foreach (var pm in _mgrs)
        {
            var existing = rhs._mgrs.Find(m => m.AnchorName == pm.AnchorName);
            if (existing != null)
                pm.MergeInto(existing);
            else
                rhs._mgrs.Add(pm);
        }
        _mgrs.Clear();
        rhs._mgrs.Sort(static (a, b) =>
        {
            if (a.OpName != null && b.OpName != null)
                return string.CompareOrdinal(a.OpName, b.OpName);
            return a.OpName != null ? -1 : b.OpName != null ? 1 : 0;
        });
        return true;
    }

    private int FindManagerFor(OperationName name)
    {
        for (int i = 0; i < _mgrs.Count; i++)
            if (_mgrs[i].CanScheduleOn(name))
                return i;
        return -1;
    }

    /// <summary>Runs the nested managers on the ops directly nested in <paramref name="op"/>.</summary>
    internal bool Run(Operation op, AnalysisManager am, PassRunContext rc)
    {
        // Collect the scheduled ops first (creating their analysis managers here, on this thread).
        var ops = new List<(Operation Op, int Manager, AnalysisManager Am)>();
        var known = new Dictionary<OperationName, int>(ReferenceEqualityComparer.Instance);
        for (int r = 0; r < op.NumRegions; r++)
            for (var block = op.Regions[r].FirstBlock; block != null; block = block.NextBlock)
                for (var nested = block.FirstOp; nested != null; nested = nested.NextOp)
                {
                    if (!known.TryGetValue(nested.Name, out int index))
                    {
                        index = FindManagerFor(nested.Name);
                        known.Add(nested.Name, index);
                    }
                    if (index >= 0)
                        ops.Add((nested, index, am.Nest(nested)));
                }
        if (ops.Count == 0)
            return true;
        var parentInfo = new PipelineParentInfo(Environment.CurrentManagedThreadId, this);
        if (!rc.Multithreading || rc.DegreeOfParallelism <= 1 || ops.Count == 1 || ParallelOutput.InWorker)
        {
            bool ok = true;
            foreach (var (nested, index, nestedAm) in ops)
                ok &= PassExecutor.RunPipeline(_mgrs[index], nested, nestedAm, rc, parentInfo);
            return ok;
        }
        return RunParallel(ops, rc, parentInfo);
    }

    private bool RunParallel(List<(Operation Op, int Manager, AnalysisManager Am)> ops, PassRunContext rc, PipelineParentInfo parentInfo)
    {
        var buffers = new OpOutputBuffer[ops.Count];
        var results = new bool[ops.Count];
        var free = new ConcurrentBag<OpPassManager[]>();
        lock (_asyncExecutors)
            foreach (var executor in _asyncExecutors)
                free.Add(executor);
        var region = new object();
        int next = -1;
        // Workers take ops in IR order from a shared counter. They are threads with big stacks, like the one the
        // tool runs on (passes and printing may recurse over deeply nested IR); this thread is one of them.
        void Work()
        {
            OpPassManager[]? executor = null;
            string? setupError = null;
            try
            {
                executor = RentExecutor(free, rc);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                setupError = $"{e.GetType().Name}: {e.Message}";
            }
            try
            {
                for (int i = Interlocked.Increment(ref next); i < ops.Count; i = Interlocked.Increment(ref next))
                {
                    var buffer = new OpOutputBuffer();
                    buffers[i] = buffer;
                    ParallelOutput.Enter(region, buffer);
                    try
                    {
                        var (nested, index, nestedAm) = ops[i];
                        if (setupError != null)
                            nested.EmitError("pass pipeline failed with an internal error: " + setupError);
                        results[i] = executor != null && PassExecutor.RunPipeline(executor[index], nested, nestedAm, rc, parentInfo);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        ops[i].Op.EmitError($"pass pipeline failed with an internal error: {e.GetType().Name}: {e.Message}");
                        results[i] = false;
                    }
                    finally
                    {
                        ParallelOutput.Exit();
                    }
                }
            }
            finally
            {
                if (executor != null)
                    free.Add(executor);
            }
        }
        int workers = Math.Min(rc.DegreeOfParallelism, ops.Count);
        using (rc.Context.Diagnostics.AddHandler(ParallelOutput.CaptureHandler(region)))
        {
            var threads = new Thread[workers - 1];
            for (int t = 0; t < threads.Length; t++)
            {
                threads[t] = new Thread(Work, BigStack.StackSize) { IsBackground = true, Name = "dialectic pass worker" };
                threads[t].Start();
            }
            Work();
            foreach (var thread in threads)
                thread.Join();
        }
        // Replay in IR order: diagnostics and text of op 0, then op 1, ...
        bool ok = true;
        for (int i = 0; i < ops.Count; i++)
        {
            buffers[i]?.Replay(rc.Context.Diagnostics);
            ok &= results[i];
        }
        return ok;
    }

    /// <summary>A set of clones of the managers for one worker: a free one, or a new one (initialized).</summary>
    private OpPassManager[]? RentExecutor(ConcurrentBag<OpPassManager[]> free, PassRunContext rc)
    {
        if (free.TryTake(out var executor))
            return executor;
        var created = new OpPassManager[_mgrs.Count];
        for (int i = 0; i < created.Length; i++)
        {
            created[i] = _mgrs[i].CloneForThreading();
            if (!created[i].InitializePasses(rc.Context))
                return null;
        }
        lock (_asyncExecutors)
            _asyncExecutors.Add(created);
        return created;
    }
}
