using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dialectic.Core.Diagnostics;
using Dialectic.Core.IR;
using Dialectic.Core.Pass;
using Dialectic.Core.Pass.TestPasses;
using Xunit;

namespace Dialectic.Core.Tests.Pass;

/// <summary>Execution semantics of nested pass managers, as MLIR's pass manager has them.</summary>
public sealed class PassManagerTests
{
    private const string Nested = """
        module {
          func.func @foo() { return }
          arith.constant 0 : i32
          module @inner {
            func.func @inner_fn() { return }
          }
          func.func @bar() { return }
        }
        """;

    private static (Context Context, Operation Module, List<Diagnostic> Diagnostics) Setup(string text, bool allowUnregistered = false)
    {
        var context = PassTestIR.NewContext(allowUnregistered);
        var module = PassTestIR.Parse(context, text);
        var diagnostics = new List<Diagnostic>();
        context.Diagnostics.AddHandler(d =>
        {
            diagnostics.Add(d);
            return true;
        });
        return (context, module, diagnostics);
    }

    private static PassManager Manager(Context context, bool threading = false) =>
        new(context) { Multithreading = threading, Output = TextWriter.Null };

    [Fact]
    public void NestedManagerRunsOnDirectlyNestedOpsOfItsName()
    {
        var (context, module, _) = Setup(Nested);
        var log = new ConcurrentQueue<string>();
        var pm = Manager(context);
        pm.Nest("func.func").AddPass(new RecordingPass(log, "f"));
        pm.Nest("builtin.module").Nest("func.func").AddPass(new RecordingPass(log, "g"));
        Assert.True(pm.Run(module));
        // The two nested managers are merged into one adaptor: nested ops are visited once, in IR order.
        Assert.Equal(["f:@foo", "g:@inner_fn", "f:@bar"], log.ToArray());
    }

    [Fact]
    public void AnyRunsOnIsolatedOpsOnly()
    {
        var (context, module, _) = Setup(Nested);
        var log = new ConcurrentQueue<string>();
        var pm = Manager(context);
        pm.NestAny().AddPass(new RecordingPass(log, "a"));
        Assert.True(pm.Run(module));
        // The arith.constant is not isolated from above; the nested module and functions are.
        Assert.Equal(["a:@foo", "a:@inner", "a:@bar"], log.ToArray());
    }

    [Fact]
    public void AdjacentNestedManagersAreMergedAndRunPerOp()
    {
        var (context, module, _) = Setup(Nested);
        var log = new ConcurrentQueue<string>();
        var pm = Manager(context);
        pm.Nest("func.func").AddPass(new RecordingPass(log, "a"));
        pm.Nest("func.func").AddPass(new RecordingPass(log, "b"));
        Assert.Equal("builtin.module(func.func(test-record-a),func.func(test-record-b))", pm.ToString());
        Assert.True(pm.Run(module));
        Assert.Equal("builtin.module(func.func(test-record-a,test-record-b))", pm.ToString());
        Assert.Equal(["a:@foo", "b:@foo", "a:@bar", "b:@bar"], log.ToArray());
    }

    [Fact]
    public void AnyAndSpecificManagersMergeSorted()
    {
        var (context, module, _) = Setup(Nested);
        var log = new ConcurrentQueue<string>();
        var pm = Manager(context);
        pm.Nest("func.func").AddPass(new RecordingPass(log, "a"));
        pm.Nest("builtin.module").AddPass(new RecordingPass(log, "m"));
        Assert.True(pm.Run(module));
        Assert.Equal("builtin.module(builtin.module(test-record-m),func.func(test-record-a))", pm.ToString());
        Assert.Equal(["a:@foo", "m:@inner", "a:@bar"], log.ToArray());
        // An op-agnostic manager next to a specific one could take the same ops: not merged.
        var pm2 = Manager(context);
        pm2.Nest("func.func").AddPass(new RecordingPass(log, "a"));
        pm2.NestAny().AddPass(new RecordingPass(log, "b"));
        Assert.True(pm2.Run(module));
        Assert.Equal("builtin.module(func.func(test-record-a),any(test-record-b))", pm2.ToString());
    }

    [Fact]
    public void FailureProcessesEverySiblingThenStops()
    {
        var (context, module, _) = Setup(Nested);
        var log = new ConcurrentQueue<string>();
        var pm = Manager(context);
        var funcs = pm.Nest("func.func");
        funcs.AddPass(new RecordingPass(log, "a", failOn: "foo"));
        funcs.AddPass(new RecordingPass(log, "b"));
        pm.AddPass(new RecordingPass(log, "m"));
        Assert.False(pm.Run(module));
        Assert.Equal(["a:@foo", "a:@bar", "b:@bar"], log.ToArray());
    }

    [Fact]
    public void VerifiesAfterEachPassUnlessDisabled()
    {
        var (context, module, diagnostics) = Setup(PassTestIR.ThreeFunctions);
        var pm = Manager(context);
        pm.Nest("func.func").AddPass(new TestInvalidIRPass());
        Assert.False(pm.Run(module));
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains("does not dominate this use"));

        (context, module, diagnostics) = Setup(PassTestIR.ThreeFunctions);
        pm = Manager(context);
        pm.VerifyPasses = false;
        pm.Nest("func.func").AddPass(new TestInvalidIRPass());
        Assert.True(pm.Run(module));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void AThrowingPassIsAFailureWithADiagnostic()
    {
        var (context, module, diagnostics) = Setup(PassTestIR.ThreeFunctions);
        var pm = Manager(context);
        pm.AddPass(new TestCrashPass());
        Assert.False(pm.Run(module));
        var d = Assert.Single(diagnostics);
        Assert.Equal("pass '(anonymous namespace)::TestCrashRecoveryPass' failed with an internal error: InvalidOperationException: test-pass-crash always crashes", d.Message);
    }

    [Fact]
    public void SchedulingErrorsUseMlirWording()
    {
        var (context, module, diagnostics) = Setup("""
            func.func @f(%n: index) {
              %c0 = arith.constant 0 : index
              %c1 = arith.constant 1 : index
              scf.for %i = %c0 to %n step %c1 {
              }
              return
            }
            "test.unreg"() ({
              func.func @g() { return }
            }) : () -> ()
            """, allowUnregistered: true);
        var pm = Manager(context);
        pm.Nest("func.func").Nest("scf.for").AddPass(new TestStatisticPass());
        Assert.False(pm.Run(module));
        Assert.Equal("'scf.for' op trying to schedule a pass on an operation not marked as 'IsolatedFromAbove'", diagnostics[0].Message);
        Assert.StartsWith("see current operation: \n\"scf.for\"", diagnostics[0].Notes[0].Message);

        diagnostics.Clear();
        pm = Manager(context);
        pm.Nest("test.unreg").AddPass(new TestStatisticPass());
        Assert.False(pm.Run(module));
        Assert.Equal("'test.unreg' op trying to schedule a pass on an unregistered operation", diagnostics[0].Message);

        diagnostics.Clear();
        var wrongAnchor = new PassManager(context, "func.func") { Output = TextWriter.Null };
        Assert.False(wrongAnchor.Run(module));
        Assert.Equal("can't run 'func.func' pass manager on 'builtin.module' op", diagnostics[0].Message);

        diagnostics.Clear();
        var pm3 = Manager(context);
        pm3.AddPass(new UnschedulablePass());
        Assert.False(pm3.Run(module));
        Assert.Equal("'builtin.module' op trying to schedule pass 'UnschedulablePass' on an unsupported operation", diagnostics[0].Message);
    }

    private sealed class UnschedulablePass : Core.Pass.Pass
    {
        public override string Argument => "test-unschedulable";
        public override bool CanScheduleOn(OperationName name) => name.Name == "func.func";
        protected override void RunOnOperation() { }
    }

    private sealed class LoggingInstrumentation(List<string> log) : PassInstrumentation
    {
        public override void RunBeforePipeline(string? opName, PipelineParentInfo parentInfo) => log.Add($"before-pipeline {opName ?? "any"}");
        public override void RunAfterPipeline(string? opName, PipelineParentInfo parentInfo) => log.Add($"after-pipeline {opName ?? "any"}");
        public override void RunBeforePass(Core.Pass.Pass pass, Operation op) => log.Add($"before {pass.Name} on {Describe(op)}");
        public override void RunAfterPass(Core.Pass.Pass pass, Operation op) => log.Add($"after {pass.Name} on {Describe(op)}");
        public override void RunAfterPassFailed(Core.Pass.Pass pass, Operation op) => log.Add($"failed {pass.Name} on {Describe(op)}");
        public override void RunBeforeAnalysis(string name, System.Type analysisType, Operation op) => log.Add($"before-analysis {name}");
        public override void RunAfterAnalysis(string name, System.Type analysisType, Operation op) => log.Add($"after-analysis {name}");

        private static string Describe(Operation op) => SymbolTable.GetSymbolName(op) is { } s ? "@" + s : op.Name.Name;
    }

    [Fact]
    public void InstrumentationSeesPipelinesPassesAndAnalyses()
    {
        var (context, module, _) = Setup("""
            func.func @foo() { return }
            func.func @bar() { return }
            """);
        var log = new List<string>();
        var pm = Manager(context);
        pm.AddInstrumentation(new LoggingInstrumentation(log));
        pm.Nest("func.func").AddPass(new TestFailurePass());
        pm.AddPass(new TestPrintCallGraphPass());
        Assert.False(pm.Run(module));
        Assert.Equal([
            "before Pipeline Collection : ['func.func'] on builtin.module",
            "before-pipeline func.func",
            "before (anonymous namespace)::TestFailurePass on @foo",
            "failed (anonymous namespace)::TestFailurePass on @foo",
            "after-pipeline func.func",
            "before-pipeline func.func",
            "before (anonymous namespace)::TestFailurePass on @bar",
            "failed (anonymous namespace)::TestFailurePass on @bar",
            "after-pipeline func.func",
            "failed Pipeline Collection : ['func.func'] on builtin.module",
        ], log);

        log.Clear();
        var pm2 = Manager(context);
        pm2.AddInstrumentation(new LoggingInstrumentation(log));
        pm2.AddPass(new TestPrintCallGraphPass());
        Assert.True(pm2.Run(module));
        Assert.Equal([
            "before (anonymous namespace)::TestCallGraphPass on builtin.module",
            "before-analysis CallGraph",
            "after-analysis CallGraph",
            "after (anonymous namespace)::TestCallGraphPass on builtin.module",
        ], log);
    }

    private sealed class DynamicPipelinePass : Core.Pass.Pass
    {
        public override string Argument => "test-dynamic";
        public OpPassManager Pipeline { get; } = new("func.func");

        protected override void RunOnOperation()
        {
            foreach (var op in Operation.Regions[0].FirstBlock!.Operations.ToList())
                if (op.Name.Name == "func.func" && !RunPipeline(Pipeline, op))
                    SignalPassFailure();
        }
    }

    [Fact]
    public void DynamicPipelinesRunOnNestedOps()
    {
        var (context, module, diagnostics) = Setup(PassTestIR.ThreeFunctions);
        var log = new ConcurrentQueue<string>();
        var pass = new DynamicPipelinePass();
        pass.Pipeline.AddPass(new RecordingPass(log, "d"));
        var pm = Manager(context);
        pm.AddPass(pass);
        Assert.True(pm.Run(module));
        Assert.Equal(["d:@foo", "d:@bar", "d:@baz"], log.ToArray());
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void StatisticsReportInBothLayouts()
    {
        var (context, module, _) = Setup(PassTestIR.ThreeFunctions);
        var output = new StringWriter();
        var pm = new PassManager(context) { Multithreading = false, Output = output };
        pm.AddPass(new TestStatisticPass());
        pm.Nest("func.func").AddPass(new TestStatisticPass());
        pm.EnableStatistics(PassDisplayMode.Pipeline);
        Assert.True(pm.Run(module));
        // Layout as MLIR's PassStatistics.cpp prints it (mlir-opt-22 is built without LLVM_ENABLE_STATS, so only the
        // header could be compared against it).
        Assert.Equal("""
            ===-------------------------------------------------------------------------===
                                     ... Pass statistics report ...
            ===-------------------------------------------------------------------------===
            (anonymous namespace)::TestStatisticPass
              (S) 9 num-ops  - Number of operations counted
              (S) 9 num-ops2 - Number of operations counted one more time
            'func.func' Pipeline
              (anonymous namespace)::TestStatisticPass
                (S) 8 num-ops  - Number of operations counted
                (S) 8 num-ops2 - Number of operations counted one more time


            """.Replace("\r", ""), output.ToString());

        output.GetStringBuilder().Clear();
        var (context2, module2, _) = Setup(PassTestIR.ThreeFunctions);
        var pm2 = new PassManager(context2) { Multithreading = true, DegreeOfParallelism = 3, Output = output };
        pm2.AddPass(new TestStatisticPass());
        pm2.Nest("func.func").AddPass(new TestStatisticPass());
        pm2.EnableStatistics(PassDisplayMode.List);
        Assert.True(pm2.Run(module2));
        Assert.Equal("""
            ===-------------------------------------------------------------------------===
                                     ... Pass statistics report ...
            ===-------------------------------------------------------------------------===
              (anonymous namespace)::TestStatisticPass
                (S) 17 num-ops  - Number of operations counted
                (S) 17 num-ops2 - Number of operations counted one more time


            """.Replace("\r", ""), output.ToString());
    }
}
