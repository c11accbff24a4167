using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;
using Xunit;
using static Dialectic.Core.Tests.Rewrite.RewriteTestSupport;

namespace Dialectic.Core.Tests.Rewrite;

/// <summary>Unreachable blocks, region DCE (dead ops and block arguments), block merging, redundant arguments.</summary>
public sealed class RegionSimplificationTests
{
    private static (Operation Root, bool Changed) Simplify(string text, bool merge = false)
    {
        var context = NewContext();
        var root = Parse(context, text);
        bool changed = RegionSimplification.SimplifyRegions(new IRRewriter(context), root.Regions[0], merge);
        return (root, changed);
    }

    [Fact]
    public void UnreachableBlocksGoEvenWithSelfReferences()
    {
        var (root, changed) = Simplify("""
            "rt.func"() ({
            ^bb0(%arg0: i32):
              "rt.br"()[^bb2] : () -> ()
            ^bb1:
              %0 = "rt.add"(%0, %0) : (i32, i32) -> i32
              "rt.br"(%0)[^bb3] : (i32) -> ()
            ^bb2:
              "rt.return"() : () -> ()
            ^bb3(%1: i32):
              "rt.br"()[^bb1] : () -> ()
            }) : () -> ()
            """);
        Assert.True(changed);
        Assert.Equal(Text("""
            "rt.func"() ({
            ^bb0(%arg0: i32):
              "rt.br"()[^bb1] : () -> ()
            ^bb1:  // pred: ^bb0
              "rt.return"() : () -> ()
            }) : () -> ()
            """), Print(root));
    }

    [Fact]
    public void DeadBlockArgumentsAndTheirOperandsGo()
    {
        var (root, changed) = Simplify("""
            "rt.func"() ({
            ^bb0(%arg0: i32):
              %0 = "rt.neg"(%arg0) : (i32) -> i32
              "rt.br"(%0, %arg0)[^bb1] : (i32, i32) -> ()
            ^bb1(%1: i32, %2: i32):
              "rt.return"(%2) : (i32) -> ()
            }) : () -> ()
            """);
        // The neg fed only the dead argument, so it is dead too.
        Assert.True(changed);
        Assert.Equal(Text("""
            "rt.func"() ({
            ^bb0(%arg0: i32):
              "rt.br"(%arg0)[^bb1] : (i32) -> ()
            ^bb1(%0: i32):  // pred: ^bb0
              "rt.return"(%0) : (i32) -> ()
            }) : () -> ()
            """), Print(root));
    }

    [Fact]
    public void DeadCyclesThroughLoopArgumentsGo()
    {
        var (root, _) = Simplify("""
            "rt.func"() ({
            ^bb0(%arg0: i32, %c: i1):
              "rt.br"(%arg0)[^bb1] : (i32) -> ()
            ^bb1(%i: i32):
              %next = "rt.neg"(%i) : (i32) -> i32
              "rt.cond_br"(%c, %next)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 0>}> : (i1, i32) -> ()
            ^bb2:
              "rt.return"() : () -> ()
            }) : () -> ()
            """);
        Assert.Equal(Text("""
            "rt.func"() ({
            ^bb0(%arg0: i32, %arg1: i1):
              "rt.br"()[^bb1] : () -> ()
            ^bb1:  // 2 preds: ^bb0, ^bb1
              "rt.cond_br"(%arg1)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
            ^bb2:  // pred: ^bb1
              "rt.return"() : () -> ()
            }) : () -> ()
            """), Print(root));
    }

    [Fact]
    public void OpaqueTerminatorsKeepTheirSuccessorsArguments()
    {
        const string text = """
            "rt.func"() ({
            ^bb0(%arg0: i32):
              "rt.opaque_br"(%arg0)[^bb1] : (i32) -> ()
            ^bb1(%0: i32):  // pred: ^bb0
              "rt.return"() : () -> ()
            }) : () -> ()
            """;
        var (root, changed) = Simplify(text);
        Assert.False(changed);
        Assert.Equal(Text(text), Print(root));
    }

    [Fact]
    public void EffectsKeepOpsAliveAndNestedRegionsAreCleaned()
    {
        var (root, changed) = Simplify("""
            "rt.func"() ({
            ^bb0(%arg0: i32):
              %0 = "rt.load"(%arg0) : (i32) -> i32
              "rt.store"(%arg0) : (i32) -> ()
              "rt.opaque"() : () -> ()
              "rt.region"() ({
                %1 = "rt.neg"(%arg0) : (i32) -> i32
                "rt.yield"() : () -> ()
              }) : () -> ()
              %2 = "rt.alloc"() : () -> i32
              "rt.return"() : () -> ()
            }) : () -> ()
            """);
        Assert.True(changed);
        // The unused load and alloc, and the region with a pure body, are dead.
        Assert.Equal(Text("""
            "rt.func"() ({
            ^bb0(%arg0: i32):
              "rt.store"(%arg0) : (i32) -> ()
              "rt.opaque"() : () -> ()
              "rt.return"() : () -> ()
            }) : () -> ()
            """), Print(root));
    }

    [Fact]
    public void IdenticalBlocksMergeOnlyWhenAsked()
    {
        const string text = """
            "rt.func"() ({
            ^bb0(%c: i1, %a: i32, %b: i32):
              "rt.cond_br"(%c)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
            ^bb1:
              %0 = "rt.neg"(%a) : (i32) -> i32
              "rt.br"(%0)[^bb3] : (i32) -> ()
            ^bb2:
              %1 = "rt.neg"(%b) : (i32) -> i32
              "rt.br"(%1)[^bb3] : (i32) -> ()
            ^bb3(%2: i32):
              "rt.return"(%2) : (i32) -> ()
            }) : () -> ()
            """;
        var (normal, changed) = Simplify(text);
        Assert.False(changed);
        Assert.Equal(4, normal.Regions[0].BlockCount);
        var (merged, mergedChanged) = Simplify(text, merge: true);
        Assert.True(mergedChanged);
        // ^bb2 merges into ^bb1, whose neg operand becomes an argument passed by the branch; the last block's
        // argument then always receives the neg and is dropped.
        Assert.Equal(Text("""
            "rt.func"() ({
            ^bb0(%arg0: i1, %arg1: i32, %arg2: i32):
              "rt.cond_br"(%arg0, %arg1, %arg2)[^bb1, ^bb1] <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (i1, i32, i32) -> ()
            ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb0
              %1 = "rt.neg"(%0) : (i32) -> i32
              "rt.br"()[^bb2] : () -> ()
            ^bb2:  // pred: ^bb1
              "rt.return"(%1) : (i32) -> ()
            }) : () -> ()
            """), Print(merged));
    }

    [Fact]
    public void ArgumentsAlwaysGivenOneValueAreDroppedWhenMerging()
    {
        var (root, changed) = Simplify("""
            "rt.func"() ({
            ^bb0(%c: i1, %a: i32):
              "rt.cond_br"(%c, %a, %a)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (i1, i32, i32) -> ()
            ^bb1(%0: i32):
              "rt.br"(%0)[^bb3] : (i32) -> ()
            ^bb2(%1: i32):
              "rt.opaque"() : () -> ()
              "rt.br"(%1)[^bb3] : (i32) -> ()
            ^bb3(%2: i32):
              "rt.return"(%2) : (i32) -> ()
            }) : () -> ()
            """, merge: true);
        Assert.True(changed);
        Assert.Equal(Text("""
            "rt.func"() ({
            ^bb0(%arg0: i1, %arg1: i32):
              "rt.cond_br"(%arg0)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
            ^bb1:  // pred: ^bb0
              "rt.br"()[^bb3] : () -> ()
            ^bb2:  // pred: ^bb0
              "rt.opaque"() : () -> ()
              "rt.br"()[^bb3] : () -> ()
            ^bb3:  // 2 preds: ^bb1, ^bb2
              "rt.return"(%arg1) : (i32) -> ()
            }) : () -> ()
            """), Print(root));
    }

    [Fact]
    public void DriverSimplifiesRegionsBetweenSweeps()
    {
        var context = NewContext();
        var root = Parse(context, """
            "rt.func"() ({
            ^bb0(%arg0: i32):
              "rt.br"(%arg0)[^bb1] : (i32) -> ()
            ^bb1(%0: i32):
              "rt.return"() : () -> ()
            ^bb2:
              "rt.return"() : () -> ()
            }) : () -> ()
            """);
        var config = new GreedyRewriteConfig { RegionSimplification = GreedySimplifyRegionLevel.Disabled };
        var copy = root.Clone();
        Assert.True(GreedyPatternRewriteDriver.ApplyPatternsGreedily(copy, new FrozenRewritePatternSet(), config, out bool changed));
        // Unreachable blocks go even without region simplification (patterns must not see them).
        Assert.True(changed);
        Assert.Equal(2, copy.Regions[0].BlockCount);
        Assert.Equal(1, copy.Regions[0].LastBlock!.NumArguments);
        Assert.True(GreedyPatternRewriteDriver.ApplyPatternsGreedily(root, new FrozenRewritePatternSet()));
        Assert.Equal(0, root.Regions[0].LastBlock!.NumArguments);
    }
    [Fact]
    public void UnreachableBlocksOfNestedRegionsGoAndDeadRegionOpsGoWhole()
    {
        // The first rt.region is live (its body stores) and loses its unreachable ^bb2; the second is dead and
        // goes whole, unreachable block and all; the neg used only in the unreachable block goes after it.
        var (root, changed) = Simplify("""
            "rt.func"() ({
            ^bb0(%arg0: i32):
              %0 = "rt.neg"(%arg0) : (i32) -> i32
              "rt.region"() ({
              ^bb1:
                "rt.store"(%arg0) : (i32) -> ()
                "rt.yield"() : () -> ()
              ^bb2:
                %1 = "rt.add"(%0, %1) : (i32, i32) -> i32
                "rt.yield"() : () -> ()
              }) : () -> ()
              "rt.region"() ({
              ^bb3:
                "rt.yield"() : () -> ()
              ^bb4:
                "rt.store"(%arg0) : (i32) -> ()
                "rt.yield"() : () -> ()
              }) : () -> ()
              "rt.return"() : () -> ()
            }) : () -> ()
            """);
        Assert.True(changed);
        Assert.Equal(Text("""
            "rt.func"() ({
            ^bb0(%arg0: i32):
              "rt.region"() ({
                "rt.store"(%arg0) : (i32) -> ()
                "rt.yield"() : () -> ()
              }) : () -> ()
              "rt.return"() : () -> ()
            }) : () -> ()
            """), Print(root));
    }

    [Fact]
    public void ErasingUnreachableBlocksAloneCountsAsAChange()
    {
        var (root, changed) = Simplify("""
            "rt.func"() ({
            ^bb0(%arg0: i32):
              "rt.store"(%arg0) : (i32) -> ()
              "rt.return"() : () -> ()
            ^bb1:
              "rt.return"() : () -> ()
            }) : () -> ()
            """);
        Assert.True(changed);
        Assert.Equal(1, root.Regions[0].BlockCount);
        Assert.False(RegionSimplification.SimplifyRegions(new IRRewriter(root.Context), root.Regions[0]));
    }
}
