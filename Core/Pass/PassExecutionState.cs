using System;
using System.IO;
using Dialectic.Core.IR;
using Dialectic.Core.Pass.Analysis;

namespace Dialectic.Core.Pass;

/// <summary>What a running pass sees (MLIR's <c>PassExecutionState</c>): its op, analyses, failure flag and the
/// analyses it preserves.</summary>
internal sealed class PassExecutionState
{
    private readonly Func<OpPassManager, Operation, bool> _dynamicPipeline;

    public PassExecutionState(Operation op, AnalysisManager analyses, TextWriter output, Func<OpPassManager, Operation, bool> dynamicPipeline)
    {
        Op = op;
        Analyses = analyses;
        Output = output;
        _dynamicPipeline = dynamicPipeline;
    }

    public Operation Op { get; }
    public AnalysisManager Analyses { get; }
    public TextWriter Output { get; }
    public bool Failed { get; set; }
    public PreservedAnalyses Preserved { get; } = new();

    public bool RunDynamicPipeline(OpPassManager pipeline, Operation op) => _dynamicPipeline(pipeline, op);
}
