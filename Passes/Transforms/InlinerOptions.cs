using System;
using System.Collections.Generic;
using Dialectic.Core.Pass;

namespace Dialectic.Passes.Transforms;

/// <summary>Options of <c>inline</c>, named and defaulted as MLIR 22's.</summary>
public sealed record InlinerOptions
{
    [PassOption("default-pipeline", "The optimizer pipeline used for callables that do not have a dedicated optimizer pipeline in opPipelineList")]
    public string DefaultPipeline { get; init; } = "canonicalize";

    [PassOption("inlining-threshold", "If the ratio between the number of the operations in the callee and the number of the operations in the caller exceeds this value (in percentage), then the callee is not inlined even if it is legal to inline it")]
    public uint InliningThreshold { get; init; } = uint.MaxValue;

    [PassOption("max-iterations", "Maximum number of iterations when inlining within an SCC")]
    public uint MaxIterations { get; init; } = 4;

    [PassOption("op-pipelines", "Callable operation specific optimizer pipelines (in the form of `dialect.op(pipeline)`)")]
    public IReadOnlyList<string> OpPipelines { get; init; } = Array.Empty<string>();
}
