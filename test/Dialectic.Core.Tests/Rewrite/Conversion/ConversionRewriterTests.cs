using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite.Conversion;
using Xunit;
using static Dialectic.Core.Tests.Rewrite.Conversion.ConversionTestSupport;

namespace Dialectic.Core.Tests.Rewrite.Conversion;

/// <summary>The conversion rewriter's block edits, erasure and remapping, and the driver on deep IR.</summary>
public sealed class ConversionRewriterTests
{
    private static ConversionTarget OldToNew(Context context)
    {
        var target = new ConversionTarget(context);
        target.AddIllegalDialect("old");
        target.AddLegalDialect("test", "func", "arith");
        return target;
    }

    [Fact]
    public void InliningABlockBridgesConvertedArgumentValues()
    {
        // "old.region"(%x) ({^bb0(%a: index): "test.use"(%a); "old.end"}) -> its body inlined, %a := converted %x.
        // %a's users get x' (i64) cast back to index, which cancels with x's cast to i64 at the end.
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%x: index) {
              "old.region"(%x) ({
              ^bb0(%a: index):
                "test.use"(%a) : (index) -> ()
                "old.end"() : () -> ()
              }) : (index) -> ()
              return
            }
            """);
        var converter = IndexToI64(context);
        var inline = new LambdaConversion("old.region", context, (op, adaptor, rewriter) =>
        {
            var body = op.Regions[0].FirstBlock!;
            rewriter.EraseOp(body.LastOp!);
            rewriter.InlineBlockBefore(body, op, [adaptor[0]]);
            rewriter.EraseOp(op);
            return true;
        }, converter);
        Assert.True(DialectConversion.ApplyFullConversion(func, OldToNew(context), Freeze(context, inline)));
        Assert.Equal(Text("""
            func.func @f(%arg0: index) {
              "test.use"(%arg0) : (index) -> ()
              return
            }
            """), Print(func));
    }

    [Fact]
    public void SplitAndMergeBlocks()
    {
        // "old.split" splits its block after itself and merges the tail back: a no-op round trip, then erases itself.
        var context = NewContext();
        var func = Parse(context, """
            func.func @f() {
              "old.split"() : () -> ()
              "test.a"() : () -> ()
              return
            }
            """);
        var pattern = new LambdaConversion("old.split", context, (op, _, rewriter) =>
        {
            var block = op.Block!;
            var tail = rewriter.SplitBlock(block, op.NextOp);
            Assert.Equal(2, func.Regions[0].BlockCount);
            rewriter.MergeBlocks(tail, block);
            rewriter.EraseOp(op);
            return true;
        });
        Assert.True(DialectConversion.ApplyFullConversion(func, OldToNew(context), Freeze(context, pattern)));
        Assert.Equal(Text("""
            func.func @f() {
              "test.a"() : () -> ()
              return
            }
            """), Print(func));
    }

    [Fact]
    public void ErasingAnOpStillInUseLeavesACastFromNothing()
    {
        var context = NewContext();
        var func = Parse(context, """
            func.func @f() -> i32 {
              %0 = "old.value"() : () -> i32
              return %0 : i32
            }
            """);
        var erase = new LambdaConversion("old.value", context, (op, _, rewriter) =>
        {
            rewriter.EraseOp(op);
            return true;
        });
        var left = new List<Operation>();
        Assert.True(DialectConversion.ApplyFullConversion(func, OldToNew(context), Freeze(context, erase),
            new ConversionConfig { UnresolvedMaterializations = left }));
        Assert.Single(left);
        Assert.Contains("%0 = builtin.unrealized_conversion_cast to i32", Print(func));
    }

    [Fact]
    public void GetRemappedValuesConvertsCapturedValues()
    {
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%x: index) {
              "old.capture"() ({
                "test.use"(%x) : (index) -> ()
                "test.end"() : () -> ()
              }) : () -> ()
              return
            }
            """);
        var converter = IndexToI64(context);
        var seen = new List<Value>();
        var pattern = new LambdaConversion("old.capture", context, (op, _, rewriter) =>
        {
            var use = op.Regions[0].FirstBlock!.FirstOp!;
            if (!rewriter.GetRemappedValues([use.GetOperand(0)], seen))
                return false;
            rewriter.Create(new OperationState(op.Location, "test.captured") { Operands = { seen[0] } });
            rewriter.EraseOp(op);
            return true;
        }, converter);
        Assert.True(DialectConversion.ApplyFullConversion(func, OldToNew(context), Freeze(context, pattern)));
        Assert.Same(context.I(64), seen[0].Type);
        Assert.Equal(Text("""
            func.func @f(%arg0: index) {
              %0 = builtin.unrealized_conversion_cast %arg0 : index to i64
              "test.captured"(%0) : (i64) -> ()
              return
            }
            """), Print(func));
    }

    [Fact]
    public void DeepNestingIsConvertedWithoutRecursion()
    {
        const int depth = 10_000;
        var context = NewContext();
        var loc = context.UnknownLoc;
        var root = Operation.Create(loc, "test.wrap", 1);
        var current = root;
        for (int i = 0; i < depth; i++)
        {
            var block = new Block();
            current.Regions[0].Append(block);
            var inner = Operation.Create(loc, i == depth - 1 ? "old.leaf" : "test.wrap", i == depth - 1 ? 0 : 1);
            block.Append(inner);
            current = inner;
        }
        var leaf = new LambdaConversion("old.leaf", context, (op, _, rewriter) =>
        {
            rewriter.ReplaceOp(op, rewriter.Create(new OperationState(op.Location, "test.leaf")));
            return true;
        });
        Assert.True(DialectConversion.ApplyFullConversion(root, OldToNew(context), Freeze(context, leaf)));
        var last = root;
        while (last.NumRegions > 0)
            last = last.Regions[0].FirstBlock!.FirstOp!;
        Assert.Equal("test.leaf", last.Name.Name);
    }

    [Fact]
    public void AFunctionLoweringMovesTheBodyIntoANewOp()
    {
        // The shape of func-to-llvm: a new function op takes the old body, whose block signatures are converted.
        var context = NewContext();
        var module = Parse(context, """
            module {
              "old.func"() ({
              ^bb0(%a: index, %b: index):
                %0 = arith.addi %a, %b : index
                "old.return"(%0) : (index) -> ()
              }) : () -> ()
            }
            """);
        var converter = IndexToI64(context);
        var func = new LambdaConversion("old.func", context, (op, _, rewriter) =>
        {
            var state = new OperationState(op.Location, "test.func");
            state.AddRegion();
            var newFunc = rewriter.Create(state);
            rewriter.InlineRegionBefore(op.Regions[0], newFunc.Regions[0], null);
            if (!rewriter.ConvertRegionTypes(newFunc.Regions[0], converter))
                return false;
            rewriter.EraseOp(op);
            return true;
        }, converter);
        var ret = new LambdaConversion("old.return", context, (op, adaptor, rewriter) =>
        {
            rewriter.Create(new OperationState(op.Location, "test.return") { Operands = { adaptor[0] } });
            rewriter.EraseOp(op);
            return true;
        }, converter);
        var target = new ConversionTarget(context);
        target.AddIllegalDialect("old", "arith");
        target.AddLegalDialect("test");
        target.AddLegalOp("builtin.module");
        var left = new List<Operation>();
        Assert.True(DialectConversion.ApplyFullConversion(module, target, Freeze(context, func, ret, new AddIToTestAdd(converter, context)),
            new ConversionConfig { UnresolvedMaterializations = left }));
        Assert.Empty(left);
        Assert.Equal(Text("""
            module {
              "test.func"() ({
              ^bb0(%arg0: i64, %arg1: i64):
                %0 = "test.add"(%arg0, %arg1) : (i64, i64) -> i64
                "test.return"(%0) : (i64) -> ()
              }) : () -> ()
            }
            """), Print(module));
    }

    [Fact]
    public void AnInlinedRegionBecomesBlocksWithBranches()
    {
        // The shape of scf-to-cf: %r = "old.exec"() ({ ...; "old.yield"(%x) }) -> br ^body; ^body: ...; br ^cont(%x).
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: i32) -> i32 {
              %r = "old.exec"() ({
                %x = arith.addi %a, %a : i32
                "old.yield"(%x) : (i32) -> ()
              }) : () -> i32
              return %r : i32
            }
            """);
        var lower = new LambdaConversion("old.exec", context, (op, _, rewriter) =>
        {
            var block = op.Block!;
            var cont = rewriter.SplitBlock(block, op.NextOp);
            var result = cont.AddArgument(op.GetResult(0).Type, op.Location);
            var body = op.Regions[0].FirstBlock!;
            var yield = body.LastOp!;
            var yielded = new List<Value>();
            if (!rewriter.GetRemappedValues([yield.GetOperand(0)], yielded))
                return false;
            rewriter.InlineRegionBefore(op.Regions[0], cont);
            rewriter.SetInsertionPointToEnd(block);
            rewriter.Create(new OperationState(op.Location, "cf.br") { Successors = { body } });
            rewriter.SetInsertionPoint(yield);
            rewriter.Create(new OperationState(op.Location, "cf.br") { Operands = { yielded[0] }, Successors = { cont } });
            rewriter.EraseOp(yield);
            rewriter.ReplaceOp(op, [result]);
            return true;
        });
        var target = new ConversionTarget(context);
        target.AddIllegalDialect("old");
        target.AddLegalDialect("func", "cf", "arith");
        Assert.True(DialectConversion.ApplyFullConversion(func, target, Freeze(context, lower)));
        Assert.Equal(Text("""
            func.func @f(%arg0: i32) -> i32 {
              cf.br ^bb1
            ^bb1:  // pred: ^bb0
              %0 = arith.addi %arg0, %arg0 : i32
              cf.br ^bb2(%0 : i32)
            ^bb2(%1: i32):  // pred: ^bb1
              return %1 : i32
            }
            """), Print(func));
    }

    [Fact]
    public void AConversionPatternOutsideAConversionDeclines()
    {
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: i32) -> i32 {
              %0 = arith.addi %a, %a : i32
              return %0 : i32
            }
            """);
        var listener = new RecordingListener();
        var add = RewriteTestSupport.Find(func, "arith.addi")[0];
        Assert.False(new AddIToTestAdd(null, context).MatchAndRewrite(add, new Core.Rewrite.PatternRewriter(context, listener)));
        Assert.Equal(["failure conversion pattern 'AddIToTestAdd' needs a dialect conversion driver"], listener.Events);
        Core.Rewrite.GreedyPatternRewriteDriver.ApplyPatternsGreedily(func, Freeze(context, new AddIToTestAdd(null, context)), null, out bool changed);
        Assert.False(changed);
    }
}
