using System;
using System.IO;
using Dialectic.Tests.Shared;
using Dialectic.Tools.Opt;
using Xunit;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// A <see cref="FactAttribute"/> for tests of dialectic-opt's optimization passes: skips, like
/// <see cref="ToolFactAttribute"/>, when one of the named external tools is missing (unless
/// <c>DIALECTIC_REQUIRE_TOOLS=1</c>), and also when dialectic-opt does not know the pass flags
/// (<c>DIALECTIC_EXEC_PASSES</c>, default <c>--canonicalize --cse</c>) yet. Only a rejection of the flags
/// themselves skips; any other failure of the probe lets the test run and report it.
/// </summary>
public sealed class DialecticPassesFactAttribute : FactAttribute
{
    private const string Probe = "func.func @main() -> i64 {\n  %c = arith.constant 1 : i64\n  return %c : i64\n}\n";

    public DialecticPassesFactAttribute(params string[] tools)
    {
        Tools = tools;
        string? reason = ExternalTools.SkipReason(tools) ?? UnsupportedPassesReason();
        if (reason != null)
            Skip = reason;
    }

    /// <summary>The external tools the test needs.</summary>
    public string[] Tools { get; }

    /// <summary>Why the pass flags cannot be tested yet, or null when dialectic-opt accepts them (or fails for
    /// another reason, which the test itself must report).</summary>
    internal static string? UnsupportedPassesReason()
    {
        var passes = ExecSettings.Passes;
        string[] args = [.. passes, "-"];
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int rc = OptMain.Run(args, new StringReader(Probe), stdout, stderr);
        if (rc == 0)
            return null;
        string message = stderr.ToString();
        bool unknownFlag = message.Contains("Unknown command line argument", StringComparison.OrdinalIgnoreCase)
            || message.Contains("unknown pass", StringComparison.OrdinalIgnoreCase)
            || message.Contains("does not refer to a registered pass", StringComparison.OrdinalIgnoreCase);
        if (!unknownFlag)
            return null;
        string firstLine = message.Trim().Split('\n')[0].Trim();
        return "dialectic-opt does not implement '" + string.Join(' ', passes) + "' yet (" + firstLine
            + "); this differential test runs once it does";
    }
}
