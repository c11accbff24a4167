using Dialectic.Core.IR;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Arith;
using Xunit;
using static Dialectic.Core.Tests.Rewrite.Conversion.ConversionTestSupport;

namespace Dialectic.Core.Tests.Rewrite.Conversion;

/// <summary>Legality rules: op over dialect over unknown-op, dynamic callbacks, recursive legality.</summary>
public sealed class ConversionTargetTests
{
    private static (Context, Operation Add, Operation Sub, Operation Func) Ops()
    {
        var context = NewContext();
        var func = Parse(context, """
            func.func @f(%a: i32) -> i32 {
              %0 = arith.addi %a, %a : i32
              %1 = arith.subi %0, %a : i32
              return %1 : i32
            }
            """);
        return (context, RewriteTestSupport.Find(func, "arith.addi")[0], RewriteTestSupport.Find(func, "arith.subi")[0], func);
    }

    [Fact]
    public void OpRulesOverrideDialectRules()
    {
        var (context, add, sub, func) = Ops();
        var target = new ConversionTarget(context);
        Assert.Equal(OpLegality.Unknown, target.GetLegality(add));
        target.AddIllegalDialect("arith");
        target.AddLegalOp<AddIOp>();
        Assert.True(target.IsLegal(add));
        Assert.True(target.IsIllegal(sub));
        Assert.False(target.IsLegal(func));
        Assert.False(target.IsIllegal(func));
        Assert.Equal(LegalizationAction.Legal, target.GetOpAction(add.Name));
        Assert.Equal(LegalizationAction.Illegal, target.GetOpAction(sub.Name));
        Assert.Null(target.GetOpAction(func.Name));
        target.AddLegalDialect<ArithDialect>();
        Assert.True(target.IsLegal(sub));
    }

    [Fact]
    public void DynamicCallbacksDecidePerOp()
    {
        var (context, add, sub, func) = Ops();
        var target = new ConversionTarget(context);
        target.AddDynamicallyLegalOp<AddIOp>(op => op.Lhs.Type is Core.IR.Types.IntegerType { Width: 64 });
        Assert.Equal(OpLegality.DynamicallyIllegal, target.GetLegality(add));
        target.AddDynamicallyLegalDialect("arith", _ => null);
        Assert.Equal(OpLegality.Unknown, target.GetLegality(sub));
        target.MarkUnknownOpDynamicallyLegal(op => op.Name.DialectNamespace == "func");
        Assert.True(target.IsLegal(func));
        Assert.Equal(LegalizationAction.Dynamic, target.GetOpAction(func.Name));
        // The dialect rule still decides arith ops, not the unknown-op rule.
        Assert.Equal(OpLegality.Unknown, target.GetLegality(sub));
    }

    [Fact]
    public void RecursiveLegalityNeedsTheMarkAndTheCallback()
    {
        var (context, _, _, func) = Ops();
        var target = new ConversionTarget(context);
        Assert.False(target.IsRecursivelyLegal(func));
        target.MarkOpRecursivelyLegal<Dialects.Func.FuncOp>(f => f.SymName.Value == "g");
        Assert.False(target.IsRecursivelyLegal(func));
        target.MarkOpRecursivelyLegal("func.func");
        Assert.True(target.IsRecursivelyLegal(func));
    }
}
