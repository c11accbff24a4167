using System;
using System.IO;
using Dialectic.Tests.Shared;
using Xunit;

namespace Dialectic.Dialects.Tests.Run;

/// <summary>
/// A <see cref="FactAttribute"/> for tests of the built dialectic-run executable: skips, saying why, when it has
/// not been built (the solution build makes it; this test project does not reference it) or when one of the
/// named external tools is missing (unless <c>DIALECTIC_REQUIRE_TOOLS=1</c>).
/// </summary>
public sealed class DialecticRunExecutableFactAttribute : FactAttribute
{
    /// <summary>Declares the external tools the test needs besides the executable.</summary>
    public DialecticRunExecutableFactAttribute(params string[] tools)
    {
        string? reason = ExternalTools.SkipReason(tools);
        if (reason == null && Path == null)
            reason = "needs the dialectic-run executable (dotnet build Tools/dialectic-run)";
        if (reason != null)
            Skip = reason;
    }

    /// <summary>The built executable (debug configuration), or null when it is not there.</summary>
    public static string? Path
    {
        get
        {
            try
            {
                string path = System.IO.Path.Combine(RepoPaths.Root, "artifacts", "bin", "dialectic-run", "debug",
                    "dialectic-run");
                return File.Exists(path) ? path : File.Exists(path + ".exe") ? path + ".exe" : null;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }
}
