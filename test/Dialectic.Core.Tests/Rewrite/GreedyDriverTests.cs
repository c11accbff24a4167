using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;
using Xunit;
using static Dialectic.Core.Tests.Rewrite.RewriteTestSupport;

namespace Dialectic.Core.Tests.Rewrite;

/// <summary>The greedy driver on small rt functions: folding, constant uniquing, dead code, order, limits.</summary>
public sealed class GreedyDriverTests
{
    private static readonly FrozenRewritePatternSet NoPatterns = new();

    /// <summary>neg(neg(x)) -> x.</summary>
    private sealed class DoubleNegation(Context context) : RewritePattern("rt.neg", 1, context)
    {
        public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
        {
            if (op.GetOperand(0).DefiningOp is not { Name.Name: "rt.neg" } inner)
                return rewriter.NotifyMatchFailure(op, "operand is not a negation");
            rewriter.ReplaceOp(op, [inner.GetOperand(0)]);
            return true;
        }
    }

    /// <summary>Logs the ops it is tried on (by their <c>id</c> attribute, else name); never matches.</summary>
    private sealed class Visitor(Context context, List<string> log) : RewritePattern((string?)null, 1, context)
    {
        public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
        {
            log.Add(op.GetAttr("id") is Dialectic.Core.IR.Attributes.StringAttr s ? s.Value : op.Name.Name);
            return false;
        }
    }

    /// <summary>Bumps a counter attribute on rt.neg every time: never converges.</summary>
    private sealed class Restless(Context context) : RewritePattern("rt.neg", 1, context)
    {
        public int Applied;

        public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
        {
            Applied++;
            rewriter.ModifyOpInPlace(op, () => op.SetAttr("n", Dialectic.Core.IR.Attributes.IntegerAttr.Get(op.Context.I(32), Applied)));
            return true;
        }
    }

    /// <summary>Replaces an unmarked rt.neg by a new, marked one.</summary>
    private sealed class Remake(Context context, List<string> log) : RewritePattern("rt.neg", 1, context)
    {
        public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
        {
            log.Add(op.GetAttr("mark") == null ? "old" : "new");
            if (op.GetAttr("mark") != null)
                return false;
            var state = new OperationState(op.Location, "rt.neg") { Operands = { op.GetOperand(0) }, ResultTypes = { op.GetResult(0).Type } };
            state.AddAttribute("mark", op.Context.UnitAttr);
            rewriter.ReplaceOp(op, rewriter.Create(state));
            return true;
        }
    }

    private static FrozenRewritePatternSet Patterns(Context context, params RewritePattern[] patterns)
    {
        var set = new RewritePatternSet(context);
        foreach (var p in patterns)
            set.Add(p);
        return new FrozenRewritePatternSet(set);
    }

    [Fact]
    public void FoldsUniquesConstantsAndErasesDeadCode()
    {
        var context = NewContext();
        var root = Parse(context, """
            "rt.func"() ({
            ^bb0(%arg0: i32):
              %0 = "rt.const"() <{value = 1 : i32}> : () -> i32
              %1 = "rt.const"() <{value = 2 : i32}> : () -> i32
              %2 = "rt.add"(%0, %1) : (i32, i32) -> i32
              %3 = "rt.neg"(%arg0) : (i32) -> i32
              %4 = "rt.const"() <{value = 3 : i32}> : () -> i32
              %5 = "rt.add"(%arg0, %2) : (i32, i32) -> i32
              %6 = "rt.add"(%5, %4) : (i32, i32) -> i32
              "rt.return"(%6) : (i32) -> ()
            }) : () -> ()
            """);
        bool converged = GreedyPatternRewriteDriver.ApplyPatternsGreedily(root, NoPatterns, null, out bool changed);
        Assert.True(converged);
        Assert.True(changed);
        // 1 + 2 folds to 3, which is uniqued with the existing 3; the dead neg and unused constants go.
        Assert.Equal(Text("""
            "rt.func"() ({
            ^bb0(%arg0: i32):
              %0 = "rt.const"() <{value = 3 : i32}> : () -> i32
              %1 = "rt.add"(%arg0, %0) : (i32, i32) -> i32
              %2 = "rt.add"(%1, %0) : (i32, i32) -> i32
              "rt.return"(%2) : (i32) -> ()
            }) : () -> ()
            """), Print(root));
    }

    [Fact]
    public void FoldToAnExistingValueReplacesTheOp()
    {
        var context = NewContext();
        var root = Parse(context, """
            "rt.func"() ({
            ^bb0(%arg0: i32):
              %0 = "rt.const"() <{value = 0 : i32}> : () -> i32
              %1 = "rt.add"(%arg0, %0) : (i32, i32) -> i32
              "rt.return"(%1) : (i32) -> ()
            }) : () -> ()
            """);
        Assert.True(GreedyPatternRewriteDriver.ApplyPatternsGreedily(root, NoPatterns));
        Assert.Equal(Text("""
            "rt.func"() ({
            ^bb0(%arg0: i32):
              "rt.return"(%arg0) : (i32) -> ()
            }) : () -> ()
            """), Print(root));
    }

    [Fact]
    public void DisabledFoldingAndConstantCseLeaveThemAlone()
    {
        var context = NewContext();
        const string text = """
            "rt.func"() ({
              %0 = "rt.const"() <{value = 1 : i32}> : () -> i32
              %1 = "rt.const"() <{value = 1 : i32}> : () -> i32
              %2 = "rt.add"(%0, %1) : (i32, i32) -> i32
              "rt.return"(%2) : (i32) -> ()
            }) : () -> ()
            """;
        var root = Parse(context, text);
        var config = new GreedyRewriteConfig { EnableFolding = false, EnableConstantCSE = false };
        Assert.True(GreedyPatternRewriteDriver.ApplyPatternsGreedily(root, NoPatterns, config, out bool changed));
        Assert.False(changed);
        Assert.Equal(Text(text), Print(root));
    }

    [Fact]
    public void ReplacedOpsRequeueTheirUsers()
    {
        var context = NewContext();
        var root = Parse(context, """
            "rt.func"() ({
            ^bb0(%arg0: i32):
              %0 = "rt.neg"(%arg0) : (i32) -> i32
              %1 = "rt.neg"(%0) : (i32) -> i32
              %2 = "rt.neg"(%1) : (i32) -> i32
              %3 = "rt.neg"(%2) : (i32) -> i32
              %4 = "rt.neg"(%3) : (i32) -> i32
              "rt.return"(%4) : (i32) -> ()
            }) : () -> ()
            """);
        foreach (bool topDown in new[] { true, false })
        {
            var copy = root.Clone();
            var config = new GreedyRewriteConfig { UseTopDownTraversal = topDown };
            Assert.True(GreedyPatternRewriteDriver.ApplyPatternsGreedily(copy, Patterns(context, new DoubleNegation(context)), config));
            Assert.Single(Find(copy, "rt.neg"));
        }
    }

    [Fact]
    public void TopDownVisitsInPreOrderAndBottomUpFromTheEnd()
    {
        var context = NewContext();
        var root = Parse(context, """
            "rt.func"() ({
              "rt.region"() ({
                "rt.opaque"() {id = "inner1"} : () -> ()
                "rt.yield"() {id = "yield"} : () -> ()
              }) {id = "region"} : () -> ()
              "rt.opaque"() {id = "after"} : () -> ()
              "rt.return"() {id = "return"} : () -> ()
            }) : () -> ()
            """);
        var log = new List<string>();
        var patterns = Patterns(context, new Visitor(context, log));
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(root, patterns, new GreedyRewriteConfig { UseTopDownTraversal = true });
        Assert.Equal(["region", "inner1", "yield", "after", "return"], log);
        log.Clear();
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(root, patterns, new GreedyRewriteConfig { UseTopDownTraversal = false });
        // Seeded in post-order, each op with its ancestors (inner1 brings region in first: inner1, region, yield,
        // after, return), and popped from the back.
        Assert.Equal(["return", "after", "yield", "region", "inner1"], log);
    }

    [Fact]
    public void UsersOfConstantsUniquedWhileSeedingComeWhereTheConstantWas()
    {
        // As MLIR: replacing the second constant while seeding queues its user right then, so after the reversal
        // the user comes before "between", although it follows it in the block.
        var context = NewContext();
        var root = Parse(context, """
            "rt.func"() ({
            ^bb0(%arg0: i32):
              %0 = "rt.const"() <{value = 1 : i32}> {id = "first"} : () -> i32
              %1 = "rt.const"() <{value = 1 : i32}> {id = "second"} : () -> i32
              "rt.opaque"() {id = "between"} : () -> ()
              "rt.store"(%1) {id = "user"} : (i32) -> ()
              "rt.return"() {id = "return"} : () -> ()
            }) : () -> ()
            """);
        var log = new List<string>();
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(root, Patterns(context, new Visitor(context, log)),
            new GreedyRewriteConfig { UseTopDownTraversal = true, MaxIterations = 1 });
        Assert.Equal(["first", "user", "between", "return"], log);
    }

    [Fact]
    public void NonConvergenceIsReportedAfterMaxIterations()
    {
        var context = NewContext();
        var root = Parse(context, """
            "rt.func"() ({
            ^bb0(%arg0: i32):
              %0 = "rt.neg"(%arg0) : (i32) -> i32
              "rt.return"(%0) : (i32) -> ()
            }) : () -> ()
            """);
        var restless = new Restless(context);
        var config = new GreedyRewriteConfig { MaxIterations = 3, MaxNumRewrites = 2 };
        bool converged = GreedyPatternRewriteDriver.ApplyPatternsGreedily(root, Patterns(context, restless), config, out bool changed);
        Assert.False(converged);
        Assert.True(changed);
        Assert.Equal(6, restless.Applied); // 2 rewrites in each of 3 sweeps
    }

    [Fact]
    public void StrictExistingOpsSkipsNewOps()
    {
        var context = NewContext();
        const string text = """
            "rt.func"() ({
            ^bb0(%arg0: i32):
              %0 = "rt.neg"(%arg0) : (i32) -> i32
              "rt.return"(%0) : (i32) -> ()
            }) : () -> ()
            """;
        var log = new List<string>();
        var root = Parse(context, text);
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(root, Patterns(context, new Remake(context, log)),
            new GreedyRewriteConfig { Strictness = GreedyRewriteStrictness.ExistingOps });
        Assert.Equal(["old"], log);
        log.Clear();
        root = Parse(context, text);
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(root, Patterns(context, new Remake(context, log)),
            new GreedyRewriteConfig { Strictness = GreedyRewriteStrictness.ExistingAndNewOps });
        // The second sweep (the first changed the IR) sees the new op again.
        Assert.Equal(["old", "new", "new"], log);
    }

    [Fact]
    public void OpListDriverProcessesOnlyTheGivenOpsAndWhatTheyTouch()
    {
        var context = NewContext();
        var root = Parse(context, """
            "rt.func"() ({
            ^bb0(%arg0: i32):
              %0 = "rt.const"() <{value = 1 : i32}> : () -> i32
              %1 = "rt.const"() <{value = 2 : i32}> : () -> i32
              %2 = "rt.add"(%0, %1) : (i32, i32) -> i32
              %3 = "rt.neg"(%arg0) : (i32) -> i32
              "rt.return"(%2) : (i32) -> ()
            }) : () -> ()
            """);
        var add = Find(root, "rt.add")[0];
        bool converged = GreedyPatternRewriteDriver.ApplyOpPatternsGreedily([add], NoPatterns, null, out bool changed, out bool allErased);
        Assert.True(converged);
        Assert.True(changed);
        Assert.True(allErased);
        // The add folded to a new constant before it; the old constants lost their user and went; the dead neg was
        // not in the list and stays.
        Assert.Equal(Text("""
            "rt.func"() ({
            ^bb0(%arg0: i32):
              %0 = "rt.const"() <{value = 3 : i32}> : () -> i32
              %1 = "rt.neg"(%arg0) : (i32) -> i32
              "rt.return"(%0) : (i32) -> ()
            }) : () -> ()
            """), Print(root));
    }

    [Fact]
    public void ConfigListenerHearsChangesAndPatternAttempts()
    {
        var context = NewContext();
        var root = Parse(context, """
            "rt.func"() ({
            ^bb0(%arg0: i32):
              %0 = "rt.neg"(%arg0) : (i32) -> i32
              %1 = "rt.neg"(%0) : (i32) -> i32
              "rt.return"(%1) : (i32) -> ()
            }) : () -> ()
            """);
        var listener = new RecordingListener();
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(root, Patterns(context, new DoubleNegation(context)),
            new GreedyRewriteConfig { Listener = listener });
        Assert.Equal([
            "begin DoubleNegation", "failure operand is not a negation", "end DoubleNegation failed",
            "begin DoubleNegation", "replace rt.neg", "modify rt.return", "erase rt.neg", "end DoubleNegation ok",
            "erase rt.neg",
        ], listener.Events);
    }

    [Fact]
    public void DeepNestingIsProcessedIteratively()
    {
        var context = NewContext();
        const int depth = 10_000;
        var text = new System.Text.StringBuilder("\"rt.func\"() ({\n^bb0(%a: i32):\n");
        for (int i = 0; i < depth; i++)
            text.Append("\"rt.region\"() ({\n");
        text.Append("%x = \"rt.const\"() <{value = 1 : i32}> : () -> i32\n%y = \"rt.add\"(%a, %x) : (i32, i32) -> i32\n");
        for (int i = 0; i < depth; i++)
            text.Append("\"rt.yield\"() : () -> ()\n}) : () -> ()\n");
        text.Append("\"rt.return\"() : () -> ()\n}) : () -> ()\n");
        Operation root = null!;
        Dialectic.Core.Support.BigStack.Run(() => root = Parse(context, text.ToString()));
        var results = new List<(bool Converged, int Returns, int Regions)>();
        System.Exception? failure = null;
        // A small stack: nothing in the driver may recurse over the nesting depth.
        var thread = new System.Threading.Thread(() =>
        {
            try
            {
                foreach (bool topDown in new[] { true, false })
                {
                    var copy = root.Clone();
                    bool converged = GreedyPatternRewriteDriver.ApplyPatternsGreedily(copy, NoPatterns, new GreedyRewriteConfig { UseTopDownTraversal = topDown });
                    results.Add((converged, Find(copy, "rt.return").Count, Find(copy, "rt.region").Count));
                }
            }
            catch (System.Exception e)
            {
                failure = e;
            }
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        Assert.Equal([(true, 1, 0), (true, 1, 0)], results);
    }

    [Fact]
    public void EmptyRegionsAndOpsWithoutRegionsConverge()
    {
        var context = NewContext();
        var op = Operation.Create(new OperationState(context.UnknownLoc, "rt.neg"));
        Assert.True(GreedyPatternRewriteDriver.ApplyPatternsGreedily(op, NoPatterns, null, out bool changed));
        Assert.False(changed);
        Assert.True(GreedyPatternRewriteDriver.ApplyPatternsGreedily(new Region(), NoPatterns));
        Assert.True(GreedyPatternRewriteDriver.ApplyOpPatternsGreedily([], NoPatterns));
    }
}
