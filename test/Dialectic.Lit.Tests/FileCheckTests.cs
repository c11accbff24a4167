using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Dialectic.Tests.Shared;
using Xunit;

namespace Dialectic.Lit.Tests;

/// <summary>
/// Runs every <see cref="FileCheckCases"/> scenario through our FileCheck and, where installed, through real
/// FileCheck-22, asserting both give the recorded exit code.
/// </summary>
public sealed class FileCheckTests : IDisposable
{
    private readonly string directory =
        Path.Combine(Path.GetTempPath(), "dialectic-fc-" + Guid.NewGuid().ToString("N"));

    public FileCheckTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, true);

    [Theory]
    [MemberData(nameof(FileCheckCases.Names), MemberType = typeof(FileCheckCases))]
    public void OursGivesTheRecordedVerdict(string name)
    {
        FileCheckCase testCase = FileCheckCases.Get(name);
        File.WriteAllText(Path.Combine(directory, "check.txt"), testCase.Check);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = FileCheckTool.Run(testCase.Args.Append("check.txt").ToArray(), new StringReader(testCase.Input),
            stdout, stderr, directory);
        Assert.True(code == testCase.Expected,
            $"{name}: expected exit {testCase.Expected}, got {code}\n{stderr}");
    }

    [ToolTheory("FileCheck-22")]
    [MemberData(nameof(FileCheckCases.Names), MemberType = typeof(FileCheckCases))]
    public void RealFileCheckGivesTheRecordedVerdict(string name)
    {
        FileCheckCase testCase = FileCheckCases.Get(name);
        string checkFile = Path.Combine(directory, "check.txt");
        File.WriteAllText(checkFile, testCase.Check);
        var start = new ProcessStartInfo(ExternalTools.Require("FileCheck-22"))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in testCase.Args.Append(checkFile))
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        try
        {
            process.StandardInput.Write(testCase.Input);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // FileCheck exits before reading its input on usage errors; its exit code still tells.
        }
        process.WaitForExit();
        Assert.True(process.ExitCode == testCase.Expected,
            $"{name}: FileCheck-22 exited {process.ExitCode}, recorded {testCase.Expected}\n"
            + error.Result + output.Result);
    }

    [Fact]
    public void NotFoundDiagnosticHasFileCheckFormat()
    {
        var result = FileCheck.Check("CHECK: {{\\d+}}\n", "5\n",
            new FileCheckOptions { CheckFileName = "a.txt", DumpInput = FileCheckDumpMode.Never });
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "a.txt:1:8: error: CHECK: expected string not found in input\nCHECK: {{\\d+}}\n       ^\n"
            + "<stdin>:1:1: note: scanning from here\n5\n^\n",
            result.Diagnostics);
    }

    [Fact]
    public void NextOnWrongLineReportsAllThreeNotes()
    {
        var result = FileCheck.Check("CHECK: foo\nCHECK-NEXT: bar\n", "foo\nbaz\nbar\n",
            new FileCheckOptions { CheckFileName = "b.txt", DumpInput = FileCheckDumpMode.Never });
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("b.txt:2:13: error: CHECK-NEXT: is not on the line after the previous match",
            result.Diagnostics);
        Assert.Contains("<stdin>:3:1: note: 'next' match was here", result.Diagnostics);
        Assert.Contains("<stdin>:1:4: note: previous match ended here", result.Diagnostics);
        Assert.Contains("<stdin>:2:1: note: non-matching line after previous match is here", result.Diagnostics);
    }

    [Fact]
    public void ExcludedStringPointsAtTheMatch()
    {
        var result = FileCheck.Check("CHECK-NOT: bar\nCHECK: foo\n", "bar\nfoo\n",
            new FileCheckOptions { CheckFileName = "e.txt", DumpInput = FileCheckDumpMode.Never });
        Assert.Equal(
            "e.txt:1:12: error: CHECK-NOT: excluded string found in input\nCHECK-NOT: bar\n           ^\n"
            + "<stdin>:1:1: note: found here\nbar\n^~~\n",
            result.Diagnostics);
    }

    [Fact]
    public void ImplicitCheckNotIsReportedOnTheCommandLine()
    {
        var result = FileCheck.Check("CHECK: foo\n", "foo\nwarning: x\n",
            new FileCheckOptions { ImplicitCheckNot = new[] { "warning" }, DumpInput = FileCheckDumpMode.Never });
        Assert.StartsWith("command line:1:22: error: IMPLICIT-CHECK-NOT: excluded string found in input\n"
            + "-implicit-check-not='warning'\n", result.Diagnostics);
    }

    [Fact]
    public void NumericSubstitutionNoteShowsTheValue()
    {
        var result = FileCheck.Check("CHECK: a[[#N:]]b\nCHECK: c[[#N+1]]\n", "a5b\nc7\n",
            new FileCheckOptions { DumpInput = FileCheckDumpMode.Never });
        Assert.Contains("note: with \"N+1\" equal to \"6\"", result.Diagnostics);
    }

    [Fact]
    public void FailureDumpsAnnotatedInput()
    {
        var result = FileCheck.Check("CHECK: foo\nCHECK: nope\n", "foo\nbar\n", new FileCheckOptions());
        Assert.Contains("Input was:\n<<<<<<\n", result.Diagnostics);
        Assert.Contains("check:1", result.Diagnostics);
        Assert.Contains("X", result.Diagnostics);
        Assert.Contains("error: no match found", result.Diagnostics);
        Assert.EndsWith(">>>>>>\n", result.Diagnostics);
    }

    [Fact]
    public void DumpNeverAndPassPrintNothing()
    {
        Assert.Equal("", FileCheck.Check("CHECK: foo\n", "foo\n", new FileCheckOptions()).Diagnostics);
        Assert.DoesNotContain("Input was", FileCheck.Check("CHECK: x\n", "foo\n",
            new FileCheckOptions { DumpInput = FileCheckDumpMode.Never }).Diagnostics);
    }

    [Fact]
    public void InputFileOptionReadsRelativeToWorkingDirectory()
    {
        File.WriteAllText(Path.Combine(directory, "check.txt"), "CHECK: hello\n");
        File.WriteAllText(Path.Combine(directory, "in.txt"), "hello world\n");
        int code = FileCheckTool.Run(new[] { "check.txt", "--input-file", "in.txt" }, new StringReader(""),
            new StringWriter(), new StringWriter(), directory);
        Assert.Equal(0, code);
    }

    [Fact]
    public void MissingCheckFileIsAUsageError()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, FileCheckTool.Run(new[] { "nope.txt" }, new StringReader("x"), new StringWriter(), stderr,
            directory));
        Assert.Contains("nope.txt", stderr.ToString());
    }
}
