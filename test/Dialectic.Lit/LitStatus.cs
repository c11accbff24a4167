namespace Dialectic.Lit;

/// <summary>The verdict of one lit test, as lit names them.</summary>
public enum LitStatus
{
    /// <summary>Every RUN line succeeded (PASS).</summary>
    Passed,

    /// <summary>A RUN line failed, or the test could not be run (FAIL/UNRESOLVED).</summary>
    Failed,

    /// <summary>REQUIRES not met or UNSUPPORTED matched; nothing was run (UNSUPPORTED).</summary>
    Unsupported,

    /// <summary>Marked XFAIL and failed, as expected (XFAIL).</summary>
    ExpectedFailure,

    /// <summary>Marked XFAIL but passed (XPASS), which counts as a failure.</summary>
    UnexpectedPass,
}
