using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;
using Xunit;

namespace Dialectic.Core.Tests.Rewrite;

/// <summary>Freezing pattern sets: buckets per op, order by benefit, any-op interleaving, label filters.</summary>
public sealed class PatternOrderingTests
{
    /// <summary>Records its name when tried; succeeds when <paramref name="succeed"/>.</summary>
    private sealed class Probe(string? root, int benefit, string name, Context context, List<string> log, bool succeed = false)
        : RewritePattern(root, benefit, context)
    {
        public Probe Named()
        {
            DebugName = name;
            return this;
        }

        public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
        {
            log.Add(name);
            return succeed;
        }
    }

    private static (Context, Operation) OneOp()
    {
        var context = RewriteTestSupport.NewContext();
        var op = Operation.Create(new OperationState(context.UnknownLoc, "rt.neg"));
        return (context, op);
    }

    [Fact]
    public void HigherBenefitFirstAndTiesKeepInsertionOrder()
    {
        var (context, op) = OneOp();
        var log = new List<string>();
        var set = new RewritePatternSet(context)
            .Add(new Probe("rt.neg", 1, "low", context, log).Named())
            .Add(new Probe("rt.neg", 5, "high", context, log).Named())
            .Add(new Probe("rt.neg", 1, "low2", context, log).Named())
            .Add(new Probe("rt.add", 9, "other-op", context, log).Named())
            .Add(new Probe("rt.neg", 5, "high2", context, log).Named());
        var frozen = new FrozenRewritePatternSet(set);
        Assert.False(new PatternApplicator(frozen).MatchAndRewrite(op, new PatternRewriter(context)));
        Assert.Equal(["high", "high2", "low", "low2"], log);
        Assert.Equal(5, frozen.Patterns.Count);
    }

    [Fact]
    public void AnyOpPatternsInterleaveByBenefitAndLoseTies()
    {
        var (context, op) = OneOp();
        var log = new List<string>();
        var set = new RewritePatternSet(context)
            .Add(new Probe(null, 2, "any2", context, log).Named())
            .Add(new Probe("rt.neg", 2, "neg2", context, log).Named())
            .Add(new Probe(null, 7, "any7", context, log).Named())
            .Add(new Probe("rt.neg", 3, "neg3", context, log).Named())
            .Add(new Probe(null, 0, "any0", context, log).Named());
        new PatternApplicator(new FrozenRewritePatternSet(set)).MatchAndRewrite(op, new PatternRewriter(context));
        Assert.Equal(["any7", "neg3", "neg2", "any2", "any0"], log);
    }

    [Fact]
    public void FirstSuccessStopsAndImpossiblePatternsAreDropped()
    {
        var (context, op) = OneOp();
        var log = new List<string>();
        var set = new RewritePatternSet(context)
            .Add(new ImpossibleProbe(context, log))
            .Add(new Probe("rt.neg", 4, "fails", context, log).Named())
            .Add(new Probe("rt.neg", 3, "wins", context, log, succeed: true).Named())
            .Add(new Probe("rt.neg", 2, "never", context, log).Named());
        var frozen = new FrozenRewritePatternSet(set);
        Assert.True(new PatternApplicator(frozen).MatchAndRewrite(op, new PatternRewriter(context)));
        Assert.Equal(["fails", "wins"], log);
        Assert.Equal(3, frozen.GetPatterns(op.Name).Length);
    }

    private sealed class ImpossibleProbe(Context context, List<string> log) : RewritePattern("rt.neg", PatternBenefit.ImpossibleToMatch, context)
    {
        public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
        {
            log.Add("impossible");
            return true;
        }
    }

    [Fact]
    public void DisabledAndEnabledLabelsFilterByDebugNameOrLabel()
    {
        var (context, op) = OneOp();
        var log = new List<string>();
        var labelled = new Probe("rt.neg", 1, "labelled", context, log).Named();
        labelled.AddDebugLabels("group");
        var set = new RewritePatternSet(context)
            .Add(new Probe("rt.neg", 3, "a", context, log).Named())
            .Add(new Probe("rt.neg", 2, "b", context, log).Named())
            .Add(labelled);
        var rewriter = new PatternRewriter(context);
        new PatternApplicator(new FrozenRewritePatternSet(set, disabledPatternLabels: ["a", "group"])).MatchAndRewrite(op, rewriter);
        Assert.Equal(["b"], log);
        log.Clear();
        new PatternApplicator(new FrozenRewritePatternSet(set, enabledPatternLabels: ["group", "a"])).MatchAndRewrite(op, rewriter);
        Assert.Equal(["a", "labelled"], log);
        log.Clear();
        // Enabled first, then disabled: "a" is enabled but also disabled.
        new PatternApplicator(new FrozenRewritePatternSet(set, ["a"], ["a", "b"])).MatchAndRewrite(op, rewriter);
        Assert.Equal(["b"], log);
    }

    [Fact]
    public void TraitRootedPatternsJoinEveryRegisteredOpWithTheTrait()
    {
        var context = RewriteTestSupport.NewContext();
        var log = new List<string>();
        var set = new RewritePatternSet(context).Add(new TraitProbe(context, log));
        var frozen = new FrozenRewritePatternSet(set);
        Assert.Equal(1, frozen.GetPatterns(context.GetOperationName("rt.br")).Length);
        Assert.Equal(1, frozen.GetPatterns(context.GetOperationName("rt.return")).Length);
        Assert.Equal(0, frozen.GetPatterns(context.GetOperationName("rt.add")).Length);
        Assert.Equal(0, frozen.AnyOpPatterns.Length);
    }

    private sealed class TraitProbe(Context context, List<string> log) : RewritePattern(OpTraits.IsTerminator, 1, context)
    {
        public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
        {
            log.Add(op.Name.Name);
            return false;
        }
    }

    [Fact]
    public void CanApplyVetoesAndOnSuccessCanReject()
    {
        var (context, op) = OneOp();
        var log = new List<string>();
        var set = new RewritePatternSet(context)
            .Add(new Probe("rt.neg", 3, "vetoed", context, log, succeed: true).Named())
            .Add(new Probe("rt.neg", 2, "rejected", context, log, succeed: true).Named())
            .Add(new Probe("rt.neg", 1, "kept", context, log, succeed: true).Named());
        var failures = new List<string>();
        bool ok = new PatternApplicator(new FrozenRewritePatternSet(set)).MatchAndRewrite(op, new PatternRewriter(context),
            canApply: p => p.DebugName != "vetoed", onFailure: p => failures.Add(p.DebugName), onSuccess: p => p.DebugName != "rejected");
        Assert.True(ok);
        Assert.Equal(["rejected", "kept"], log);
        Assert.Equal(["rejected"], failures);
    }

    [Fact]
    public void BenefitRangeAndDefaults()
    {
        Assert.True(default(PatternBenefit).IsImpossibleToMatch);
        Assert.Equal(0, new PatternBenefit(0).Value);
        Assert.Equal(PatternBenefit.MaxValue, new PatternBenefit(PatternBenefit.MaxValue).Value);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new PatternBenefit(-1));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new PatternBenefit(65535));
        Assert.True(new PatternBenefit(2) > 1);
        Assert.True(PatternBenefit.ImpossibleToMatch < 0);
    }

    [Fact]
    public void FunctionalAndTypedPatternsGetDebugNames()
    {
        var context = RewriteTestSupport.NewContext();
        var set = new RewritePatternSet(context);
        set.Add<Dialectic.Core.IR.Builtin.UnrealizedConversionCastOp>(static (_, _) => false, 3, "fn");
        Assert.Equal("fn", set.Patterns[0].DebugName);
        Assert.Equal(3, set.Patterns[0].Benefit.Value);
        Assert.Equal("builtin.unrealized_conversion_cast", set.Patterns[0].RootKind!.Name);
        set.Add<NoOp>();
        Assert.Equal("NoOp", set.Patterns[1].DebugName);
        Assert.True(set.Patterns[1].MatchesAnyOp);
    }

    public sealed class NoOp(Context context) : RewritePattern((string?)null, 1, context)
    {
        public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter) => false;
    }
}
