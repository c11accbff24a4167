using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite.Conversion;
using Xunit;
using static Dialectic.Core.Tests.Rewrite.Conversion.ConversionTestSupport;

namespace Dialectic.Core.Tests.Rewrite.Conversion;

/// <summary>The partial and full conversion drivers: replacement, type bridging, recursion, benefits, cleanup.</summary>
public sealed class DialectConversionTests
{
    private static ConversionTarget ArithToTest(Context context)
    {
        var target = new ConversionTarget(context);
        target.AddIllegalDialect("arith");
        target.AddLegalDialect("test", "func", "cf");
        target.AddLegalOp("builtin.module");
        return target;
    }

    [Fact]
    public void PartialConversionReplacesIllegalOps()
    {
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: i32, %b: i32) -> i32 {
              %0 = arith.addi %a, %b : i32
              %1 = arith.addi %0, %0 : i32
              return %1 : i32
            }
            """);
        Assert.True(DialectConversion.ApplyPartialConversion(func, ArithToTest(context), Freeze(context, new AddIToTestAdd(null, context))));
        Assert.Equal(Text("""
            func.func @f(%arg0: i32, %arg1: i32) -> i32 {
              %0 = "test.add"(%arg0, %arg1) : (i32, i32) -> i32
              %1 = "test.add"(%0, %0) : (i32, i32) -> i32
              return %1 : i32
            }
            """), Print(func));
    }

    [Fact]
    public void PartialConversionLeavesUnknownOps()
    {
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: i32, %b: i32) -> i32 {
              %0 = arith.addi %a, %b : i32
              %1 = "other.op"(%0) : (i32) -> i32
              return %1 : i32
            }
            """);
        var target = new ConversionTarget(context);
        target.AddIllegalOp("arith.addi");
        target.AddLegalDialect("test");
        var unconverted = new List<Operation>();
        Assert.True(DialectConversion.ApplyPartialConversion(func, target, Freeze(context, new AddIToTestAdd(null, context)),
            new ConversionConfig { UnconvertedOps = unconverted }));
        Assert.Equal(["func.func", "other.op", "func.return"], unconverted.ConvertAll(op => op.Name.Name));
        Assert.Contains("\"test.add\"", Print(func));
    }

    [Fact]
    public void TypeConversionBridgesUnconvertedUsersWithCasts()
    {
        // The adds are converted to i64; the function signature is not, so its arguments enter through target
        // materializations and its result leaves through a source materialization.
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: index, %b: index) -> index {
              %0 = arith.addi %a, %b : index
              %1 = arith.addi %0, %a : index
              return %1 : index
            }
            """);
        var converter = IndexToI64(context);
        Assert.True(DialectConversion.ApplyPartialConversion(func, ArithToTest(context), Freeze(context, new AddIToTestAdd(converter, context))));
        Assert.Equal(Text("""
            func.func @f(%arg0: index, %arg1: index) -> index {
              %0 = builtin.unrealized_conversion_cast %arg0 : index to i64
              %1 = builtin.unrealized_conversion_cast %arg1 : index to i64
              %2 = "test.add"(%0, %1) : (i64, i64) -> i64
              %3 = "test.add"(%2, %0) : (i64, i64) -> i64
              %4 = builtin.unrealized_conversion_cast %3 : i64 to index
              return %4 : index
            }
            """), Print(func));
    }

    [Fact]
    public void ConvertingEverythingLeavesNoCasts()
    {
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: index, %b: index) -> index {
              %0 = arith.addi %a, %b : index
              %1 = arith.addi %0, %a : index
              return %1 : index
            }
            """);
        var converter = IndexToI64(context);
        var target = ArithToTest(context);
        target.AddDynamicallyLegalOp<Dialects.Func.FuncOp>(f => converter.IsSignatureLegal(f.Signature) && converter.IsLegal(f.Body));
        target.AddDynamicallyLegalOp<Dialects.Func.ReturnOp>(r => converter.IsLegal(r));
        var left = new List<Operation>();
        Assert.True(DialectConversion.ApplyFullConversion(func, target, Freeze(context,
            new AddIToTestAdd(converter, context), new FuncSignatureConversion(converter, context), new ReturnOpConversion(converter, context)),
            new ConversionConfig { UnresolvedMaterializations = left }));
        Assert.Empty(left);
        Assert.Equal(Text("""
            func.func @f(%arg0: i64, %arg1: i64) -> i64 {
              %0 = "test.add"(%arg0, %arg1) : (i64, i64) -> i64
              %1 = "test.add"(%0, %arg0) : (i64, i64) -> i64
              return %1 : i64
            }
            """), Print(func));
    }

    [Fact]
    public void NewlyCreatedIllegalOpsAreLegalizedToo()
    {
        // arith.subi -> arith.addi (still illegal) -> test.add.
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: i32, %b: i32) -> i32 {
              %0 = arith.subi %a, %b : i32
              return %0 : i32
            }
            """);
        var subToAdd = new LambdaConversion("arith.subi", context, (op, adaptor, rewriter) =>
        {
            var add = rewriter.Create(new OperationState(op.Location, "arith.addi") { Operands = { adaptor[0], adaptor[1] }, ResultTypes = { op.GetResult(0).Type } });
            rewriter.ReplaceOp(op, add);
            return true;
        });
        Assert.True(DialectConversion.ApplyFullConversion(func, ArithToTest(context), Freeze(context, subToAdd, new AddIToTestAdd(null, context))));
        Assert.Equal(Text("""
            func.func @f(%arg0: i32, %arg1: i32) -> i32 {
              %0 = "test.add"(%arg0, %arg1) : (i32, i32) -> i32
              return %0 : i32
            }
            """), Print(func));
    }

    [Fact]
    public void PatternsAreTriedByDecreasingBenefit()
    {
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: i32) -> i32 {
              %0 = arith.addi %a, %a : i32
              return %0 : i32
            }
            """);
        var tried = new List<string>();
        LambdaConversion Make(string name, int benefit, bool succeed) => new("arith.addi", context, (op, adaptor, rewriter) =>
        {
            tried.Add(name);
            if (!succeed)
                return rewriter.NotifyMatchFailure(op, name + " declines");
            rewriter.ReplaceOp(op, rewriter.Create(new OperationState(op.Location, "test." + name) { Operands = { adaptor[0] }, ResultTypes = { op.GetResult(0).Type } }));
            return true;
        }, benefit: benefit, name: name);
        Assert.True(DialectConversion.ApplyFullConversion(func, ArithToTest(context),
            Freeze(context, Make("low", 1, true), Make("high", 3, false), Make("mid", 2, true))));
        Assert.Equal(["high", "mid"], tried);
        Assert.Contains("\"test.mid\"", Print(func));
    }

    [Fact]
    public void APatternIsNotReappliedToItsOwnResultsUnlessBounded()
    {
        // test.wrap -> test.wrap {level = n + 1}: marked illegal below level 3.
        var context = NewContext();
        var func = Parse(context, """
            func.func @f() {
              "test.wrap"() {level = 0 : i64} : () -> ()
              return
            }
            """);
        var target = new ConversionTarget(context);
        target.AddLegalDialect("func");
        target.AddDynamicallyLegalOp("test.wrap", op => ((Core.IR.Attributes.IntegerAttr)op.GetAttr("level")!).Value >= 3);
        LambdaConversion Wrap(bool bounded) => new("test.wrap", context, (op, _, rewriter) =>
        {
            long level = (long)((Core.IR.Attributes.IntegerAttr)op.GetAttr("level")!).Value;
            var state = new OperationState(op.Location, "test.wrap");
            state.AddAttribute("level", Core.IR.Attributes.IntegerAttr.Get(context.I(64), level + 1));
            rewriter.Create(state);
            rewriter.EraseOp(op);
            return true;
        }, name: "Wrap", bounded: bounded);

        var messages = CollectDiagnostics(context, () =>
            Assert.False(DialectConversion.ApplyFullConversion(func, target, Freeze(context, Wrap(bounded: false)))));
        Assert.Equal([
            "error: failed to legalize operation 'test.wrap'",
            "note: marked illegal by dynamic legality callback",
            "note: pattern 'Wrap' was not applied again to an op it produced (it does not declare bounded recursion)",
        ], messages);

        var again = Parse(context, """
            func.func @f() {
              "test.wrap"() {level = 0 : i64} : () -> ()
              return
            }
            """);
        Assert.True(DialectConversion.ApplyFullConversion(again, target, Freeze(context, Wrap(bounded: true))));
        Assert.Contains("level = 3", Print(again));
    }

    [Fact]
    public void RecursivelyLegalOpsAreNotEntered()
    {
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: i32) -> i32 {
              "test.keep"() ({
                %0 = arith.addi %a, %a : i32
                "test.end"() : () -> ()
              }) : () -> ()
              %1 = arith.addi %a, %a : i32
              return %1 : i32
            }
            """);
        var target = ArithToTest(context);
        target.MarkOpRecursivelyLegal("test.keep");
        Assert.True(DialectConversion.ApplyFullConversion(func, target, Freeze(context, new AddIToTestAdd(null, context))));
        var text = Print(func);
        Assert.Contains("%1 = arith.addi %arg0, %arg0 : i32", text);
        Assert.Contains("%0 = \"test.add\"(%arg0, %arg0)", text);
    }

    [Fact]
    public void MaterializationCallbacksReplaceTheCastsLeftLive()
    {
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: index) -> index {
              %0 = arith.addi %a, %a : index
              return %0 : index
            }
            """);
        var converter = IndexToI64(context);
        converter.AddSourceMaterialization((builder, type, inputs, loc) =>
            builder.Create(new OperationState(loc, "test.to_index") { Operands = { inputs[0] }, ResultTypes = { type } }).GetResult(0));
        converter.AddTargetMaterialization((builder, type, inputs, loc) =>
            builder.Create(new OperationState(loc, "test.from_index") { Operands = { inputs[0] }, ResultTypes = { type } }).GetResult(0));
        var left = new List<Operation>();
        Assert.True(DialectConversion.ApplyPartialConversion(func, ArithToTest(context), Freeze(context, new AddIToTestAdd(converter, context)),
            new ConversionConfig { UnresolvedMaterializations = left }));
        Assert.Empty(left);
        Assert.Equal(Text("""
            func.func @f(%arg0: index) -> index {
              %0 = "test.from_index"(%arg0) : (index) -> i64
              %1 = "test.add"(%0, %0) : (i64, i64) -> i64
              %2 = "test.to_index"(%1) : (i64) -> index
              return %2 : index
            }
            """), Print(func));
    }

    [Fact]
    public void ReplacedValuesAreRemappedForLaterPatterns()
    {
        // Without a type converter the adaptor hands over the replacement itself, of whatever type it has.
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: index) -> index {
              %0 = arith.addi %a, %a : index
              %1 = arith.muli %0, %0 : index
              return %1 : index
            }
            """);
        Value? seen = null;
        var toI64 = new LambdaConversion("arith.addi", context, (op, adaptor, rewriter) =>
        {
            var v = rewriter.Create(new OperationState(op.Location, "test.wide") { Operands = { adaptor[0] }, ResultTypes = { context.I(64) } });
            rewriter.ReplaceOp(op, v);
            return true;
        });
        var mul = new LambdaConversion("arith.muli", context, (op, adaptor, rewriter) =>
        {
            seen = adaptor[0];
            Assert.Same(seen, rewriter.GetRemappedValue(op.GetOperand(0)));
            rewriter.ReplaceOp(op, rewriter.Create(new OperationState(op.Location, "test.mul") { Operands = { adaptor[0], adaptor[1] }, ResultTypes = { context.I(64) } }));
            return true;
        });
        Assert.True(DialectConversion.ApplyPartialConversion(func, ArithToTest(context), Freeze(context, toI64, mul)));
        Assert.Equal("test.wide", seen!.DefiningOp!.Name.Name);
        Assert.Equal(Text("""
            func.func @f(%arg0: index) -> index {
              %0 = "test.wide"(%arg0) : (index) -> i64
              %1 = "test.mul"(%0, %0) : (i64, i64) -> i64
              %2 = builtin.unrealized_conversion_cast %1 : i64 to index
              return %2 : index
            }
            """), Print(func));
    }

    [Fact]
    public void OneToManyReplacementIsBridgedForUsers()
    {
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: i64) -> i64 {
              %0 = arith.addi %a, %a : i64
              return %0 : i64
            }
            """);
        var split = new LambdaConversion("arith.addi", context, (op, adaptor, rewriter) =>
        {
            var pair = rewriter.Create(new OperationState(op.Location, "test.pair") { Operands = { adaptor[0] }, ResultTypes = { context.I(32), context.I(32) } });
            rewriter.ReplaceOpWithMultiple(op, [[pair.GetResult(0), pair.GetResult(1)]]);
            return true;
        });
        Assert.True(DialectConversion.ApplyPartialConversion(func, ArithToTest(context), Freeze(context, split)));
        Assert.Equal(Text("""
            func.func @f(%arg0: i64) -> i64 {
              %0:2 = "test.pair"(%arg0) : (i64) -> (i32, i32)
              %1 = builtin.unrealized_conversion_cast %0#0, %0#1 : i32, i32 to i64
              return %1 : i64
            }
            """), Print(func));
    }

    [Fact]
    public void IllegalOpsAreFoldedBeforePatterns()
    {
        // As mlir-opt --convert-arith-to-llvm: addi(1, 2) folds to a new constant 3 placed before it, the old
        // constants stay; addi(x, 0) folds to x. arith.constant is legal here.
        var context = NewContext();
        const string Input = """
            func.func @f(%x: i32) -> (i32, i32) {
              %c1 = arith.constant 1 : i32
              %c2 = arith.constant 2 : i32
              %c0 = arith.constant 0 : i32
              %0 = arith.addi %c1, %c2 : i32
              %1 = arith.addi %x, %c0 : i32
              return %0, %1 : i32, i32
            }
            """;
        var target = ArithToTest(context);
        target.AddLegalOp<Dialects.Arith.ConstantOp>();
        var func = Parse(context, Input);
        Assert.True(DialectConversion.ApplyFullConversion(func, target, Freeze(context, new AddIToTestAdd(null, context))));
        Assert.Equal(Text("""
            func.func @f(%arg0: i32) -> (i32, i32) {
              %c1_i32 = arith.constant 1 : i32
              %c2_i32 = arith.constant 2 : i32
              %c0_i32 = arith.constant 0 : i32
              %c3_i32 = arith.constant 3 : i32
              return %c3_i32, %arg0 : i32, i32
            }
            """), Print(func));

        // Without folding the patterns do it all.
        func = Parse(context, Input);
        Assert.True(DialectConversion.ApplyFullConversion(func, target, Freeze(context, new AddIToTestAdd(null, context)),
            new ConversionConfig { FoldBeforePatterns = false }));
        Assert.Contains("%0 = \"test.add\"(%c1_i32, %c2_i32)", Print(func));
    }
}
