using System.Collections.Generic;
using System.IO;
using System.Threading;
using Dialectic.Core.IR;
using Dialectic.Core.Pass;
using Dialectic.Core.Pass.Analysis;
using Xunit;

namespace Dialectic.Core.Tests.Pass;

/// <summary>Analysis caching and invalidation through passes, as MLIR's AnalysisManager.</summary>
public sealed class AnalysisManagerTests
{
    /// <summary>Counts its constructions (per test: the counter is reset by the test).</summary>
    private sealed class CountingAnalysis
    {
        public static int Built;

        public CountingAnalysis(Operation op)
        {
            Interlocked.Increment(ref Built);
            Op = op;
        }

        public Operation Op { get; }
    }

    private sealed class OtherAnalysis
    {
        public static int Built;

        public OtherAnalysis() => Interlocked.Increment(ref Built);
    }

    /// <summary>Stays valid while <see cref="CountingAnalysis"/> does.</summary>
    private sealed class DependentAnalysis(Operation op, AnalysisManager am) : IInvalidatableAnalysis
    {
        public CountingAnalysis Base { get; } = am.GetAnalysis<CountingAnalysis>();
        public Operation Op { get; } = op;

        public bool IsInvalidated(PreservedAnalyses preserved) => !preserved.IsPreserved<CountingAnalysis>();
    }

    /// <summary>Runs a callback as its body; its clones share it.</summary>
    private sealed class LambdaPass(string argument, System.Action<LambdaPass> body, string? opName = null) : Core.Pass.Pass
    {
        public override string Argument => argument;
        public override string? OpName => opName;

        public Operation Op => Operation;
        public T Get<T>() where T : class => GetAnalysis<T>();
        public T? Cached<T>() where T : class => GetCachedAnalysis<T>();
        public T Child<T>(Operation child) where T : class => GetChildAnalysis<T>(child);
        public T? Parent<T>(Operation parent) where T : class => GetCachedParentAnalysis<T>(parent);
        public void PreserveAll() => MarkAllAnalysesPreserved();
        public void Preserve<T>() => MarkAnalysesPreserved<T>();

        protected override void RunOnOperation() => body(this);

        public override Core.Pass.Pass Clone() => new LambdaPass(argument, body, opName);
    }

    private static (Context, Operation) Module()
    {
        var context = PassTestIR.NewContext();
        return (context, PassTestIR.Parse(context, PassTestIR.ThreeFunctions));
    }

    private static PassManager Manager(Context context) => new(context) { Multithreading = false, Output = TextWriter.Null };

    [Fact]
    public void CachesUntilAPassDoesNotPreserve()
    {
        var (context, module) = Module();
        CountingAnalysis? first = null;
        var seen = new List<string>();
        var pm = Manager(context);
        pm.AddPass(new LambdaPass("a", p =>
        {
            first = p.Get<CountingAnalysis>();
            Assert.Same(first, p.Get<CountingAnalysis>());
            p.PreserveAll();
        }));
        pm.AddPass(new LambdaPass("b", p =>
        {
            seen.Add(p.Cached<CountingAnalysis>() == first ? "cached" : "gone");
            p.Preserve<CountingAnalysis>();
        }));
        pm.AddPass(new LambdaPass("c", p => seen.Add(p.Cached<CountingAnalysis>() == first ? "cached" : "gone")));
        pm.AddPass(new LambdaPass("d", p => seen.Add(p.Cached<CountingAnalysis>() == null ? "gone" : "cached")));
        CountingAnalysis.Built = 0;
        Assert.True(pm.Run(module));
        Assert.Equal(["cached", "cached", "gone"], seen);
        Assert.Equal(1, CountingAnalysis.Built);
    }

    [Fact]
    public void NestedAnalysesFollowTheParentsPreservation()
    {
        var (context, module) = Module();
        var foo = module.Regions[0].FirstBlock!.FirstOp!;
        var seen = new List<string>();
        var pm = Manager(context);
        pm.AddPass(new LambdaPass("compute", p =>
        {
            p.Child<CountingAnalysis>(foo);
            p.Child<OtherAnalysis>(foo);
            p.Preserve<CountingAnalysis>();
        }));
        pm.AddPass(new LambdaPass("check", p =>
        {
            seen.Add(p.AnalysisManagerOf().GetCachedChildAnalysis<CountingAnalysis>(foo) != null ? "counting" : "-");
            seen.Add(p.AnalysisManagerOf().GetCachedChildAnalysis<OtherAnalysis>(foo) != null ? "other" : "-");
        }));
        pm.AddPass(new LambdaPass("check-again", p =>
            seen.Add(p.AnalysisManagerOf().GetCachedChildAnalysis<CountingAnalysis>(foo) != null ? "counting" : "-")));
        Assert.True(pm.Run(module));
        // Preserving one analysis keeps it in nested managers too; preserving nothing drops every nested manager.
        Assert.Equal(["counting", "-", "-"], seen);
    }

    [Fact]
    public void AnalysesDecidingTheirOwnInvalidation()
    {
        var (context, module) = Module();
        var am = AnalysisManager.CreateRoot(module);
        var dependent = am.GetAnalysis<DependentAnalysis>();
        Assert.Same(module, dependent.Op);
        var preserveBase = new PreservedAnalyses();
        preserveBase.Preserve<CountingAnalysis>();
        am.Invalidate(preserveBase);
        Assert.Same(dependent, am.GetCachedAnalysis<DependentAnalysis>());
        am.Invalidate(new PreservedAnalyses());
        Assert.Null(am.GetCachedAnalysis<DependentAnalysis>());
        Assert.Null(am.GetCachedAnalysis<CountingAnalysis>());
    }

    [Fact]
    public void FunctionPassesReadTheModulesCachedAnalysis()
    {
        var (context, module) = Module();
        var seen = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var pm = new PassManager(context) { Output = TextWriter.Null, DegreeOfParallelism = 2 };
        pm.AddPass(new LambdaPass("module", p =>
        {
            p.Get<CountingAnalysis>();
            p.PreserveAll();
        }));
        pm.Nest("func.func").AddPass(new LambdaPass("func", p =>
        {
            var parent = p.Parent<CountingAnalysis>(p.Op.ParentOp!);
            seen.Enqueue(parent?.Op == p.Op.ParentOp ? "parent" : "none");
            Assert.NotSame(parent, p.Get<CountingAnalysis>());
        }));
        Assert.True(pm.Run(module));
        Assert.Equal(["parent", "parent", "parent"], seen.ToArray());
    }

    [Fact]
    public void AnalysisWithoutUsableConstructorIsAnError()
    {
        var (_, module) = Module();
        var am = AnalysisManager.CreateRoot(module);
        Assert.Throws<System.InvalidOperationException>(() => am.GetAnalysis<string>());
    }
}

internal static class LambdaPassExtensions
{
    /// <summary>The running pass's analysis manager, through a pass instance (tests only).</summary>
    public static AnalysisManager AnalysisManagerOf(this Core.Pass.Pass pass) =>
        (AnalysisManager)typeof(Core.Pass.Pass).GetProperty("AnalysisManager", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(pass)!;
}
