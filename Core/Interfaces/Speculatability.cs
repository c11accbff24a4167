namespace Dialectic.Core.Interfaces;

/// <summary>Whether an op may run where its original position would not have run it (MLIR's
/// <c>Speculation::Speculatability</c>), e.g. when hoisted out of a loop or a branch.</summary>
public enum Speculatability
{
    /// <summary>Executing it speculatively may have undefined behavior (a division by zero, a load).</summary>
    NotSpeculatable,
    /// <summary>Always safe to execute.</summary>
    Speculatable,
    /// <summary>Safe when every op nested in its regions is speculatable.</summary>
    RecursivelySpeculatable,
}
