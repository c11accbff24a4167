using System;
using System.IO;
using Xunit;

namespace Dialectic.Core.Tests.Pass;

/// <summary>
/// Crash reproducers: written when a pipeline fails, read back by <c>--run-reproducer</c>, which fails the same way
/// and writes the same reproducer again. (File layout checked against mlir-opt-22: see test/lit/Pass.)
/// </summary>
public sealed class ReproducerTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dialectic-repro-" + Guid.NewGuid().ToString("N"));

    public ReproducerTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Input = """
        func.func @foo(%arg0: i32) -> i32 {
          %c1 = arith.constant 1 : i32
          %0 = arith.addi %arg0, %c1 : i32
          return %0 : i32
        }
        func.func @bar() {
          return
        }
        """;

    [Fact]
    public void RoundTrip()
    {
        string first = Path.Combine(_dir, "first.mlir");
        var run = PassTestIR.Opt(Input, "--pass-pipeline=builtin.module(func.func(test-options-pass{string='a b' list=1,2},test-pass-failure{gen-diagnostics=true}),test-module-pass)",
            "--mlir-pass-pipeline-crash-reproducer=" + first);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("<stdin>:1:1: note: Pipeline failed while executing [`(anonymous namespace)::TestFailurePass` on 'func.func' operation: @foo]: reproducer generated at `" + first + "`", run.Stderr);
        string text = File.ReadAllText(first);
        Assert.Contains("      pipeline: \"builtin.module(func.func(test-options-pass{enum=zero list={1,2} string={a b} },test-pass-failure{gen-diagnostics=true}), test-module-pass)\",\n"
            + "      disable_threading: false,\n      verify_each: true\n", text);
        Assert.StartsWith("module {\n  func.func @foo(%arg0: i32) -> i32 {\n", text);

        // Replaying fails the same way; its own reproducer is the same file.
        string second = Path.Combine(_dir, "second.mlir");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = Tools.Opt.OptMain.Run([first, "--run-reproducer", "--mlir-pass-pipeline-crash-reproducer=" + second], TextReader.Null, stdout, stderr);
        Assert.Equal(1, rc);
        Assert.Contains("error: illegal operation", stderr.ToString());
        Assert.Contains("note: Pipeline failed while executing [`(anonymous namespace)::TestFailurePass` on 'func.func' operation: @foo]", stderr.ToString());
        Assert.Equal(text, File.ReadAllText(second));
    }

    [Fact]
    public void ReproducerSettingsApply()
    {
        string file = Path.Combine(_dir, "settings.mlir");
        File.WriteAllText(file, """
            module {
              func.func @f() {
                return
              }
            }

            {-#
              external_resources: {
                mlir_reproducer: {
                  pipeline: "builtin.module(func.func(test-pass-create-invalid-ir))",
                  disable_threading: true,
                  verify_each: false
                }
              }
            #-}
            """);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        // verify_each: false lets the invalid IR through to the output.
        int rc = Tools.Opt.OptMain.Run([file, "--run-reproducer", "--mlir-print-op-generic"], TextReader.Null, stdout, stderr);
        Assert.Equal(0, rc);
        Assert.Contains("\"builtin.unrealized_conversion_cast\"", stdout.ToString());
        // Local reproducers need threading off: the reproducer's disable_threading provides it.
        rc = Tools.Opt.OptMain.Run([file, "--run-reproducer", "--mlir-pass-pipeline-local-reproducer",
            "--mlir-pass-pipeline-crash-reproducer=" + Path.Combine(_dir, "x.mlir")], TextReader.Null, stdout, stderr);
        Assert.Equal(0, rc);
    }

    [Fact]
    public void UnwritableReproducerIsReported()
    {
        string file = Path.Combine(_dir, "no-such-dir", "r.mlir");
        var run = PassTestIR.Opt(Input, "--test-pass-failure", "--mlir-pass-pipeline-crash-reproducer=" + file);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("note: Pipeline failed while executing [`(anonymous namespace)::TestFailurePass` on 'builtin.module' operation]: failed to create output stream: Failed to create reproducer stream: ", run.Stderr);
    }
}
