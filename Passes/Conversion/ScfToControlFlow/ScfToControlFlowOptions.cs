using Dialectic.Core.Pass;

namespace Dialectic.Passes.Conversion.ScfToControlFlow;

/// <summary>Options of <c>convert-scf-to-cf</c>, named as MLIR's.</summary>
public sealed record ScfToControlFlowOptions
{
    /// <summary>Accepted for compatibility: our conversion driver never rolls patterns back.</summary>
    [PassOption("allow-pattern-rollback", "Experimental performance flag to disallow pattern rollback")]
    public bool AllowPatternRollback { get; init; } = true;
}
