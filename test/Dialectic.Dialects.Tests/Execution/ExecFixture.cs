using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// Shared by the tests of <see cref="CanonicalizeCseDifferentialTests"/>: the generated programs with their
/// original and mlir-opt-22 runs, computed once (in parallel, one worker per core) on first use, in a fresh
/// temporary directory (or <c>DIALECTIC_EXEC_DUMP</c>). The temporary directory is deleted at the end unless a
/// test kept it to show failing programs.
/// </summary>
public sealed class ExecFixture : IDisposable
{
    private readonly Lazy<IReadOnlyList<ExecCase>> _cases;
    private int _keep;

    public ExecFixture()
    {
        string? dump = ExecSettings.DumpDirectory;
        WorkDir = dump != null
            ? Path.GetFullPath(dump)
            : Path.Combine(Path.GetTempPath(), "dialectic-exec-" + Environment.ProcessId + "-"
                + Guid.NewGuid().ToString("N")[..8]);
        Runner = new ExecRunner(ExecSettings.TimeoutSeconds);
        _cases = new Lazy<IReadOnlyList<ExecCase>>(Build, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Where every program and intermediate file is written.</summary>
    public string WorkDir { get; }

    internal ExecRunner Runner { get; }

    /// <summary>The programs of <see cref="ExecSettings.Seeds"/>, each with its original and reference runs
    /// done.</summary>
    internal IReadOnlyList<ExecCase> Cases => _cases.Value;

    /// <summary>Keeps <see cref="WorkDir"/> after the tests (call before reporting a failure).</summary>
    public void Keep() => Interlocked.Exchange(ref _keep, 1);

    /// <summary>Runs <paramref name="action"/> on every case, one worker per core.</summary>
    internal static void ForEach(IReadOnlyList<ExecCase> cases, Action<ExecCase> action) =>
        Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            action);

    private IReadOnlyList<ExecCase> Build()
    {
        Directory.CreateDirectory(WorkDir);
        var passes = ExecSettings.Passes;
        var cases = new List<ExecCase>();
        foreach (int seed in ExecSettings.Seeds)
            cases.Add(new ExecCase(seed, WorkDir));
        ForEach(cases, c =>
        {
            c.RunOriginal(Runner);
            if (c.Original!.Ok)
                c.RunReference(Runner, passes);
        });
        return cases;
    }

    public void Dispose()
    {
        if (ExecSettings.DumpDirectory != null || Volatile.Read(ref _keep) != 0 || !Directory.Exists(WorkDir))
            return;
        try
        {
            Directory.Delete(WorkDir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
