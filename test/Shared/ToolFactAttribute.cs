using Xunit;

namespace Dialectic.Tests.Shared;

/// <summary>
/// A <see cref="FactAttribute"/> that skips, with the install command as reason, when one of the named external
/// tools is missing, unless <c>DIALECTIC_REQUIRE_TOOLS=1</c> (then the test runs and must fail loudly).
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    /// <summary>Declares the external tools the test needs, e.g. <c>[ToolFact("mlir-opt-22")]</c>.</summary>
    public ToolFactAttribute(params string[] tools)
    {
        Tools = tools;
        string? reason = ExternalTools.SkipReason(tools);
        if (reason != null)
            Skip = reason;
    }

    /// <summary>The tools the test needs.</summary>
    public string[] Tools { get; }
}
