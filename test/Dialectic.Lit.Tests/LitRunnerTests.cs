using System;
using System.Collections.Generic;
using System.IO;
using Xunit;

namespace Dialectic.Lit.Tests;

/// <summary>The in-process lit runner on small generated test files.</summary>
public sealed class LitRunnerTests : IDisposable
{
    private readonly string directory =
        Path.Combine(Path.GetTempPath(), "dialectic-lit-" + Guid.NewGuid().ToString("N"));

    private readonly LitRunner runner;

    public LitRunnerTests()
    {
        Directory.CreateDirectory(directory);
        var tools = new Dictionary<string, ToolEntry>(StringComparer.Ordinal)
        {
            // An in-process tool that upper-cases stdin, or the file named by its argument.
            ["upper"] = (args, stdin, stdout, stderr) =>
            {
                string text = args.Length > 0 ? File.ReadAllText(args[0]) : stdin.ReadToEnd();
                stdout.Write(text.ToUpperInvariant());
                return 0;
            },
            ["boom"] = (_, _, _, _) => throw new InvalidOperationException("kaboom"),
            ["fail"] = (_, _, _, stderr) =>
            {
                stderr.WriteLine("fail: error: it failed");
                return 1;
            },
        };
        runner = new LitRunner(tools, new LitConfiguration { Features = new HashSet<string> { "present" } });
    }

    public void Dispose() => Directory.Delete(directory, true);

    private LitResult Run(string text, string name = "test.mlir")
    {
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return runner.Run(path);
    }

    [Fact]
    public void PipesThroughInProcessTools()
    {
        LitResult result = Run("// RUN: echo hello | upper | FileCheck %s\n// CHECK: HELLO\n");
        Assert.True(result.Status == LitStatus.Passed, result.Log);
    }

    [Fact]
    public void FailingCheckFailsTheTestWithDiagnosticsInTheLog()
    {
        LitResult result = Run("// RUN: echo hello | FileCheck %s\n// CHECK: goodbye\n");
        Assert.Equal(LitStatus.Failed, result.Status);
        Assert.Contains("error: CHECK: expected string not found in input", result.Log);
        Assert.Contains("RUN line 1", result.Reason);
    }

    [Fact]
    public void StopsAtTheFirstFailingRunLine()
    {
        LitResult result = Run("// RUN: fail\n// RUN: echo second > %t.marker\n");
        Assert.Equal(LitStatus.Failed, result.Status);
        Assert.Contains("fail: error: it failed", result.Log);
        Assert.DoesNotContain("second", result.Log);
    }

    [Fact]
    public void NotInvertsAndNotCrashRequiresACrash()
    {
        Assert.Equal(LitStatus.Passed, Run("// RUN: not fail\n").Status);
        Assert.Equal(LitStatus.Failed, Run("// RUN: not echo ok\n").Status);
        Assert.Equal(LitStatus.Passed, Run("// RUN: not --crash boom\n").Status);
        Assert.Equal(LitStatus.Failed, Run("// RUN: not boom\n").Status);
        Assert.Equal(LitStatus.Failed, Run("// RUN: not --crash fail\n").Status);
    }

    [Fact]
    public void PipelineFailsWhenAnyStageFails()
    {
        Assert.Equal(LitStatus.Failed, Run("// RUN: fail | cat\n").Status);
    }

    [Fact]
    public void StderrRedirectsIntoThePipe()
    {
        LitResult result = Run("// RUN: not fail 2>&1 | FileCheck %s\n// CHECK: fail: error: it failed\n");
        Assert.True(result.Status == LitStatus.Passed, result.Log);
        Assert.Equal(LitStatus.Failed, Run("// RUN: not fail | FileCheck %s\n// CHECK: it failed\n").Status);
    }

    [Fact]
    public void RedirectsAndAndOperatorsAndSubstitutions()
    {
        LitResult result = Run(string.Join('\n',
            "// RUN: echo one > %t.out && echo two >> %t.out; cat < %t.out | FileCheck %s",
            "// RUN: mkdir -p %T/sub && echo %%x %S | FileCheck %s --check-prefix=SUBST -DDIR=%S",
            "// RUN: cd %T && echo inner > rel.txt && cat rel.txt | upper | FileCheck %s --check-prefix=CD",
            "// CHECK: one",
            "// CHECK-NEXT: two",
            "// SUBST: %x [[DIR]]",
            "// CD: INNER",
            ""));
        Assert.True(result.Status == LitStatus.Passed, result.Log);
    }

    [Fact]
    public void QuotingFollowsShellRules()
    {
        LitResult result = Run("// RUN: echo 'a  b' \"c \\\"d\\\"\" e\\ f 'g|h' | FileCheck %s --strict-whitespace\n"
            + "// CHECK: {{^}}a  b c \"d\" e f g|h{{$}}\n");
        Assert.True(result.Status == LitStatus.Passed, result.Log);
    }

    [Fact]
    public void ContinuationLinesJoin()
    {
        LitResult result = Run("// RUN: echo joined \\\n// RUN:   words | FileCheck %s\n// CHECK: joined words\n");
        Assert.True(result.Status == LitStatus.Passed, result.Log);
    }

    [Fact]
    public void SplitFileKeepsLineNumbersWithLeadingLines()
    {
        LitResult result = Run(string.Join('\n',
            "// RUN: split-file --leading-lines %s %t",
            "// RUN: not FileCheck --check-prefix=X %t/check.txt --input-file %t/input.txt 2>&1 | FileCheck %s",
            "// RUN: split-file %s %t2 && not FileCheck -check-prefix X %t2/check.txt \\",
            "// RUN:   --input-file=%t2/input.txt 2>&1 \\",
            "// RUN:   | FileCheck %s --check-prefix=PLAIN",
            "// CHECK: check.txt:11:4: error: X: expected string not found in input",
            "// PLAIN: check.txt:1:4: error",
            "//--- input.txt",
            "xyz",
            "//--- check.txt",
            "X: nothing like this",
            ""));
        Assert.True(result.Status == LitStatus.Passed, result.Log);
    }

    [Fact]
    public void TemporaryDirectoryIsRemovedAfterTheRun()
    {
        LitResult result = Run("// RUN: mkdir -p %T/made\n");
        Assert.True(result.Status == LitStatus.Passed, result.Log);
        string command = result.Log.Split('\n')[1];
        string made = command.Substring(command.IndexOf('/', StringComparison.Ordinal));
        Assert.EndsWith("made", made);
        Assert.False(Directory.Exists(made), made + " should have been deleted");
    }

    [Fact]
    public void SplitFileWritesPartsExactly()
    {
        File.WriteAllText(Path.Combine(directory, "in.txt"), "ignored\n//--- a\nA1\n\nA2\n#--- d/b\nB\n");
        Assert.Equal(0, SplitFileTool.Run(new[] { "in.txt", "out" }, new StringReader(""), new StringWriter(),
            new StringWriter(), directory));
        Assert.Equal("A1\n\nA2\n", File.ReadAllText(Path.Combine(directory, "out", "a")));
        Assert.Equal("B\n", File.ReadAllText(Path.Combine(directory, "out", "d", "b")));
        Assert.Equal(0, SplitFileTool.Run(new[] { "--leading-lines", "in.txt", "out2" }, new StringReader(""),
            new StringWriter(), new StringWriter(), directory));
        Assert.Equal("\n\n\n\n\n\nB\n", File.ReadAllText(Path.Combine(directory, "out2", "d", "b")));
        File.WriteAllText(Path.Combine(directory, "none.txt"), "no parts\n");
        var stderr = new StringWriter();
        Assert.Equal(1, SplitFileTool.Run(new[] { "none.txt", "out3" }, new StringReader(""), new StringWriter(),
            stderr, directory));
        Assert.Contains("no part separator was found", stderr.ToString());
    }

    [Fact]
    public void RequiresAndUnsupportedAndXfail()
    {
        LitResult missing = Run("// REQUIRES: absent\n// RUN: fail\n");
        Assert.Equal(LitStatus.Unsupported, missing.Status);
        Assert.Contains("absent", missing.Reason);
        Assert.Equal(LitStatus.Passed, Run("// REQUIRES: present && !absent\n// RUN: echo\n").Status);
        Assert.Equal(LitStatus.Unsupported, Run("// UNSUPPORTED: present || absent\n// RUN: fail\n").Status);
        Assert.Equal(LitStatus.ExpectedFailure, Run("// XFAIL: *\n// RUN: fail\n").Status);
        Assert.Equal(LitStatus.UnexpectedPass, Run("// XFAIL: present\n// RUN: echo\n").Status);
        Assert.False(Run("// XFAIL: present\n// RUN: echo\n").IsSuccess);
    }

    [Fact]
    public void UnknownCommandFailsWithAClearMessage()
    {
        LitResult result = Run("// RUN: no-such-tool-anywhere --flag\n");
        Assert.Equal(LitStatus.Failed, result.Status);
        Assert.Contains("'no-such-tool-anywhere': command not found", result.Log);
    }

    [Fact]
    public void FileWithoutRunLinesFails()
    {
        LitResult result = Run("// CHECK: nothing\n");
        Assert.Equal(LitStatus.Failed, result.Status);
        Assert.Contains("no 'RUN:' line", result.Reason);
    }

    [Fact]
    public void RelativePathsResolveAgainstTheTestDirectory()
    {
        File.WriteAllText(Path.Combine(directory, "data.txt"), "payload\n");
        LitResult result = Run("// RUN: upper data.txt | FileCheck %s\n// RUN: cat data.txt | FileCheck %s "
            + "--check-prefix=LOWER\n// CHECK: PAYLOAD\n// LOWER: payload\n");
        Assert.True(result.Status == LitStatus.Passed, result.Log);
    }

    [Fact]
    public void SubstituteExpandsLitPlaceholders()
    {
        string expanded = LitRunner.Substitute("%s %S %p %t %T %% %{pathsep} %basename_t", "/d/x.mlir", "/tmp/r");
        Assert.Equal("/d/x.mlir /d /d /tmp/r/x.mlir.tmp /tmp/r % " + Path.PathSeparator + " x.mlir.tmp", expanded);
    }
}
