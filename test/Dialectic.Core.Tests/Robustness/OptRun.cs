using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Dialectic.Tools.Opt;

namespace Dialectic.Core.Tests.Robustness;

/// <summary>
/// One in-process run of dialectic-opt over text given on stdin (so diagnostics are located in
/// <c>&lt;stdin&gt;</c>), with what robustness tests check about it.
/// </summary>
internal sealed partial class OptRun
{
    private OptRun(int exitCode, string stdout, string stderr)
    {
        ExitCode = exitCode;
        Stdout = stdout;
        Stderr = stderr;
    }

    public int ExitCode { get; }
    public string Stdout { get; }
    public string Stderr { get; }

    /// <summary>True when stderr holds at least one <c>&lt;stdin&gt;:line:col: error:</c> diagnostic.</summary>
    public bool HasLocatedError => LocatedError().IsMatch(Stderr);

    /// <summary>True when the tool reported an exception it caught (a crash for our purposes).</summary>
    public bool HasInternalError => Stderr.Contains("internal error", StringComparison.Ordinal);

    /// <summary>Runs <c>dialectic-opt --allow-unregistered-dialect [flags] -</c> on <paramref name="input"/>.</summary>
    public static OptRun Run(string input, params string[] flags)
    {
        var args = new string[flags.Length + 2];
        args[0] = "--allow-unregistered-dialect";
        flags.CopyTo(args, 1);
        args[^1] = "-";
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = OptMain.Run(args, new StringReader(input), stdout, stderr);
        return new OptRun(rc, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// Like <see cref="Run"/> but gives up after <paramref name="timeout"/>: null means the run hung (the
    /// worker thread is left behind; the caller fails the test).
    /// </summary>
    public static OptRun? RunWithTimeout(string input, TimeSpan timeout, params string[] flags)
    {
        var task = Task.Factory.StartNew(() => Run(input, flags), TaskCreationOptions.LongRunning);
        return task.Wait(timeout) ? task.Result : null;
    }

    /// <summary>A short description for assertion messages.</summary>
    public string Describe() =>
        $"exit code {ExitCode}\nstderr:\n{Truncate(Stderr, 2000)}\nstdout:\n{Truncate(Stdout, 2000)}";

    private static string Truncate(string s, int max) => s.Length <= max ? s : s.Substring(0, max) + "...";

    [GeneratedRegex(@"^<stdin>:\d+:\d+: error: ", RegexOptions.Multiline)]
    private static partial Regex LocatedError();
}
