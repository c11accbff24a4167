using Xunit;

namespace Dialectic.Tests.Shared;

/// <summary>
/// A <see cref="TheoryAttribute"/> that skips, with the install command as reason, when one of the named external
/// tools is missing, unless <c>DIALECTIC_REQUIRE_TOOLS=1</c> (then the test runs and must fail loudly).
/// </summary>
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    /// <summary>Declares the external tools the theory needs, e.g. <c>[ToolTheory("FileCheck-22")]</c>.</summary>
    public ToolTheoryAttribute(params string[] tools)
    {
        Tools = tools;
        string? reason = ExternalTools.SkipReason(tools);
        if (reason != null)
            Skip = reason;
    }

    /// <summary>The tools the theory needs.</summary>
    public string[] Tools { get; }
}
