using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Dialectic.Tools.Opt;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// One generated program and its versions, each run through <see cref="ExecRunner"/>: the original, mlir-opt-22's
/// output for the pass flags, and dialectic-opt's. All files live in the case's own directory
/// (<c>seed-N/</c>): <c>input.mlir</c>, <c>reference.mlir</c>, <c>ours.mlir</c> and their lowered forms.
/// </summary>
internal sealed class ExecCase
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public ExecCase(int seed, string workDir)
    {
        Seed = seed;
        Directory = Path.Combine(workDir, "seed-" + seed);
        System.IO.Directory.CreateDirectory(Directory);
        ProgramPath = Path.Combine(Directory, "input.mlir");
        Program = ExecProgramGenerator.Generate(seed);
        File.WriteAllText(ProgramPath, Program.Text, Utf8);
    }

    public int Seed { get; }

    public string Directory { get; }

    public ExecProgram Program { get; }

    public string ProgramPath { get; }

    /// <summary>The program as generated: verified (and its operations counted), lowered and run.</summary>
    public ExecOutcome? Original { get; private set; }

    /// <summary>mlir-opt-22's output for the pass flags, run.</summary>
    public ExecOutcome? Reference { get; private set; }

    /// <summary>dialectic-opt's output for the pass flags, run.</summary>
    public ExecOutcome? Ours { get; private set; }

    public void RunOriginal(ExecRunner runner) => Original = runner.Execute(ProgramPath, generic: false, null);

    public void RunReference(ExecRunner runner, IReadOnlyList<string> passes)
    {
        string output = Path.Combine(Directory, "reference.mlir");
        string flags = string.Join(' ', passes);
        string repro = ExecRunner.OptTool + " " + flags + " " + ProgramPath + " | ";
        var opt = runner.Tool(ExecRunner.OptTool, [.. passes, "--mlir-print-op-generic", ProgramPath, "-o", output]);
        if (opt.ExitCode != 0)
        {
            Reference = new ExecOutcome(0, -1, ExecRunner.OptTool + " " + flags + " failed:\n"
                + ExecRunner.Tail(opt.Stderr), ProgramPath, repro[..^3]);
            return;
        }
        Reference = runner.Execute(output, generic: true, repro);
    }

    /// <summary>Runs dialectic-opt in process (<see cref="OptMain.Run"/>) with <paramref name="passes"/> on the
    /// program, then runs its output.</summary>
    public void RunOurs(ExecRunner runner, IReadOnlyList<string> passes)
    {
        string output = Path.Combine(Directory, "ours.mlir");
        string flags = string.Join(' ', passes);
        string repro = "dialectic-opt " + flags + " " + ProgramPath + " | ";
        var args = new List<string>(passes) { "-" };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        // In process, but on a worker with a deadline: a pass that never terminates must fail this case, not hang
        // the test run (the worker cannot be killed and keeps running until the test process exits).
        var run = Task.Run(() => OptMain.Run([.. args], new StringReader(Program.Text), stdout, stderr));
        if (!run.Wait(TimeSpan.FromSeconds(runner.TimeoutSeconds)))
        {
            Ours = new ExecOutcome(0, -1, "dialectic-opt " + flags + " did not finish within "
                + runner.TimeoutSeconds + " s (DIALECTIC_EXEC_TIMEOUT)", ProgramPath, repro[..^3]);
            return;
        }
        int rc = run.Result;
        if (rc != 0)
        {
            Ours = new ExecOutcome(0, -1, "dialectic-opt " + flags + " failed (exit code " + rc + "):\n"
                + ExecRunner.Tail(stderr.ToString()), ProgramPath, repro[..^3]);
            return;
        }
        File.WriteAllText(output, stdout.ToString(), Utf8);
        Ours = runner.Execute(output, generic: false, repro);
    }
}
