using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Builtin;
using Dialectic.Core.IR.Types;
using Xunit;

namespace Dialectic.Core.Tests.IR;

/// <summary>Use lists, builders, cloning, walking and erasure of the generic IR.</summary>
public sealed class IRStructureTests
{
    private readonly Context _ctx = new() { AllowUnregisteredDialects = true };

    private Operation MakeOp(string name, Value[] operands, Dialectic.Core.IR.Type[] results, int regions = 0)
    {
        var state = new OperationState(_ctx.UnknownLoc, name);
        state.Operands.AddRange(operands);
        state.ResultTypes.AddRange(results);
        for (int i = 0; i < regions; i++)
            state.AddRegion();
        return Operation.Create(state);
    }

    [Fact]
    public void TypesAndAttributesAreUniquedByReference()
    {
        var i32 = IntegerType.Get(_ctx, 32);
        Assert.Same(i32, IntegerType.Get(_ctx, 32));
        Assert.Same(VectorType.Get([4, 8], i32, [false, true]), VectorType.Get([4, 8], i32, [false, true]));
        Assert.NotSame(VectorType.Get([4, 8], i32), VectorType.Get([4, 8], i32, [false, true]));
        Assert.Same(IntegerAttr.Get(i32, 7), IntegerAttr.Get(i32, 7));
        Assert.Same(IntegerAttr.Get(i32, -1), IntegerAttr.Get(i32, 0xFFFFFFFFL));
        var d1 = DictionaryAttr.Get(_ctx, [new("b", _ctx.UnitAttr), new("a", IntegerAttr.Get(i32, 1))]);
        var d2 = DictionaryAttr.Get(_ctx, [new("a", IntegerAttr.Get(i32, 1)), new("b", _ctx.UnitAttr)]);
        Assert.Same(d1, d2);
        Assert.Equal("a", d1.Entries[0].Name);
        Assert.NotSame(DistinctAttr.Create(_ctx.UnitAttr), DistinctAttr.Create(_ctx.UnitAttr));
    }

    [Fact]
    public void UseListsTrackOperandsAndReplaceAllUses()
    {
        var i32 = _ctx.I(32);
        var def1 = MakeOp("t.def", [], [i32]);
        var def2 = MakeOp("t.def", [], [i32]);
        var a = def1.GetResult(0);
        var b = def2.GetResult(0);
        var user1 = MakeOp("t.use", [a, a], []);
        var user2 = MakeOp("t.use", [a], []);
        Assert.Equal(3, new List<OpOperand>(a.Uses).Count);
        Assert.True(b.UseEmpty);
        a.ReplaceAllUsesWith(b);
        Assert.True(a.UseEmpty);
        Assert.Equal(3, new List<OpOperand>(b.Uses).Count);
        Assert.Same(b, user1.GetOperand(1));
        user2.SetOperand(0, a);
        Assert.True(a.HasOneUse);
        user1.Erase();
        Assert.True(b.HasOneUse == false && new List<OpOperand>(b.Uses).Count == 0);
    }

    [Fact]
    public void BuilderInsertsAtInsertionPointAndKeepsOrder()
    {
        var module = ModuleOp.Create(_ctx.UnknownLoc);
        var builder = new OpBuilder(_ctx);
        builder.SetInsertionPointToEnd(module.Body);
        var first = builder.Insert(MakeOp("t.a", [], []));
        var third = builder.Insert(MakeOp("t.c", [], []));
        builder.SetInsertionPoint(third);
        var second = builder.Insert(MakeOp("t.b", [], []));
        var names = new List<string>();
        foreach (var op in module.Body.Operations)
            names.Add(op.Name.Name);
        Assert.Equal(["t.a", "t.b", "t.c"], names);
        Assert.True(first.IsBeforeInBlock(second));
        Assert.True(second.IsBeforeInBlock(third));
        third.MoveBefore(first);
        Assert.True(third.IsBeforeInBlock(first));
    }

    [Fact]
    public void CloneRemapsNestedValuesAndKeepsOuterOnes()
    {
        var i32 = _ctx.I(32);
        var outer = MakeOp("t.outer", [], [i32]);
        var parent = MakeOp("t.parent", [], [], regions: 1);
        var block = new Block();
        parent.Regions[0].Append(block);
        var arg = block.AddArgument(i32, _ctx.UnknownLoc);
        var inner = MakeOp("t.inner", [arg, outer.GetResult(0)], [i32]);
        block.Append(inner);
        block.Append(MakeOp("t.use", [inner.GetResult(0)], []));

        var mapping = new IRMapping();
        var copy = parent.Clone(mapping);
        var copyBlock = copy.Regions[0].FirstBlock!;
        var copyInner = copyBlock.FirstOp!;
        Assert.NotSame(inner, copyInner);
        Assert.Same(copyBlock.GetArgument(0), copyInner.GetOperand(0));
        Assert.Same(outer.GetResult(0), copyInner.GetOperand(1));
        Assert.Same(copyInner.GetResult(0), copyBlock.LastOp!.GetOperand(0));
        Assert.Same(copyInner.GetResult(0), mapping.Lookup(inner.GetResult(0)));
    }

    [Fact]
    public void WalksAreIterativeAndHonourSkipAndInterrupt()
    {
        // A 20,000-deep chain: recursion would overflow the default stack.
        var root = MakeOp("t.n", [], [], regions: 1);
        var current = root;
        for (int i = 0; i < 20_000; i++)
        {
            var b = new Block();
            current.Regions[0].Append(b);
            var next = MakeOp("t.n", [], [], regions: 1);
            b.Append(next);
            current = next;
        }
        int pre = 0;
        root.Walk(_ => pre++, WalkOrder.PreOrder);
        Assert.Equal(20_001, pre);
        var order = new List<Operation>();
        root.Walk(op => order.Add(op), WalkOrder.PostOrder);
        Assert.Same(root, order[^1]);
        Assert.Same(current, order[0]);
        int visited = 0;
        var result = root.Walk(op => ++visited == 10 ? WalkResult.Interrupt : WalkResult.Advance, WalkOrder.PreOrder);
        Assert.Equal(WalkResult.Interrupt, result);
        Assert.Equal(10, visited);
        int skipped = 0;
        root.Walk(op => { skipped++; return WalkResult.Skip; }, WalkOrder.PreOrder);
        Assert.Equal(1, skipped);
    }

    [Fact]
    public void PredecessorsFollowSuccessorEdges()
    {
        var parent = MakeOp("t.parent", [], [], regions: 1);
        var entry = new Block();
        var target = new Block();
        parent.Regions[0].Append(entry);
        parent.Regions[0].Append(target);
        var state = new OperationState(_ctx.UnknownLoc, "t.br");
        state.Successors.Add(target);
        state.Successors.Add(target);
        entry.Append(Operation.Create(state));
        Assert.Null(target.SinglePredecessor);
        Assert.Equal(2, new List<Block>(target.Predecessors).Count);
        Assert.True(entry.HasNoPredecessors);
        entry.LastOp!.SetSuccessor(1, entry);
        Assert.Same(entry, target.SinglePredecessor);
    }

    [Fact]
    public void SymbolTableResolvesNestedReferences()
    {
        var module = ModuleOp.Create(_ctx.UnknownLoc);
        var inner = ModuleOp.Create(_ctx.UnknownLoc, "inner");
        module.Body.Append(inner);
        var fn = MakeOp("t.func", [], []);
        fn.Properties = DictionaryAttr.Get(_ctx, [new("sym_name", StringAttr.Get(_ctx, "f"))]);
        inner.Body.Append(fn);
        Assert.Same(inner, new SymbolTable(module).Lookup("inner"));
        Assert.Same(fn, SymbolTable.LookupSymbolIn(module, SymbolRefAttr.Get(_ctx, "inner", "f")));
        Assert.Null(SymbolTable.LookupSymbolIn(module, SymbolRefAttr.Get(_ctx, "inner", "g")));
    }
}
