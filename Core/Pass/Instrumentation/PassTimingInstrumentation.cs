using System;
using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Pass.Instrumentation;

/// <summary>
/// Times pipelines, passes and analyses under a parent timer (MLIR's <c>PassTiming</c>): a nested pipeline shows
/// as <c>'func.func' Pipeline</c>, an adaptor with several managers as <c>Pipeline Collection : [...]</c> (hidden
/// with one), an analysis as <c>(A) Name</c>. Keeps a stack of running timers per thread; a worker's pipeline
/// timer nests under the timer of the adaptor that started it.
/// </summary>
internal sealed class PassTimingInstrumentation : PassInstrumentation
{
    private static readonly object AnyPipelineId = new();

    private readonly TimingScope _root;
    private readonly Dictionary<int, List<TimingScope>> _active = new();
    private readonly Dictionary<(int Thread, Pass Adaptor), int> _parentIndices = new();

    public PassTimingInstrumentation(TimingScope root) => _root = root;

    private List<TimingScope> Stack(int thread)
    {
        if (!_active.TryGetValue(thread, out var stack))
            _active[thread] = stack = new List<TimingScope>();
        return stack;
    }

    public override void RunBeforePipeline(string? opName, PipelineParentInfo parentInfo)
    {
        var stack = Stack(Environment.CurrentManagedThreadId);
        var parent = _parentIndices.TryGetValue((parentInfo.ParentThreadId, parentInfo.ParentPass), out int index)
            ? Stack(parentInfo.ParentThreadId)[index]
            : _root;
        stack.Add(parent.Nest(opName ?? AnyPipelineId, () => "'" + (opName ?? OpPassManager.AnyOpAnchorName) + "' Pipeline"));
    }

    public override void RunAfterPipeline(string? opName, PipelineParentInfo parentInfo) => Pop();

    public override void RunBeforePass(Pass pass, Operation op)
    {
        int tid = Environment.CurrentManagedThreadId;
        var stack = Stack(tid);
        var parent = stack.Count == 0 ? _root : stack[^1];
        if (pass.IsAdaptor)
        {
            _parentIndices[(tid, pass)] = stack.Count;
            var scope = parent.Nest(pass.ThreadingSiblingOrThis, () => pass.Name);
            if (pass.NestedPassManagers.Count <= 1)
                scope.Hide();
            stack.Add(scope);
            return;
        }
        stack.Add(parent.Nest(pass.ThreadingSiblingOrThis, () => pass.Name));
    }

    public override void RunAfterPass(Pass pass, Operation op)
    {
        if (pass.IsAdaptor)
            _parentIndices.Remove((Environment.CurrentManagedThreadId, pass));
        Pop();
    }

    public override void RunAfterPassFailed(Pass pass, Operation op) => RunAfterPass(pass, op);

    public override void RunBeforeAnalysis(string name, System.Type analysisType, Operation op)
    {
        var stack = Stack(Environment.CurrentManagedThreadId);
        var parent = stack.Count == 0 ? _root : stack[^1];
        stack.Add(parent.Nest(analysisType, () => "(A) " + name));
    }

    public override void RunAfterAnalysis(string name, System.Type analysisType, Operation op) => Pop();

    private void Pop()
    {
        var stack = Stack(Environment.CurrentManagedThreadId);
        if (stack.Count == 0)
            return;
        stack[^1].Stop();
        stack.RemoveAt(stack.Count - 1);
    }
}
