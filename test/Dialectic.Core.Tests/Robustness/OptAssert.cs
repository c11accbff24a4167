using Xunit;

namespace Dialectic.Core.Tests.Robustness;

/// <summary>The robustness contract: a located error and exit code 1, or success that round-trips.</summary>
internal static class OptAssert
{
    /// <summary>Exit code 1, a located <c>error:</c>, no internal error.</summary>
    public static void LocatedFailure(OptRun run, string what)
    {
        Assert.False(run.HasInternalError, $"{what}: internal error\n{run.Describe()}");
        Assert.True(run.ExitCode == 1, $"{what}: expected exit code 1\n{run.Describe()}");
        Assert.True(run.HasLocatedError, $"{what}: expected a located error\n{run.Describe()}");
    }

    /// <summary>Exit code 0; the output re-parses with the same flags and prints identically.</summary>
    public static void RoundTrips(OptRun run, string what, params string[] flags)
    {
        Assert.False(run.HasInternalError, $"{what}: internal error\n{run.Describe()}");
        Assert.True(run.ExitCode == 0, $"{what}: expected exit code 0\n{run.Describe()}");
        var again = OptRun.Run(run.Stdout, flags);
        Assert.True(again.ExitCode == 0, $"{what}: output does not re-parse\n{again.Describe()}");
        Assert.True(again.Stdout == run.Stdout, $"{what}: printing is not idempotent\n" +
            $"first:\n{run.Describe()}\nsecond:\n{again.Describe()}");
    }
}
