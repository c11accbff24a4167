using Dialectic.Core.IR;

namespace Dialectic.Core.Pass;

/// <summary>
/// Hooks called around pipelines, passes and analyses (MLIR's <c>PassInstrumentation</c>). Under parallel
/// execution they are called from worker threads, one call at a time (the pass manager serializes them); text an
/// instrumentation writes through <see cref="PassManager.Output"/> keeps IR order. "After" hooks run in the
/// reverse order of registration.
/// </summary>
public abstract class PassInstrumentation
{
    /// <summary>Before a nested pipeline runs on an op; <paramref name="opName"/> is null for an op-agnostic
    /// pipeline.</summary>
    public virtual void RunBeforePipeline(string? opName, PipelineParentInfo parentInfo) { }

    /// <summary>After a nested pipeline ran on an op, whether or not one of its passes failed.</summary>
    public virtual void RunAfterPipeline(string? opName, PipelineParentInfo parentInfo) { }

    /// <summary>Before <paramref name="pass"/> runs on <paramref name="op"/> (adaptors included: check
    /// <see cref="Pass.IsAdaptor"/>).</summary>
    public virtual void RunBeforePass(Pass pass, Operation op) { }

    /// <summary>After <paramref name="pass"/> ran on <paramref name="op"/> and the IR verified.</summary>
    public virtual void RunAfterPass(Pass pass, Operation op) { }

    /// <summary>After <paramref name="pass"/> failed on <paramref name="op"/> (signalled failure, threw, or left
    /// invalid IR).</summary>
    public virtual void RunAfterPassFailed(Pass pass, Operation op) { }

    /// <summary>Before analysis <paramref name="analysisType"/> is computed for <paramref name="op"/>.</summary>
    public virtual void RunBeforeAnalysis(string name, System.Type analysisType, Operation op) { }

    /// <summary>After analysis <paramref name="analysisType"/> was computed for <paramref name="op"/>.</summary>
    public virtual void RunAfterAnalysis(string name, System.Type analysisType, Operation op) { }
}
