using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;
using Xunit;
using static Dialectic.Core.Tests.Rewrite.RewriteTestSupport;

namespace Dialectic.Core.Tests.Rewrite;

/// <summary>The walk driver: one post-order pass, first matching pattern per op, no folding.</summary>
public sealed class WalkDriverTests
{
    /// <summary>Erases every rt.neg it is given (their results are unused here) and logs visits.</summary>
    private sealed class EraseNeg(Context context, List<string> log) : RewritePattern((string?)null, 1, context)
    {
        public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
        {
            log.Add(op.GetAttr("id") is Dialectic.Core.IR.Attributes.StringAttr s ? s.Value : op.Name.Name);
            if (op.Name.Name != "rt.neg" || !op.UseEmpty)
                return false;
            rewriter.EraseOp(op);
            return true;
        }
    }

    [Fact]
    public void VisitsPostOrderOnceAndToleratesErasingTheVisitedOp()
    {
        var context = NewContext();
        var root = Parse(context, """
            "rt.func"() ({
            ^bb0(%arg0: i32):
              %0 = "rt.const"() <{value = 1 : i32}> : () -> i32
              %1 = "rt.const"() <{value = 2 : i32}> : () -> i32
              %2 = "rt.add"(%0, %1) {id = "add"} : (i32, i32) -> i32
              "rt.region"() ({
                %3 = "rt.neg"(%arg0) {id = "inner"} : (i32) -> i32
                "rt.yield"() {id = "yield"} : () -> ()
              }) {id = "region"} : () -> ()
              %4 = "rt.neg"(%arg0) {id = "outer"} : (i32) -> i32
              "rt.return"(%2) {id = "return"} : (i32) -> ()
            }) : () -> ()
            """);
        var log = new List<string>();
        var set = new RewritePatternSet(context).Add(new EraseNeg(context, log));
        var listener = new RecordingListener();
        WalkPatternRewriteDriver.WalkAndApplyPatterns(root, new FrozenRewritePatternSet(set), listener);
        Assert.Equal(["rt.const", "rt.const", "add", "inner", "yield", "region", "outer", "return"], log);
        Assert.Equal(["erase rt.neg", "erase rt.neg"], listener.Events);
        // No folding, no dead-code removal: the add of constants stays.
        Assert.Single(Find(root, "rt.add"));
        Assert.Empty(Find(root, "rt.neg"));
    }
}
