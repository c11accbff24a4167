using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite.Conversion;
using Xunit;
using static Dialectic.Core.Tests.Rewrite.Conversion.ConversionTestSupport;

namespace Dialectic.Core.Tests.Rewrite.Conversion;

/// <summary>What a failed conversion reports: MLIR's error at the op, plus a note per reason.</summary>
public sealed class ConversionDiagnosticsTests
{
    private const string AddFunc = """
        func.func @f(%a: i32, %b: i32) -> i32 {
          %0 = arith.addi %a, %b : i32
          return %0 : i32
        }
        """;

    private static ConversionTarget Target(Context context)
    {
        var target = new ConversionTarget(context);
        target.AddLegalDialect("test", "func");
        return target;
    }

    [Fact]
    public void FullConversionWithoutPatternsSaysNoneMatched()
    {
        var context = NewContext();
        var func = Parse(context, AddFunc);
        var messages = CollectDiagnostics(context, () =>
            Assert.False(DialectConversion.ApplyFullConversion(func, Target(context), Freeze(context))));
        Assert.Equal(["error: failed to legalize operation 'arith.addi'", "note: no pattern matched"], messages);
    }

    [Fact]
    public void TheReasonsOfEachPatternTriedAreNoted()
    {
        var context = NewContext();
        var func = Parse(context, AddFunc);
        var first = new LambdaConversion("arith.addi", context, (op, _, rewriter) =>
        {
            rewriter.NotifyMatchFailure(op, "lhs is not a constant");
            return rewriter.NotifyMatchFailure(op, "rhs is not a constant");
        }, benefit: 2, name: "FoldConstants");
        var second = new LambdaConversion("arith.addi", context, (_, _, _) => false, name: "Silent");
        var messages = CollectDiagnostics(context, () =>
            Assert.False(DialectConversion.ApplyFullConversion(func, Target(context), Freeze(context, second, first))));
        Assert.Equal([
            "error: failed to legalize operation 'arith.addi'",
            "note: pattern 'FoldConstants' failed: lhs is not a constant; rhs is not a constant",
            "note: pattern 'Silent' did not match",
        ], messages);
    }

    [Fact]
    public void PartialConversionReportsOnlyExplicitlyIllegalOps()
    {
        var context = NewContext();
        var func = Parse(context, AddFunc);
        // Unknown to the target: left alone, no diagnostic.
        var messages = CollectDiagnostics(context, () =>
            Assert.True(DialectConversion.ApplyPartialConversion(func, Target(context), Freeze(context))));
        Assert.Empty(messages);

        var target = Target(context);
        target.AddIllegalOp("arith.addi");
        messages = CollectDiagnostics(context, () =>
            Assert.False(DialectConversion.ApplyPartialConversion(func, target, Freeze(context))));
        Assert.Equal(["error: failed to legalize operation 'arith.addi' that was explicitly marked illegal", "note: no pattern matched"], messages);
    }

    [Fact]
    public void DynamicIllegalityIsNoted()
    {
        var context = NewContext();
        var func = Parse(context, AddFunc);
        var target = Target(context);
        target.AddDynamicallyLegalOp<Dialects.Arith.AddIOp>(op => op.Lhs != op.Rhs && false);
        var messages = CollectDiagnostics(context, () =>
            Assert.False(DialectConversion.ApplyPartialConversion(func, target, Freeze(context))));
        Assert.Equal([
            "error: failed to legalize operation 'arith.addi' that was explicitly marked illegal",
            "note: marked illegal by dynamic legality callback",
            "note: no pattern matched",
        ], messages);
    }

    [Fact]
    public void AnOperandTypeWithoutConversionIsNoted()
    {
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: f32) -> f32 {
              %0 = arith.addf %a, %a : f32
              return %0 : f32
            }
            """);
        var converter = new Core.Rewrite.Conversion.TypeConverter();
        converter.AddConversion((Core.IR.Types.IntegerType t) => t);
        var pattern = new LambdaConversion("arith.addf", context, (_, _, _) => true, converter, name: "AddFLowering");
        var messages = CollectDiagnostics(context, () =>
            Assert.False(DialectConversion.ApplyFullConversion(func, Target(context), Freeze(context, pattern))));
        Assert.Equal([
            "error: failed to legalize operation 'arith.addf'",
            "note: pattern 'AddFLowering' failed: operand type 'f32' has no conversion",
        ], messages);
        Assert.Contains("arith.addf", Print(func));
    }

    [Fact]
    public void TheErrorIsAtTheOpsLocation()
    {
        var context = NewContext();
        var func = Parse(context, AddFunc);
        LocationAttr? at = null;
        LocationAttr? noteAt = null;
        using (context.Diagnostics.AddHandler(d =>
               {
                   at = d.Location;
                   noteAt = d.Notes[0].Location;
                   return true;
               }))
            DialectConversion.ApplyFullConversion(func, Target(context), Freeze(context));
        var add = RewriteTestSupport.Find(func, "arith.addi")[0];
        Assert.Same(add.Location, at);
        Assert.Same(add.Location, noteAt);
    }

    [Fact]
    public void APatternFailingAfterChangingTheIRIsReported()
    {
        var context = NewContext();
        var func = Parse(context, AddFunc);
        var bad = new LambdaConversion("arith.addi", context, (op, _, rewriter) =>
        {
            rewriter.Create(new OperationState(op.Location, "test.junk"));
            return false;
        }, name: "Sloppy");
        var messages = CollectDiagnostics(context, () =>
            Assert.False(DialectConversion.ApplyPartialConversion(func, Target(context), Freeze(context, bad))));
        Assert.Equal("error: pattern 'Sloppy' returned failure after changing the IR", messages[0]);
    }

    [Fact]
    public void ANewOpThatCannotBeLegalizedFailsTheConversion()
    {
        var context = NewContext();
        var func = Parse(context, AddFunc);
        var toUnknown = new LambdaConversion("arith.addi", context, (op, adaptor, rewriter) =>
        {
            rewriter.ReplaceOp(op, rewriter.Create(new OperationState(op.Location, "other.add") { Operands = { adaptor[0], adaptor[1] }, ResultTypes = { op.GetResult(0).Type } }));
            return true;
        });
        var messages = CollectDiagnostics(context, () =>
            Assert.False(DialectConversion.ApplyFullConversion(func, Target(context), Freeze(context, toUnknown))));
        Assert.Equal(["error: failed to legalize operation 'other.add'", "note: no pattern matched"], messages);
    }

    [Fact]
    public void UnresolvedMaterializationsCanBeRequiredAway()
    {
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: index) -> index {
              %0 = arith.addi %a, %a : index
              return %0 : index
            }
            """);
        var target = Target(context);
        target.AddIllegalDialect("arith");
        var converter = IndexToI64(context);
        var messages = CollectDiagnostics(context, () =>
            Assert.False(DialectConversion.ApplyPartialConversion(func, target, Freeze(context, new AddIToTestAdd(converter, context)),
                new ConversionConfig { RequireResolvedMaterializations = true })));
        Assert.Equal(2, messages.Count);
        Assert.Equal("error: failed to legalize unresolved materialization from ('index') to ('i64') that remained live after conversion",
            messages[0]);
        Assert.StartsWith("note: see existing live user here: ", messages[1]);
        Assert.Contains("\"test.add\"", messages[1]);
    }
}
