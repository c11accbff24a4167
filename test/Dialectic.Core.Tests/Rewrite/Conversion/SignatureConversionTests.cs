using System;
using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.ControlFlow;
using Xunit;
using static Dialectic.Core.Tests.Rewrite.Conversion.ConversionTestSupport;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Core.Tests.Rewrite.Conversion;

/// <summary>Block signature conversion: function and cf block arguments, 1:N, dropped and remapped inputs.</summary>
public sealed class SignatureConversionTests
{
    /// <summary>cf.cond_br: takes the converted operands (segment sizes are unchanged).</summary>
    private sealed class CondBranchOpConversion(TypeConverter converter, Context context) : OpConversionPattern<CondBranchOp>(converter, context)
    {
        public override bool MatchAndRewrite(CondBranchOp op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
        {
            var operands = adaptor.Operands.ToArray();
            rewriter.ModifyOpInPlace(op, () => op.SetOperands(operands));
            return true;
        }
    }

    [Fact]
    public void ConvertsTheBlockSignaturesOfAFunctionWithBranches()
    {
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: index, %c: i1) -> index {
              cf.cond_br %c, ^bb1(%a : index), ^bb2(%a : index)
            ^bb1(%x: index):
              %0 = arith.addi %x, %x : index
              cf.br ^bb2(%0 : index)
            ^bb2(%y: index):
              return %y : index
            }
            """);
        var converter = IndexToI64(context);
        var target = new ConversionTarget(context);
        target.AddIllegalDialect("arith");
        target.AddLegalDialect("test");
        target.MarkUnknownOpDynamicallyLegal(op => converter.IsLegal(op)
            && (op is not Dialects.Func.FuncOp f || (converter.IsSignatureLegal(f.Signature) && converter.IsLegal(f.Body))));
        var left = new List<Operation>();
        Assert.True(DialectConversion.ApplyFullConversion(func, target, Freeze(context,
                new FuncSignatureConversion(converter, context), new AddIToTestAdd(converter, context),
                new BranchOpConversion(converter, context), new CondBranchOpConversion(converter, context),
                new ReturnOpConversion(converter, context)),
            new ConversionConfig { UnresolvedMaterializations = left }));
        Assert.Empty(left);
        Assert.Equal(Text("""
            func.func @f(%arg0: i64, %arg1: i1) -> i64 {
              cf.cond_br %arg1, ^bb1(%arg0 : i64), ^bb2(%arg0 : i64)
            ^bb1(%0: i64):  // pred: ^bb0
              %1 = "test.add"(%0, %0) : (i64, i64) -> i64
              cf.br ^bb2(%1 : i64)
            ^bb2(%2: i64):  // 2 preds: ^bb0, ^bb1
              return %2 : i64
            }
            """), Print(func));
    }

    [Fact]
    public void OneToManyDroppedAndRemappedInputs()
    {
        // (i64, i32, i16, i8) -> (i32, i32 | dropped | remapped to a constant | i8) plus an appended f32.
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%c: i16) {
              "test.region"() ({
              ^bb0(%a: i64, %b: i32, %d: i16, %e: i8):
                "test.use"(%a, %b, %d, %e) : (i64, i32, i16, i8) -> ()
                "test.end"() : () -> ()
              }) : () -> ()
              return
            }
            """);
        var region = RewriteTestSupport.Find(func, "test.region")[0];
        var replacement = func.Regions[0].FirstBlock!.GetArgument(0);
        var conversion = new SignatureConversion(4);
        conversion.AddInputs(0, [context.I(32), context.I(32)]);
        conversion.AddInputs(3, context.I(8));
        conversion.RemapInput(2, replacement);
        conversion.AddInputs([context.F32]);
        var pattern = new LambdaConversion("test.region", context, (op, _, rewriter) =>
        {
            rewriter.ModifyOpInPlace(op, () => rewriter.ApplySignatureConversion(op.Regions[0].FirstBlock!, conversion));
            return true;
        });
        var target = new ConversionTarget(context);
        target.AddDynamicallyLegalOp("test.region", op => op.Regions[0].FirstBlock!.GetArgument(0).Type != context.I(64));
        Assert.True(DialectConversion.ApplyPartialConversion(func, target, Freeze(context, pattern)));
        Assert.Equal(Text("""
            func.func @f(%arg0: i16) {
              "test.region"() ({
              ^bb0(%arg1: i32, %arg2: i32, %arg3: i8, %arg4: f32):
                %0 = builtin.unrealized_conversion_cast %arg1, %arg2 : i32, i32 to i64
                %1 = builtin.unrealized_conversion_cast to i32
                "test.use"(%0, %1, %arg0, %arg3) : (i64, i32, i16, i8) -> ()
                "test.end"() : () -> ()
              }) : () -> ()
              return
            }
            """), Print(func));
    }

    [Fact]
    public void IdentityConversionKeepsTheBlock()
    {
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: i32) {
              return
            }
            """);
        var block = func.Regions[0].FirstBlock!;
        Block? result = null;
        var pattern = new LambdaConversion("func.func", context, (op, _, rewriter) =>
        {
            var conversion = IndexToI64(context).ConvertBlockSignature(block)!;
            Assert.True(conversion.IsIdentity([context.I(32)]));
            result = rewriter.ApplySignatureConversion(block, conversion);
            return true;
        });
        DialectConversion.ApplyPartialConversion(func, new ConversionTarget(context), Freeze(context, pattern));
        Assert.Same(block, result);
    }

    [Fact]
    public void ConvertRegionTypesChangesNothingWhenATypeHasNoConversion()
    {
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: index, %b: f32) {
              return
            }
            """);
        var converter = new TypeConverter();
        converter.AddConversion((Core.IR.Types.IndexType _) => context.I(64));
        var block = func.Regions[0].FirstBlock!;
        var pattern = new LambdaConversion("func.func", context, (op, _, rewriter) => rewriter.ConvertRegionTypes(op.Regions[0], converter), name: "Sig");
        var target = new ConversionTarget(context);
        target.AddIllegalOp("func.func");
        var messages = CollectDiagnostics(context, () =>
            Assert.False(DialectConversion.ApplyPartialConversion(func, target, Freeze(context, pattern))));
        Assert.Same(block, func.Regions[0].FirstBlock);
        Assert.Equal("note: pattern 'Sig' failed: block argument type 'f32' has no conversion", messages[1]);
    }

    [Fact]
    public void MappingsAreChecked()
    {
        var context = NewContext();
        var conversion = new SignatureConversion(2);
        conversion.AddInputs(0, context.I(32));
        Assert.Throws<InvalidOperationException>(() => conversion.AddInputs(0, context.I(32)));
        Assert.Throws<ArgumentOutOfRangeException>(() => conversion.AddInputs(2, context.I(32)));
        Assert.Throws<ArgumentOutOfRangeException>(() => conversion.RemapInput(1, 1, 1));
        conversion.RemapInput(1, 0);
        Assert.Equal(new SignatureInputMapping(0, 1, null), conversion.GetInputMapping(1));
        Assert.Equal<Type>([context.I(32)], conversion.ConvertedTypes);
        Assert.False(conversion.IsIdentity([context.I(32), context.I(32)]));
    }
}
