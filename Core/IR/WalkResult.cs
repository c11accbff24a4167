namespace Dialectic.Core.IR;

/// <summary>What a walk callback asks for next.</summary>
public enum WalkResult : byte
{
    /// <summary>Continue the walk.</summary>
    Advance,
    /// <summary>Stop the whole walk.</summary>
    Interrupt,
    /// <summary>Do not visit the regions of the current op (pre-order only).</summary>
    Skip,
}

/// <summary>Visiting order of a walk.</summary>
public enum WalkOrder : byte
{
    /// <summary>An op before the ops nested in it.</summary>
    PreOrder,
    /// <summary>An op after the ops nested in it.</summary>
    PostOrder,
}
