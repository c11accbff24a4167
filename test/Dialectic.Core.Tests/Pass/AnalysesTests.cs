using System.Collections.Generic;
using System.Linq;
using Dialectic.Core.IR;
using Dialectic.Core.Pass.Analysis;
using Xunit;

namespace Dialectic.Core.Tests.Pass;

/// <summary>Dominance, post-dominance, liveness and call graph analyses on small CFGs.</summary>
public sealed class AnalysesTests
{
    // ^bb0 -> ^bb1, ^bb2; ^bb1 -> ^bb3; ^bb2 -> ^bb3; ^bb3 -> return. ^bb4 unreachable, ^bb5 loops forever.
    private const string Diamond = """
        func.func @f(%a: i32, %b: i1) -> i32 {
          %c1 = arith.constant 1 : i32
          cf.cond_br %b, ^bb1, ^bb2(%a : i32)
        ^bb1:
          %x = arith.addi %a, %c1 : i32
          cf.br ^bb3(%x : i32)
        ^bb2(%y: i32):
          cf.br ^bb3(%y : i32)
        ^bb3(%z: i32):
          %r = arith.addi %z, %c1 : i32
          return %r : i32
        ^bb4:
          cf.br ^bb3(%a : i32)
        }
        """;

    private static (Operation Func, Block[] Blocks) Parse(string text)
    {
        var context = PassTestIR.NewContext();
        var module = PassTestIR.Parse(context, text);
        var func = module.Regions[0].FirstBlock!.FirstOp!;
        return (func, func.Regions[0].Blocks.ToArray());
    }

    [Fact]
    public void Dominance()
    {
        var (func, b) = Parse(Diamond);
        var dom = new DominanceAnalysis(func);
        Assert.Null(dom.ImmediateDominator(b[0]));
        Assert.Same(b[0], dom.ImmediateDominator(b[1]));
        Assert.Same(b[0], dom.ImmediateDominator(b[2]));
        Assert.Same(b[0], dom.ImmediateDominator(b[3]));
        Assert.True(dom.Dominates(b[0], b[3]));
        Assert.False(dom.Dominates(b[1], b[3]));
        Assert.True(dom.ProperlyDominates(b[0], b[1]));
        Assert.False(dom.ProperlyDominates(b[1], b[1]));
        Assert.Same(b[0], dom.FindNearestCommonDominator(b[1], b[2]));
        Assert.Same(b[1], dom.FindNearestCommonDominator(b[1], b[1]));
        Assert.Equal([b[1], b[2], b[3]], dom.DominatorTreeChildren(b[0]));
        // Unreachable: dominated by everything, dominating nothing reachable.
        Assert.False(dom.IsReachableFromEntry(b[4]));
        Assert.True(dom.Dominates(b[1], b[4]));
        Assert.False(dom.Dominates(b[4], b[3]));
        // Ops: order in a block, then blocks; an op dominates what is nested in it.
        var c1 = b[0].FirstOp!;
        var ret = b[3].LastOp!;
        Assert.True(dom.ProperlyDominates(c1, ret));
        Assert.False(dom.ProperlyDominates(ret, c1));
        Assert.False(dom.ProperlyDominates(b[1].FirstOp!, ret));
        Assert.True(dom.ProperlyDominates(func, ret));
        Assert.False(dom.ProperlyDominates(func, ret, enclosingOpOk: false));
        Assert.True(dom.ProperlyDominates(c1.GetResult(0), b[1].FirstOp!));
    }

    [Fact]
    public void PostDominance()
    {
        var (func, b) = Parse(Diamond);
        var post = new PostDominanceInfo(func);
        Assert.Same(b[3], post.ImmediatePostDominator(b[0]));
        Assert.Same(b[3], post.ImmediatePostDominator(b[1]));
        Assert.Same(b[3], post.ImmediatePostDominator(b[4]));
        Assert.Null(post.ImmediatePostDominator(b[3]));
        Assert.True(post.PostDominates(b[3], b[0]));
        Assert.False(post.PostDominates(b[1], b[0]));
        Assert.Same(b[3], post.FindNearestCommonPostDominator(b[1], b[2]));
        var ret = b[3].LastOp!;
        Assert.True(post.ProperlyPostDominates(ret, b[0].FirstOp!));
        Assert.True(post.ProperlyPostDominates(ret, b[3].FirstOp!));
        Assert.False(post.ProperlyPostDominates(b[3].FirstOp!, ret));
        Assert.False(post.ProperlyPostDominates(b[1].FirstOp!, b[0].FirstOp!));
    }

    [Fact]
    public void PostDominanceWithTwoExits()
    {
        var (func, b) = Parse("""
            func.func @g(%c: i1) {
              cf.cond_br %c, ^bb1, ^bb2
            ^bb1:
              return
            ^bb2:
              return
            }
            """);
        var post = new PostDominanceInfo(func);
        Assert.Null(post.ImmediatePostDominator(b[0]));
        Assert.Null(post.FindNearestCommonPostDominator(b[1], b[2]));
        Assert.False(post.PostDominates(b[1], b[0]));
    }

    [Fact]
    public void Liveness()
    {
        var (func, b) = Parse(Diamond);
        var live = new Liveness(func);
        var a = b[0].GetArgument(0);
        var cond = b[0].GetArgument(1);
        var c1 = b[0].FirstOp!.GetResult(0);
        var x = b[1].FirstOp!.GetResult(0);
        var z = b[3].GetArgument(0);
        var r = b[3].FirstOp!.GetResult(0);
        Assert.Empty(live.GetLiveIn(b[0]));
        Assert.Equal(Set(a, c1), Set(live.GetLiveOut(b[0])));
        Assert.Equal(Set(a, c1), Set(live.GetLiveIn(b[1])));
        Assert.Equal(Set(c1), Set(live.GetLiveOut(b[1])));
        Assert.Equal(Set(c1), Set(live.GetLiveIn(b[2])));
        Assert.Equal(Set(c1), Set(live.GetLiveIn(b[3])));
        Assert.Empty(live.GetLiveOut(b[3]));
        Assert.Equal(Set(a, c1), Set(live.GetLiveIn(b[4])));
        // Dead after its last use; live-out values are never dead in their block.
        Assert.True(live.IsDeadAfter(x, b[1].LastOp!));
        Assert.False(live.IsDeadAfter(x, b[1].FirstOp!));
        Assert.True(live.IsDeadAfter(cond, b[0].LastOp!));
        Assert.False(live.IsDeadAfter(c1, b[1].LastOp!));
        Assert.True(live.IsDeadAfter(r, b[3].LastOp!));
        var info = live.GetLiveness(b[3])!;
        Assert.Equal(Set(c1, z, r), Set(info.CurrentlyLiveValues(b[3].FirstOp!)));
        Assert.Equal(Set(r), Set(info.CurrentlyLiveValues(b[3].LastOp!)));
        Assert.Equal(new[] { b[1].FirstOp!, b[1].LastOp! }, live.ResolveLiveness(x));
    }

    [Fact]
    public void LivenessThroughNestedRegions()
    {
        var (func, b) = Parse("""
            func.func @h(%n: index, %v: i32) -> i32 {
              %c0 = arith.constant 0 : index
              %c1 = arith.constant 1 : index
              %s = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %v) -> (i32) {
                %t = arith.addi %acc, %v : i32
                scf.yield %t : i32
              }
              cf.br ^bb1
            ^bb1:
              return %s : i32
            }
            """);
        var live = new Liveness(func);
        var v = b[0].GetArgument(1);
        var forOp = b[0].FirstOp!.NextOp!.NextOp!;
        var s = forOp.GetResult(0);
        Assert.Equal(Set(s), Set(live.GetLiveOut(b[0])));
        // %v is used inside the loop body: live until the for, dead after it.
        Assert.False(live.IsDeadAfter(v, b[0].FirstOp!));
        Assert.True(live.IsDeadAfter(v, forOp));
        var body = forOp.Regions[0].FirstBlock!;
        Assert.Contains(v, live.GetLiveIn(body));
    }

    [Fact]
    public void CallGraphNodesEdgesAndSccs()
    {
        var context = PassTestIR.NewContext();
        var module = PassTestIR.Parse(context, """
            func.func @a() { func.call @b() : () -> () return }
            func.func @b() { func.call @a() : () -> () func.call @c() : () -> () return }
            func.func @c() { func.call @ext() : () -> () return }
            func.func private @ext()
            """);
        var cg = new CallGraph(module);
        Assert.Equal(3, cg.Nodes.Count);
        var a = cg.Nodes[0];
        var c = cg.Nodes[2];
        Assert.Equal(CallGraphEdgeKind.Call, a.Edges[0].Kind);
        Assert.Same(cg.Nodes[1], a.Edges[0].Target);
        Assert.Same(cg.UnknownCalleeNode, c.Edges[0].Target);
        Assert.Equal(3, cg.ExternalCallerNode.Edges.Count);
        Assert.All(cg.ExternalCallerNode.Edges, e => Assert.Equal(CallGraphEdgeKind.Abstract, e.Kind));
        var sccs = cg.StronglyConnectedComponents();
        // Callees first: unknown, c, {b, a}, external.
        Assert.Equal(4, sccs.Count);
        Assert.Same(cg.UnknownCalleeNode, Assert.Single(sccs[0]));
        Assert.Same(c, Assert.Single(sccs[1]));
        Assert.Equal(2, sccs[2].Count);
        Assert.Same(cg.ExternalCallerNode, Assert.Single(sccs[3]));
    }

    private static HashSet<Value> Set(params Value[] values) => new(values, ReferenceEqualityComparer.Instance);

    private static HashSet<Value> Set(IEnumerable<Value> values) => new(values, ReferenceEqualityComparer.Instance);
}
