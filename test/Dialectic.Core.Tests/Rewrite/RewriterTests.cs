using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;
using Xunit;
using static Dialectic.Core.Tests.Rewrite.RewriteTestSupport;

namespace Dialectic.Core.Tests.Rewrite;

/// <summary>The rewriter's edits and what its listener hears about them.</summary>
public sealed class RewriterTests
{
    private const string Func = """
        "rt.func"() ({
        ^bb0(%arg0: i32):
          %0 = "rt.const"() <{value = 1 : i32}> : () -> i32
          %1 = "rt.add"(%arg0, %0) : (i32, i32) -> i32
          %2 = "rt.neg"(%1) : (i32) -> i32
          "rt.return"(%2) : (i32) -> ()
        }) : () -> ()
        """;

    private static (Context, Operation, RecordingListener, IRRewriter) Setup(string text = Func)
    {
        var context = NewContext();
        var root = Parse(context, text);
        var listener = new RecordingListener();
        return (context, root, listener, new IRRewriter(context, listener));
    }

    [Fact]
    public void BuilderInsertionsAreNotified()
    {
        var (context, root, listener, rewriter) = Setup();
        var add = Find(root, "rt.add")[0];
        rewriter.SetInsertionPoint(add);
        var c = rewriter.Create(Const(context, 5));
        Assert.Same(add, c.NextOp);
        var block = rewriter.CreateBlock(root.Regions[0], null, [context.I(32)]);
        Assert.Same(block, rewriter.InsertionBlock);
        Assert.Equal(["insert rt.const", "insert block"], listener.Events);
        // A builder with no insertion point creates detached ops silently.
        rewriter.ClearInsertionPoint();
        rewriter.Create(Const(context, 6));
        Assert.Equal(2, listener.Events.Count);
    }

    [Fact]
    public void ReplaceOpNotifiesReplacementThenEachUserThenErasure()
    {
        var (_, root, listener, rewriter) = Setup();
        var add = Find(root, "rt.add")[0];
        var arg = root.Regions[0].FirstBlock!.GetArgument(0);
        rewriter.ReplaceOp(add, [arg]);
        Assert.Equal(["replace rt.add", "modify rt.neg", "erase rt.add"], listener.Events);
        Assert.Same(arg, Find(root, "rt.neg")[0].GetOperand(0));
        Assert.Empty(Find(root, "rt.add"));
    }

    [Fact]
    public void ReplaceOpWithOpAndCountMismatch()
    {
        var (context, root, listener, rewriter) = Setup();
        var add = Find(root, "rt.add")[0];
        rewriter.SetInsertionPoint(add);
        var c = rewriter.Create(Const(context, 9));
        listener.Events.Clear();
        rewriter.ReplaceOp(add, c);
        Assert.Equal(["replace rt.add", "modify rt.neg", "erase rt.add"], listener.Events);
        Assert.Throws<System.ArgumentException>(() => rewriter.ReplaceOp(Find(root, "rt.neg")[0], new Value[0]));
        Assert.Throws<System.InvalidOperationException>(() => rewriter.EraseOp(c));
    }

    [Fact]
    public void EraseOpErasesNestedOpsAndBlocksFirst()
    {
        var (context, _, listener, rewriter) = Setup();
        var root = Parse(context, """
            "rt.func"() ({
              "rt.region"() ({
                %0 = "rt.const"() <{value = 1 : i32}> : () -> i32
                %1 = "rt.neg"(%0) : (i32) -> i32
                "rt.yield"() : () -> ()
              }) : () -> ()
              "rt.return"() : () -> ()
            }) : () -> ()
            """);
        var region = Find(root, "rt.region")[0];
        rewriter.EraseOp(region);
        Assert.Equal(["erase rt.yield", "erase rt.neg", "erase rt.const", "erase block", "erase rt.region"], listener.Events);
        Assert.Equal(Text("""
            "rt.func"() ({
              "rt.return"() : () -> ()
            }) : () -> ()
            """), Print(root));
    }

    [Fact]
    public void EraseWithoutListenerTakesTheFastPath()
    {
        var context = NewContext();
        var root = Parse(context, Func);
        var rewriter = new IRRewriter(context);
        var ret = Find(root, "rt.return")[0];
        rewriter.EraseOp(ret);
        rewriter.EraseOp(Find(root, "rt.neg")[0]);
        Assert.True(Find(root, "rt.add")[0].UseEmpty);
    }

    [Fact]
    public void ModifyInPlaceAndUseReplacementsNotifyUsers()
    {
        var (context, root, listener, rewriter) = Setup();
        var add = Find(root, "rt.add")[0];
        var neg = Find(root, "rt.neg")[0];
        rewriter.ModifyOpInPlace(neg, () => neg.SetAttr("tag", context.UnitAttr));
        Assert.Equal(["modify rt.neg"], listener.Events);
        listener.Events.Clear();
        var arg = root.Regions[0].FirstBlock!.GetArgument(0);
        // The argument's only user is rt.add, which the predicate rejects.
        Assert.False(rewriter.ReplaceUsesWithIf(arg, add.GetResult(0), use => use.Owner.Name.Name == "rt.return"));
        Assert.Empty(listener.Events);
    }

    [Fact]
    public void ReplaceUsesWithIfReportsWhetherAllWereReplaced()
    {
        var (_, root, listener, rewriter) = Setup();
        var c = Find(root, "rt.const")[0].GetResult(0);
        var neg = Find(root, "rt.neg")[0];
        neg.SetOperand(0, c);
        var add = Find(root, "rt.add")[0];
        bool all = rewriter.ReplaceUsesWithIf(c, root.Regions[0].FirstBlock!.GetArgument(0), use => ReferenceEquals(use.Owner, neg));
        Assert.False(all);
        Assert.Equal(["modify rt.neg"], listener.Events);
        Assert.Same(c, add.GetOperand(1));
        listener.Events.Clear();
        rewriter.ReplaceAllUsesExcept(c, add.GetResult(0), add);
        Assert.Empty(listener.Events);
        Assert.Same(c, add.GetOperand(1));
    }

    [Fact]
    public void MovesAreNotifiedAsInsertionsWithTheirOrigin()
    {
        var (_, root, listener, rewriter) = Setup();
        var c = Find(root, "rt.const")[0];
        var neg = Find(root, "rt.neg")[0];
        rewriter.MoveOpAfter(c, neg);
        Assert.Same(neg, c.PrevOp);
        rewriter.MoveOpBefore(c, Find(root, "rt.add")[0]);
        Assert.Equal(["move rt.const", "move rt.const"], listener.Events);
    }

    [Fact]
    public void SplitBlockMovesTheTailAndKeepsTheInsertionPoint()
    {
        var (_, root, listener, rewriter) = Setup();
        var entry = root.Regions[0].FirstBlock!;
        var neg = Find(root, "rt.neg")[0];
        rewriter.SetInsertionPointToStart(entry);
        var tail = rewriter.SplitBlock(entry, neg);
        Assert.Same(tail, entry.NextBlock);
        Assert.Same(neg, tail.FirstOp);
        Assert.Equal("rt.return", tail.LastOp!.Name.Name);
        Assert.Equal("rt.add", entry.LastOp!.Name.Name);
        Assert.Same(entry, rewriter.InsertionBlock);
        // Moved from the back, one at a time, as MLIR.
        Assert.Equal(["insert block", "move rt.return", "move rt.neg"], listener.Events);
        var empty = rewriter.SplitBlock(tail, null);
        Assert.True(empty.IsEmpty);
    }

    [Fact]
    public void MergeBlocksReplacesArgumentsAndErasesTheSource()
    {
        var (context, root, listener, rewriter) = Setup("""
            "rt.func"() ({
            ^bb0(%a: i32):
              "rt.opaque_br"()[^bb1] : () -> ()
            ^bb1:
              "rt.return"() : () -> ()
            }) : () -> ()
            """);
        var region = root.Regions[0];
        var source = new Block();
        var arg = source.AddArgument(context.I(32), context.UnknownLoc);
        region.Append(source);
        var negState = new OperationState(context.UnknownLoc, "rt.neg") { Operands = { arg }, ResultTypes = { context.I(32) } };
        source.Append(Operation.Create(negState));
        var dest = region.FirstBlock!.NextBlock!;
        rewriter.SetInsertionPointToEnd(source);
        rewriter.InlineBlockBefore(source, dest.FirstOp!, [region.FirstBlock!.GetArgument(0)]);
        Assert.Equal(["modify rt.neg", "move rt.neg", "erase block"], listener.Events);
        Assert.Equal("rt.neg", dest.FirstOp!.Name.Name);
        Assert.Same(region.FirstBlock!.GetArgument(0), dest.FirstOp.GetOperand(0));
        Assert.Null(source.Parent);
        // The insertion point followed the ops (end of the source: before the old insertion point).
        Assert.Same(dest, rewriter.InsertionBlock);
        Assert.Throws<System.InvalidOperationException>(() => rewriter.MergeBlocks(dest, region.FirstBlock!));
    }

    [Fact]
    public void InlineRegionBeforeMovesEveryBlock()
    {
        var (context, root, listener, rewriter) = Setup();
        var other = new Region();
        other.Append(new Block());
        other.Append(new Block());
        rewriter.InlineRegionBefore(other, root.Regions[0], null);
        Assert.True(other.IsEmpty);
        Assert.Equal(3, root.Regions[0].BlockCount);
        Assert.Equal(["move block", "move block"], listener.Events);
    }

    [Fact]
    public void MatchFailuresReachTheListenerAndReturnFalse()
    {
        var (_, root, listener, rewriter) = Setup();
        bool built = false;
        Assert.False(rewriter.NotifyMatchFailure(root, "no match"));
        Assert.False(rewriter.NotifyMatchFailure(root, () =>
        {
            built = true;
            return "lazy";
        }));
        Assert.True(built);
        Assert.Equal(["failure no match", "failure lazy"], listener.Events);
        var silent = new IRRewriter(root.Context);
        built = false;
        silent.NotifyMatchFailure(root, () =>
        {
            built = true;
            return "x";
        });
        Assert.False(built);
    }

    [Fact]
    public void InsertionGuardRestoresThePoint()
    {
        var (_, root, _, rewriter) = Setup();
        var add = Find(root, "rt.add")[0];
        rewriter.SetInsertionPoint(add);
        using (new InsertionGuard(rewriter))
        {
            rewriter.SetInsertionPointToEnd(root.Regions[0].FirstBlock!);
            Assert.Null(rewriter.InsertionPoint);
        }
        Assert.Same(add, rewriter.InsertionPoint);
    }

    [Fact]
    public void CloneNotifiesTheCopyAndItsNestedOps()
    {
        var (context, _, listener, rewriter) = Setup();
        var root = Parse(context, """
            "rt.func"() ({
              "rt.region"() ({
                %0 = "rt.const"() <{value = 1 : i32}> : () -> i32
                "rt.yield"() : () -> ()
              }) : () -> ()
              "rt.return"() : () -> ()
            }) : () -> ()
            """);
        var region = Find(root, "rt.region")[0];
        rewriter.SetInsertionPoint(region);
        rewriter.Clone(region);
        Assert.Equal(["insert rt.region", "insert rt.const", "insert rt.yield"], listener.Events);
        Assert.Equal(2, Find(root, "rt.region").Count);
    }
}
