using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Dialectic.Lit;

/// <summary>
/// Runs lit test files in-process: reads RUN/REQUIRES/UNSUPPORTED/XFAIL, applies lit's substitutions, and runs each
/// RUN line through an in-process shell (see <see cref="ToolEntry"/> for the tool contract), stopping at the first
/// failing line. Relative paths are relative to the test file's directory; <c>%t</c>/<c>%T</c> live in a temporary
/// directory unique to the run, deleted afterwards. Thread-safe: concurrent <see cref="Run"/> calls share nothing.
/// </summary>
public sealed class LitRunner
{
    private readonly IReadOnlyDictionary<string, ToolEntry> tools;
    private readonly LitConfiguration configuration;

    /// <summary>
    /// Creates a runner whose commands named in <paramref name="tools"/> run in-process; FileCheck, split-file,
    /// echo, cat, mkdir, rm, count, diff, not and cd are built in; any other command is an external executable.
    /// </summary>
    public LitRunner(IReadOnlyDictionary<string, ToolEntry> tools, LitConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(tools);
        this.tools = tools;
        this.configuration = configuration ?? LitConfiguration.Detect();
    }

    /// <summary>Runs the test file at <paramref name="testPath"/>. Never throws for a bad test: a test that cannot
    /// be read or parsed is <see cref="LitStatus.Failed"/> with the reason in the log.</summary>
    public LitResult Run(string testPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(testPath);
        string path = Path.GetFullPath(testPath);
        var log = new StringBuilder();
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new LitResult(LitStatus.Failed, ex.Message, "cannot read test file: " + ex.Message);
        }
        LitScript script = LitScript.Parse(text);
        if (script.Error != null)
            return new LitResult(LitStatus.Failed, script.Error + "\n", script.Error);
        bool expectFailure;
        try
        {
            var missing = script.Requires.Where(r => !LitFeatureExpression.Evaluate(r, configuration.Features))
                .ToList();
            if (missing.Count > 0)
            {
                string reason = "Test requires the following unavailable features: " + string.Join(", ", missing);
                return new LitResult(LitStatus.Unsupported, reason + "\n", reason);
            }
            var excluded = script.Unsupported.Where(u => LitFeatureExpression.Evaluate(u, configuration.Features))
                .ToList();
            if (excluded.Count > 0)
            {
                string reason = "Test does not support the following features: " + string.Join(", ", excluded);
                return new LitResult(LitStatus.Unsupported, reason + "\n", reason);
            }
            expectFailure = script.XFail.Any(x => LitFeatureExpression.Evaluate(x, configuration.Features));
        }
        catch (FormatException ex)
        {
            return new LitResult(LitStatus.Failed, ex.Message + "\n", "bad feature expression: " + ex.Message);
        }
        string tempRoot = Path.Combine(Path.GetTempPath(), "dialectic-lit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(tempRoot);
        try
        {
            string? failure = RunLines(script, path, tempRoot, log);
            if (expectFailure)
            {
                return failure != null
                    ? new LitResult(LitStatus.ExpectedFailure, log.ToString(), null)
                    : new LitResult(LitStatus.UnexpectedPass, log.ToString(), "test is marked XFAIL but passed");
            }
            return new LitResult(failure == null ? LitStatus.Passed : LitStatus.Failed, log.ToString(), failure);
        }
        finally
        {
            try
            {
                Directory.Delete(tempRoot, true);
            }
            catch (IOException)
            {
                // Best effort: a tool may still hold a file open on some platforms; the OS cleans temp later.
            }
        }
    }

    // Returns null when every RUN line succeeded, else a one-line reason.
    private string? RunLines(LitScript script, string testPath, string tempRoot, StringBuilder log)
    {
        string directory = Path.GetDirectoryName(testPath)!;
        var shell = new LitShell(tools, configuration, directory, log);
        foreach (var (line, command) in script.RunLines)
        {
            string expanded = Substitute(command, testPath, tempRoot).Trim();
            log.Append("# RUN: at line ").Append(line).Append('\n').Append(expanded).Append('\n');
            LitSequence sequence;
            try
            {
                sequence = LitShellParser.Parse(expanded);
            }
            catch (FormatException ex)
            {
                log.Append("# error: cannot parse RUN line: ").Append(ex.Message).Append('\n');
                return "RUN line " + line + " does not parse: " + ex.Message;
            }
            int status = shell.Execute(sequence);
            if (status != 0)
                return "RUN line " + line + " failed with exit status " + status;
        }
        return null;
    }

    /// <summary>
    /// Applies lit's default substitutions to one RUN line: <c>%s</c> (test file), <c>%S</c>/<c>%p</c> (its
    /// directory), <c>%t</c> (a per-test temporary path), <c>%T</c> (its directory), <c>%basename_t</c>,
    /// <c>%{pathsep}</c>, the <c>%/x</c> forward-slash forms, and <c>%%</c> (a literal <c>%</c>).
    /// </summary>
    public static string Substitute(string command, string testPath, string tempRoot)
    {
        ArgumentNullException.ThrowIfNull(command);
        const string Marker = "\u0001PERCENT\u0001";
        string directory = Path.GetDirectoryName(testPath)!;
        string tmp = Path.Combine(tempRoot, Path.GetFileName(testPath) + ".tmp");
        var pairs = new (string Key, string Value)[]
        {
            ("%%", Marker),
            ("%/s", testPath.Replace('\\', '/')),
            ("%/S", directory.Replace('\\', '/')),
            ("%/p", directory.Replace('\\', '/')),
            ("%/t", tmp.Replace('\\', '/')),
            ("%/T", tempRoot.Replace('\\', '/')),
            ("%{pathsep}", Path.PathSeparator.ToString()),
            ("%basename_t", Path.GetFileName(tmp)),
            ("%s", testPath),
            ("%S", directory),
            ("%p", directory),
            ("%t", tmp),
            ("%T", tempRoot),
        };
        foreach (var (key, value) in pairs)
            command = command.Replace(key, value, StringComparison.Ordinal);
        return command.Replace(Marker, "%", StringComparison.Ordinal);
    }
}
