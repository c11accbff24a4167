namespace Dialectic.Core.Pass;

/// <summary>
/// Where a nested pipeline was started from (MLIR's <c>PipelineParentInfo</c>): the managed thread that ran the
/// parent adaptor and the adaptor itself. Instrumentations that keep per-thread state (timing) use it to attach
/// work done on worker threads to the parent's state.
/// </summary>
public readonly record struct PipelineParentInfo(int ParentThreadId, Pass ParentPass);
