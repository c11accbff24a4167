using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Xunit;
using static Dialectic.Core.Tests.Rewrite.RewriteTestSupport;

namespace Dialectic.Core.Tests.Rewrite;

/// <summary>Memory effect and speculation queries on ops with declared, absent and recursive effects.</summary>
public sealed class SideEffectsTests
{
    private static readonly Context Context = NewContext();

    private static readonly Operation Root = Parse(Context, """
        "rt.func"() ({
        ^bb0(%arg0: i32):
          %c0 = "rt.const"() <{value = 0 : i32}> : () -> i32
          %c2 = "rt.const"() <{value = 2 : i32}> : () -> i32
          %0 = "rt.load"(%arg0) {id = "load"} : (i32) -> i32
          "rt.store"(%arg0) {id = "store"} : (i32) -> ()
          %1 = "rt.alloc"() {id = "alloc"} : () -> i32
          "rt.opaque"() {id = "opaque"} : () -> ()
          "unknown.op"() {id = "unregistered"} : () -> ()
          %2 = "rt.div"(%arg0, %c2) {id = "div2"} : (i32, i32) -> i32
          %3 = "rt.div"(%arg0, %c0) {id = "div0"} : (i32, i32) -> i32
          "rt.region"() ({
            %4 = "rt.load"(%arg0) : (i32) -> i32
            "rt.yield"() : () -> ()
          }) {id = "reads"} : () -> ()
          "rt.region"() ({
            "rt.store"(%arg0) : (i32) -> ()
            "rt.yield"() : () -> ()
          }) {id = "writes"} : () -> ()
          "rt.region"() ({
            %5 = "rt.neg"(%arg0) : (i32) -> i32
            "rt.region"() ({
              %6 = "rt.div"(%arg0, %c2) : (i32, i32) -> i32
              "rt.yield"() : () -> ()
            }) : () -> ()
            "rt.yield"() : () -> ()
          }) {id = "pure"} : () -> ()
          "rt.region"() ({
            %7 = "rt.div"(%arg0, %c0) : (i32, i32) -> i32
            "rt.yield"() : () -> ()
          }) {id = "unsafe"} : () -> ()
          "rt.region"() ({
            "rt.opaque"() : () -> ()
            "rt.yield"() : () -> ()
          }) {id = "unknown"} : () -> ()
          "rt.sym"() {id = "sym"} : () -> ()
          "rt.return"() {id = "return"} : () -> ()
        }) : () -> ()
        """);

    private static Operation Op(string id)
    {
        Operation? found = null;
        Root.Walk(op =>
        {
            if (op.GetAttr("id") is Dialectic.Core.IR.Attributes.StringAttr s && s.Value == id)
                found = op;
        });
        return found!;
    }

    [Theory]
    [InlineData("load", true, false, true)]
    [InlineData("store", true, false, false)]
    [InlineData("alloc", true, false, true)]
    [InlineData("opaque", false, false, false)]
    [InlineData("unregistered", false, false, false)]
    [InlineData("div2", true, true, true)]
    [InlineData("reads", false, false, true)]
    [InlineData("writes", false, false, false)]
    [InlineData("pure", false, true, true)]
    [InlineData("unknown", false, false, false)]
    [InlineData("sym", true, true, false)]
    [InlineData("return", true, true, false)]
    public void DeclaredEffectsFreedomAndDeadness(string id, bool declares, bool effectFree, bool wouldBeDead)
    {
        var op = Op(id);
        Assert.Equal(declares, SideEffects.DeclaresEffects(op));
        Assert.Equal(effectFree, SideEffects.IsMemoryEffectFree(op));
        Assert.Equal(wouldBeDead, SideEffects.WouldOpBeTriviallyDead(op));
    }

    [Fact]
    public void EffectListsAndKinds()
    {
        var effects = new List<MemoryEffectInstance>();
        Assert.True(SideEffects.TryGetEffects(Op("load"), effects));
        var read = Assert.Single(effects);
        Assert.Equal(MemoryEffectKind.Read, read.Kind);
        Assert.Same(Op("load").OpOperands[0], read.Operand);
        Assert.Same(SideEffectResource.Default, read.Resource);
        Assert.Equal("<Default>", read.Resource.Name);
        effects.Clear();
        Assert.False(SideEffects.TryGetEffects(Op("opaque"), effects));
        Assert.True(SideEffects.TryGetEffectsRecursively(Op("writes"), effects));
        Assert.Equal(MemoryEffectKind.Write, Assert.Single(effects).Kind);
        effects.Clear();
        Assert.False(SideEffects.TryGetEffectsRecursively(Op("unknown"), effects));

        Assert.True(SideEffects.HasEffect(Op("store"), MemoryEffectKind.Write));
        Assert.True(SideEffects.HasEffect(Op("store"), MemoryEffectKind.Write, Op("store").GetOperand(0)));
        Assert.False(SideEffects.HasEffect(Op("store"), MemoryEffectKind.Read));
        Assert.False(SideEffects.HasEffect(Op("opaque"), MemoryEffectKind.Write));
        Assert.True(SideEffects.MightHaveEffect(Op("opaque"), MemoryEffectKind.Write));
        Assert.False(SideEffects.MightHaveEffect(Op("load"), MemoryEffectKind.Write));
        Assert.True(SideEffects.HasSingleEffect(Op("alloc"), MemoryEffectKind.Allocate));
        Assert.False(SideEffects.HasSingleEffect(Op("div2"), MemoryEffectKind.Allocate));
    }

    [Fact]
    public void TriviallyDeadNeedsNoUses()
    {
        Assert.True(SideEffects.IsOpTriviallyDead(Op("load")));
        var user = Operation.Create(new OperationState(Context.UnknownLoc, "rt.neg") { Operands = { Op("load").GetResult(0) } });
        Assert.False(SideEffects.IsOpTriviallyDead(Op("load")));
        user.DropAllReferences();
        Assert.True(SideEffects.IsOpTriviallyDead(Op("load")));
    }

    [Theory]
    [InlineData("div2", Speculatability.Speculatable, true)]
    [InlineData("div0", Speculatability.NotSpeculatable, false)]
    [InlineData("load", Speculatability.NotSpeculatable, false)]
    [InlineData("pure", Speculatability.RecursivelySpeculatable, true)]
    [InlineData("unsafe", Speculatability.RecursivelySpeculatable, false)]
    [InlineData("sym", Speculatability.Speculatable, true)]
    public void Speculation(string id, Speculatability expected, bool speculatable)
    {
        Assert.Equal(expected, SideEffects.GetSpeculatability(Op(id)));
        Assert.Equal(speculatable, SideEffects.IsSpeculatable(Op(id)));
        Assert.Equal(speculatable && SideEffects.IsMemoryEffectFree(Op(id)), SideEffects.IsPure(Op(id)));
    }

    [Fact]
    public void DeepRecursiveNestingIsWalkedIteratively()
    {
        var context = NewContext();
        var text = new System.Text.StringBuilder("\"rt.func\"() ({\n^bb0(%a: i32):\n");
        const int depth = 20_000;
        for (int i = 0; i < depth; i++)
            text.Append("\"rt.region\"() ({\n");
        text.Append("\"rt.store\"(%a) : (i32) -> ()\n");
        for (int i = 0; i < depth; i++)
            text.Append("\"rt.yield\"() : () -> ()\n}) : () -> ()\n");
        text.Append("}) : () -> ()\n");
        Operation root = null!;
        Dialectic.Core.Support.BigStack.Run(() => root = Parse(context, text.ToString()));
        var outer = root.Regions[0].FirstBlock!.FirstOp!;
        Assert.False(SideEffects.IsMemoryEffectFree(outer));
        Assert.False(SideEffects.WouldOpBeTriviallyDead(outer));
        Assert.False(SideEffects.IsSpeculatable(outer));
    }
}
