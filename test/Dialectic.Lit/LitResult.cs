namespace Dialectic.Lit;

/// <summary>The outcome of running one lit test file, with the full log of what was run and printed.</summary>
public sealed class LitResult
{
    internal LitResult(LitStatus status, string log, string? reason)
    {
        Status = status;
        Log = log;
        Reason = reason;
    }

    /// <summary>The verdict.</summary>
    public LitStatus Status { get; }

    /// <summary>True for <see cref="LitStatus.Passed"/>, <see cref="LitStatus.Unsupported"/> and
    /// <see cref="LitStatus.ExpectedFailure"/>: the verdicts a test suite accepts.</summary>
    public bool IsSuccess => Status is LitStatus.Passed or LitStatus.Unsupported or LitStatus.ExpectedFailure;

    /// <summary>
    /// Every RUN line after substitution, each command's exit code and its stdout/stderr (including FileCheck
    /// diagnostics), in lit's "# executed command" style; meant for a test failure message.
    /// </summary>
    public string Log { get; }

    /// <summary>Why the test was unsupported or failed, in one line; null when it passed.</summary>
    public string? Reason { get; }
}
