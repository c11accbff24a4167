using Dialectic.Core.Pass;

namespace Dialectic.Passes.Transforms;

/// <summary>Options of <c>remove-dead-values</c>, named as MLIR's.</summary>
public sealed record RemoveDeadValuesOptions
{
    /// <summary>When set (the default), the region-branch ops left are canonicalized at the end, which drops their
    /// results left without uses. MLIR also replaces dead yielded values with <c>ub.poison</c> first (with or
    /// without this option); we have no <c>ub</c> dialect and leave them.</summary>
    [PassOption("canonicalize", "Canonicalize region branch ops")]
    public bool Canonicalize { get; init; } = true;
}
