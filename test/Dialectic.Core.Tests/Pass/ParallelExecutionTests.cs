using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Dialectic.Core.Diagnostics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Pass;
using Xunit;

namespace Dialectic.Core.Tests.Pass;

/// <summary>
/// Nested pipelines on isolated-from-above ops run in parallel with clones of the passes; the IR, the diagnostics
/// (in IR order) and the text passes write are the same at any thread count.
/// </summary>
public sealed class ParallelExecutionTests
{
    /// <summary>Renames each function, marks it, creates constants in the shared context, reports a remark and
    /// writes a line; sleeps a little (differently per function) so workers finish out of order.</summary>
    private sealed class RenamePass : Core.Pass.Pass
    {
        public static int Instances;

        private readonly PassStatistic _renamed = new("num-renamed", "Number of functions renamed");

        public RenamePass() => Interlocked.Increment(ref Instances);

        public override string Argument => "test-rename-functions";
        public override string? OpName => "func.func";

        protected override void RunOnOperation()
        {
            var op = Operation;
            string name = SymbolTable.GetSymbolName(op)!;
            int n = int.Parse(name.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            Thread.Sleep((n * 7919) % 5);
            op.Properties = ((DictionaryAttr)op.Properties!).With("sym_name", StringAttr.Get(Context, name + "_renamed"));
            op.SetAttr("test.index", IntegerAttr.Get(Context.I(64), n));
            // Uniqued attributes and types from many threads at once.
            for (int i = 0; i < 20; i++)
                IntegerAttr.Get(Context.I(17 + (n + i) % 40), n * 1000 + i);
            op.EmitRemark("renamed @" + name);
            if (n % 5 == 3)
            {
                op.EmitError("function @" + name + " is unlucky").AttachNote("attached after emission");
                SignalPassFailure();
            }
            Output.Write("processed @" + name + "\n");
            _renamed.Increment();
        }
    }

    private static string Functions(int count)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
            sb.Append("func.func @f").Append(i).Append("(%arg0: i32) -> i32 {\n  %0 = arith.addi %arg0, %arg0 : i32\n  return %0 : i32\n}\n");
        return sb.ToString();
    }

    private static (bool Ok, string IR, string Diagnostics, string Output, long Renamed) Run(string text, bool threading, int degree)
    {
        var context = PassTestIR.NewContext();
        var module = PassTestIR.Parse(context, text);
        // Rendered at the end, as dialectic-opt renders each diagnostic once the next one arrives: notes attached
        // right after emission belong to it.
        var emitted = new List<Diagnostic>();
        context.Diagnostics.AddHandler(d =>
        {
            emitted.Add(d);
            return true;
        });
        var output = new StringWriter();
        var pm = new PassManager(context) { Multithreading = threading, DegreeOfParallelism = degree, Output = output };
        var pass = new RenamePass();
        pm.Nest("func.func").AddPass(pass);
        bool ok = pm.Run(module);
        // The workers' clones hold their counts until they are merged into the original passes.
        pm.MergeStatistics();
        long renamed = pass.Statistics[0].Value;
        var diagnostics = new StringBuilder();
        foreach (var d in emitted)
        {
            diagnostics.Append(DiagnosticRenderer.SeverityName(d.Severity)).Append(": ").Append(d.Message).Append('\n');
            foreach (var note in d.Notes)
                diagnostics.Append("  note: ").Append(note.Message).Append('\n');
        }
        return (ok, PassTestIR.Print(module), diagnostics.ToString(), output.ToString(), renamed);
    }

    [Fact]
    public void SameResultAtAnyThreadCount()
    {
        string text = Functions(48);
        var sequential = Run(text, threading: false, degree: 1);
        Assert.False(sequential.Ok);
        Assert.Equal(48, sequential.Renamed);
        Assert.Contains("@f47_renamed", sequential.IR);
        foreach (int degree in new[] { 1, 2, 4, 16 })
        {
            var parallel = Run(text, threading: true, degree);
            Assert.Equal(sequential.Ok, parallel.Ok);
            Assert.Equal(sequential.IR, parallel.IR);
            Assert.Equal(sequential.Diagnostics, parallel.Diagnostics);
            Assert.Equal(sequential.Output, parallel.Output);
            Assert.Equal(48, parallel.Renamed);
        }
    }

    [Fact]
    public void DiagnosticsComeOutInIROrder()
    {
        var result = Run(Functions(20), threading: true, degree: 8);
        var expected = new StringBuilder();
        var output = new StringBuilder();
        for (int i = 0; i < 20; i++)
        {
            expected.Append("remark: renamed @f").Append(i).Append('\n');
            if (i % 5 == 3)
                expected.Append("error: function @f").Append(i).Append(" is unlucky\n  note: attached after emission\n");
            output.Append("processed @f").Append(i).Append('\n');
        }
        Assert.Equal(expected.ToString(), result.Diagnostics);
        Assert.Equal(output.ToString(), result.Output);
    }

    [Fact]
    public void WorkersUseClonesOfThePasses()
    {
        RenamePass.Instances = 0;
        var result = Run(Functions(16), threading: true, degree: 4);
        Assert.Equal(16, result.Renamed);
        // The original plus at most one clone per worker (and never one per function).
        Assert.InRange(RenamePass.Instances, 1, 1 + 4);
    }

    [Fact]
    public void ToolOutputIsTheSameWithAndWithoutThreads()
    {
        string text = Functions(24);
        string[] flags = ["--pass-pipeline=builtin.module(func.func(test-stats-pass,test-pass-failure{gen-diagnostics=true}))",
            "--mlir-print-ir-after-all", "--mlir-pass-statistics", "-o", "-"];
        var threaded = PassTestIR.Opt(text, flags);
        var sequential = PassTestIR.Opt(text, [.. flags, "--mlir-disable-threading"]);
        Assert.Equal(1, threaded.ExitCode);
        Assert.Equal(sequential.Stderr, threaded.Stderr);
        Assert.Equal(sequential.Stdout, threaded.Stdout);
        Assert.Contains("<stdin>:5:1: error: illegal operation\n", threaded.Stderr);
        Assert.True(threaded.Stderr.IndexOf("@f3(", StringComparison.Ordinal) < threaded.Stderr.IndexOf("@f4(", StringComparison.Ordinal));
    }
}
