using System.Collections.Concurrent;
using Dialectic.Core.IR;

namespace Dialectic.Core.Tests.Pass;

/// <summary>A test pass that logs <c>tag:@symbol</c> (or <c>tag:op-name</c>) for every op it runs on; clones share
/// the log. Fails on the symbol named in <see cref="FailOn"/>.</summary>
internal sealed class RecordingPass : Core.Pass.Pass
{
    private readonly string _tag;
    private readonly string? _opName;

    public RecordingPass(ConcurrentQueue<string> log, string tag, string? opName = null, string? failOn = null)
    {
        Log = log;
        _tag = tag;
        _opName = opName;
        FailOn = failOn;
    }

    public ConcurrentQueue<string> Log { get; }
    public string? FailOn { get; }

    public override string Argument => "test-record-" + _tag;
    public override string Name => "Record" + _tag;
    public override string? OpName => _opName;

    protected override void RunOnOperation()
    {
        string name = SymbolTable.GetSymbolName(Operation) is { } s ? "@" + s : Operation.Name.Name;
        Log.Enqueue(_tag + ":" + name);
        if (FailOn != null && name == "@" + FailOn)
            SignalPassFailure();
        MarkAllAnalysesPreserved();
    }

    public override Core.Pass.Pass Clone()
    {
        var clone = new RecordingPass(Log, _tag, _opName, FailOn);
        InitializeClone(clone);
        return clone;
    }
}
